"""What is known about one person on a programme, as plain values the adapters build.

Times are given, never read from a clock: `reported_at` and `saved_at` are when a report or a
check was saved, in the clinic's local time, so their dates are the days the pages show.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.result import Disposition

__all__ = [
    "ALARMING",
    "FollowUp",
    "MedicineReport",
    "SymptomCheck",
    "VisaARecord",
    "WarningSignReport",
]

_DATA = ConfigDict(extra="forbid", frozen=True)

ALARMING = frozenset({Disposition.URGENT, Disposition.EMERGENCY})
"""The dispositions that call for action today."""


class MedicineReport(BaseModel):
    """New medicines a person named in the log of `reported_on`, saved at `reported_at`."""

    model_config = _DATA

    reported_on: dt.date
    reported_at: dt.datetime
    text: str


class WarningSignReport(BaseModel):
    """Warning signs a person ticked in the log of `reported_on`, in the words they chose them
    by (none named for a log saved before the signs were kept: told as "a warning sign").

    `reported_at` is when they were saved (a log for an earlier day may be back-filled later);
    `disposition` is how soon the core's assessment of the signs says to act.
    """

    model_config = _DATA

    reported_on: dt.date
    reported_at: dt.datetime
    signs: tuple[str, ...] = ()
    disposition: Disposition = Disposition.URGENT


class SymptomCheck(BaseModel):
    """A symptom check the person saved, and the disposition it came out with."""

    model_config = _DATA

    saved_at: dt.datetime
    disposition: Disposition

    @property
    def is_alarming(self) -> bool:
        return self.disposition in ALARMING


class VisaARecord(BaseModel):
    model_config = _DATA

    taken_on: dt.date
    total: int = Field(ge=0, le=100)


class FollowUp(BaseModel):
    """What is known about one person on a programme, as plain values.

    `warning_signs` and `medicine_reports` are what the daily logs reported; `symptom_checks`
    every check saved. `reviewed_at` is when a clinician last recorded that the reported
    warning signs were assessed; `is_looked_after` whether any clinician looks after the
    person, which decides what else clears a report (achillespath.monitoring.standing).
    """

    model_config = _DATA

    programme_start: dt.date | None = None
    logs: tuple[SessionLog, ...] = ()
    warning_signs: tuple[WarningSignReport, ...] = ()
    medicine_reports: tuple[MedicineReport, ...] = ()
    symptom_checks: tuple[SymptomCheck, ...] = ()
    reviewed_at: dt.datetime | None = None
    is_looked_after: bool = True
    visa_a: tuple[VisaARecord, ...] = ()
    visa_a_interval_weeks: int | None = Field(default=None, ge=1, le=26)
    visa_a_fixed_weeks: tuple[int, ...] | None = None
    mcid: float | None = Field(default=None, gt=0, le=100)

    @property
    def red_flag_reports(self) -> tuple[dt.date, ...]:
        """Every day a log reported a warning sign or a check came out urgent, oldest first:
        the record's history, whether or not the report still stands."""
        days = {report.reported_on for report in self.warning_signs}
        days.update(check.saved_at.date() for check in self.symptom_checks if check.is_alarming)
        return tuple(sorted(days))
