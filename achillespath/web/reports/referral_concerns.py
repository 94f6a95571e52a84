"""What the record shows today, as a letter to another clinician says it.

The caseload flags are written for the clinic's own clinician and end with what that clinician
should do ("Contact them today."). A letter is read outside the clinic, so the flags that carry
such an instruction are told here as who reported what and when, and that the clinic's
caseload has flagged it for contact; what the recipient is asked to do is the letter's purpose.
The other flags state findings and are told in the caseload's words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from achillespath.dates import day_words
from achillespath.monitoring.flags import Flag, FlagKind, FollowUp
from achillespath.monitoring.follow_up import ReportSource
from achillespath.monitoring.standing import standing_warning_signs
from achillespath.risk.medicines import medicine_findings

__all__ = ["is_fluoroquinolone", "letter_concerns"]

FLAGGED_FOR_CONTACT = "This clinic's caseload has flagged it for contact with the patient today."
_REPORTED_IN = {
    ReportSource.SYMPTOM_CHECK: "in the symptom check",
    ReportSource.DAILY_LOG: "in a daily exercise log",
}


def is_fluoroquinolone(entry: str) -> bool:
    """True when a medicine entry names a fluoroquinolone taken by mouth or injection, as the
    caseload flag reads it."""
    return medicine_findings((entry,)).takes("fluoroquinolone")


def letter_concerns(flags: Iterable[Flag], follow_up: FollowUp, today: dt.date) -> tuple[str, ...]:
    """Each flag as the letter tells it, dated, in the caseload's order."""
    return tuple(_told(flag, follow_up, today) for flag in flags)


def _told(flag: Flag, follow_up: FollowUp, today: dt.date) -> str:
    if flag.kind is FlagKind.RED_FLAG_REPORTED:
        # Where it was reported, from the day the flag stands; the signs themselves are named
        # once, under Red flags, each with its source and date.
        sources = {report.source for report in standing_warning_signs(follow_up)}
        where = " and ".join(_REPORTED_IN[source] for source in ReportSource if source in sources)
        return (
            f"The patient reported a warning sign {where} on {day_words(flag.since)} (see Red "
            f"flags below). {FLAGGED_FOR_CONTACT}"
        )
    if flag.kind is FlagKind.FLUOROQUINOLONE_REPORTED:
        # The flag stands from the first report still standing; later ones stand with it.
        named = [
            report.text
            for report in follow_up.medicine_reports
            if report.reported_at.date() >= flag.since and is_fluoroquinolone(report.text)
        ]
        taken = f": \u201c{'; '.join(named)}\u201d" if named else ""
        return (
            "The patient reported taking a fluoroquinolone antibiotic in a daily exercise log "
            f"on {day_words(flag.since)}{taken}. {FLAGGED_FOR_CONTACT}"
        )
    if flag.kind is FlagKind.NO_RECENT_LOG:
        days = (today - flag.since).days
        return f"No exercise logged for {days} days, since {day_words(flag.since)}."
    return f"{flag.reason} (since {day_words(flag.since)})"
