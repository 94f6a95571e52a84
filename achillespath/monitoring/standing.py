"""Which reported warning signs and medicines still stand: a report is never let go by time.

A warning sign ticked in a daily log, a medicine named in one, or a symptom check that came out
urgent or an emergency stands until a clinician of the person's clinic records that it was
assessed (`FollowUp.reviewed_at`, after the report was saved). Answering the check again more
reassuringly does not let it go while a clinic looks after the person: only a person can
confirm that the same-day assessment happened, and contradictory answers minutes apart are a
reason to look, not to stop looking. For a person no clinician looks after, nobody can record
that, so a symptom check saved after the report that comes out neither urgent nor emergency
lets it go: the person was told to get checked and has answered the red-flag questions again.
A report saved after a review raises it again. Counting from when a report was saved, not from
the log's date, means a sign back-filled for two weeks ago stands as long as one reported today
(bjgp-2015-rupture, nice-ng158-2020: each needs same-day assessment).
"""

from __future__ import annotations

import datetime as dt

from achillespath.monitoring.follow_up import FollowUp, MedicineReport, WarningSignReport

__all__ = ["is_assessed", "standing_medicine_reports", "standing_warning_signs"]


def standing_warning_signs(follow_up: FollowUp) -> tuple[WarningSignReport, ...]:
    """The warning signs that stand, oldest report first: the logs' (as given) and each
    urgent or emergency symptom check's (naming the red flags it raised)."""
    from_logs = [
        report
        for report in follow_up.warning_signs
        if not _is_let_go(follow_up, report.reported_at)
    ]
    from_checks = [
        check.as_report()
        for check in follow_up.symptom_checks
        if check.is_alarming and not _is_let_go(follow_up, check.saved_at)
    ]
    return tuple(sorted([*from_logs, *from_checks], key=lambda report: report.reported_at))


def standing_medicine_reports(follow_up: FollowUp) -> tuple[MedicineReport, ...]:
    """The logs' medicine reports that stand, oldest first."""
    standing = (
        report
        for report in follow_up.medicine_reports
        if not _is_let_go(follow_up, report.reported_at)
    )
    return tuple(sorted(standing, key=lambda report: report.reported_at))


def is_assessed(follow_up: FollowUp, reported_at: dt.datetime) -> bool:
    """Whether clinic staff recorded, after a report saved at `reported_at`, that it was
    assessed: the clinician's judgement then stands in place of the report."""
    reviewed = follow_up.reviewed_at
    return reviewed is not None and reviewed >= reported_at


def _is_let_go(follow_up: FollowUp, reported_at: dt.datetime) -> bool:
    """Whether a report saved at `reported_at` was dealt with after it was saved."""
    if is_assessed(follow_up, reported_at):
        return True
    if follow_up.is_looked_after:
        return False
    return any(
        check.saved_at > reported_at and not check.is_alarming for check in follow_up.symptom_checks
    )
