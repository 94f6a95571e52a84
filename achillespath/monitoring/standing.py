"""Which reported warning signs and medicines still stand: a report is never let go by time.

A warning sign ticked in a daily log, or a medicine named in one, stands until a clinician of
the person's clinic records that it was assessed (`FollowUp.reviewed_at`, after the report was
saved). For a person no clinician looks after, nobody can record that, so a symptom check saved
after the report that comes out neither urgent nor emergency lets it go too: the person was
told to get checked and has answered the red-flag questions again. A symptom check that came
out urgent or an emergency stands in the same way, and a newer reassuring check lets it go for
everyone, as it always lifted the exercise pause. A report saved after a review raises it
again. Counting from when a report was saved, not from the log's date, means a sign back-filled
for two weeks ago stands as long as one reported today (bjgp-2015-rupture, nice-ng158-2020:
each needs same-day assessment, which only a person can confirm happened).
"""

from __future__ import annotations

import datetime as dt

from achillespath.monitoring.follow_up import FollowUp, MedicineReport, WarningSignReport

__all__ = ["standing_medicine_reports", "standing_warning_signs"]


def standing_warning_signs(follow_up: FollowUp) -> tuple[WarningSignReport, ...]:
    """The warning signs that stand, oldest report first: the logs' (as given) and each
    urgent or emergency symptom check's (as a report naming no sign)."""
    from_logs = [
        report
        for report in follow_up.warning_signs
        if not _is_let_go(follow_up, report.reported_at, by_any_newer_check=False)
    ]
    from_checks = [
        WarningSignReport(
            reported_on=check.saved_at.date(),
            reported_at=check.saved_at,
            disposition=check.disposition,
        )
        for check in follow_up.symptom_checks
        if check.is_alarming and not _is_let_go(follow_up, check.saved_at, by_any_newer_check=True)
    ]
    return tuple(sorted([*from_logs, *from_checks], key=lambda report: report.reported_at))


def standing_medicine_reports(follow_up: FollowUp) -> tuple[MedicineReport, ...]:
    """The logs' medicine reports that stand, oldest first."""
    standing = (
        report
        for report in follow_up.medicine_reports
        if not _is_let_go(follow_up, report.reported_at, by_any_newer_check=False)
    )
    return tuple(sorted(standing, key=lambda report: report.reported_at))


def _is_let_go(follow_up: FollowUp, reported_at: dt.datetime, *, by_any_newer_check: bool) -> bool:
    """Whether a report saved at `reported_at` was dealt with after it was saved."""
    reviewed = follow_up.reviewed_at
    if reviewed is not None and reviewed >= reported_at:
        return True
    if follow_up.is_looked_after and not by_any_newer_check:
        return False
    return any(
        check.saved_at > reported_at and not check.is_alarming for check in follow_up.symptom_checks
    )
