"""The medicines a referral letter lists: the symptom check's and those reported in daily logs.

A medicine the person names in a daily log after the symptom check (a new antibiotic) is as
much part of the history as the check's list, so the letter lists both, each with where and when
it was reported, and marks a fluoroquinolone (MHRA: tendon damage; stop it at the first tendon
symptom).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from achillespath.monitoring.flags import MedicineReport
from achillespath.web.reports.referral_concerns import is_fluoroquinolone

__all__ = ["MedicineLine", "medicine_lines"]


@dataclass(frozen=True)
class MedicineLine:
    """One medicine entry in the person's words, where it was reported and on which day."""

    text: str
    reported_in: str  # "symptom check" or "daily log"
    reported_on: dt.date | None
    is_fluoroquinolone: bool


def medicine_lines(
    from_check: Iterable[str], checked_on: dt.date | None, reports: Iterable[MedicineReport]
) -> tuple[MedicineLine, ...]:
    """The symptom check's medicines, then those reported in daily logs, oldest first."""
    checked = [
        MedicineLine(entry, "symptom check", checked_on, is_fluoroquinolone(entry))
        for entry in from_check
    ]
    logged = [
        MedicineLine(report.text, "daily log", report.reported_on, is_fluoroquinolone(report.text))
        for report in sorted(reports, key=lambda report: report.reported_on)
    ]
    return (*checked, *logged)
