"""What is known about one person on a programme, as plain values the adapters build.

Times are given, never read from a clock: `reported_at` and `saved_at` are when a report or a
check was saved, in the clinic's local time, so their dates are the days the pages show.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from achillespath.dates import weeks_between
from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.intake import Treatment, TreatmentKind, TreatmentOutcome
from achillespath.result import Disposition

__all__ = [
    "ALARMING",
    "FollowUp",
    "MedicineReport",
    "ReportSource",
    "SymptomCheck",
    "TreatmentRecord",
    "VisaARecord",
    "WarningSignReport",
]

_DATA = ConfigDict(extra="forbid", frozen=True)

ALARMING = frozenset({Disposition.URGENT, Disposition.EMERGENCY})
"""The dispositions that call for action today."""


class ReportSource(StrEnum):
    """Where a warning sign was reported, in the words the clinic's pages and letters use."""

    DAILY_LOG = "daily log"
    SYMPTOM_CHECK = "symptom check"


class MedicineReport(BaseModel):
    """New medicines a person named in the log of `reported_on`, saved at `reported_at`."""

    model_config = _DATA

    reported_on: dt.date
    reported_at: dt.datetime
    text: str


class WarningSignReport(BaseModel):
    """Warning signs a person ticked in the log of `reported_on`, in the words they chose them
    by, or the red flags a symptom check raised (`source`); none named for a log saved before
    the signs were kept: told as "a warning sign".

    `reported_at` is when they were saved (a log for an earlier day may be back-filled later);
    `disposition` is how soon the core's assessment of the signs says to act.
    """

    model_config = _DATA

    reported_on: dt.date
    reported_at: dt.datetime
    signs: tuple[str, ...] = ()
    disposition: Disposition = Disposition.URGENT
    source: ReportSource = ReportSource.DAILY_LOG


class SymptomCheck(BaseModel):
    """A symptom check the person saved, the disposition it came out with, and the red flags
    it raised in the clinician's words (none named where the adapter did not read them)."""

    model_config = _DATA

    saved_at: dt.datetime
    disposition: Disposition
    red_flags: tuple[str, ...] = ()

    @property
    def is_alarming(self) -> bool:
        return self.disposition in ALARMING

    def as_report(self) -> WarningSignReport:
        """The check as a report of the red flags it raised, saved when the check was."""
        return WarningSignReport(
            reported_on=self.saved_at.date(),
            reported_at=self.saved_at,
            signs=self.red_flags,
            disposition=self.disposition,
            source=ReportSource.SYMPTOM_CHECK,
        )


class VisaARecord(BaseModel):
    model_config = _DATA

    taken_on: dt.date
    total: int = Field(ge=0, le=100)


class TreatmentRecord(BaseModel):
    """A treatment episode a clinic recorded: from `start_date` to `end_date` (None while it
    goes on), with its outcome once known."""

    model_config = _DATA

    kind: TreatmentKind
    start_date: dt.date
    end_date: dt.date | None = None
    outcome: TreatmentOutcome | None = None

    def as_treatment(self, today: dt.date) -> Treatment:
        """The episode as the core's Treatment on `today`: weeks from start to end (or to today
        while it goes on), weeks since it began (to today), both never below 0, and its outcome
        if known."""
        return Treatment(
            kind=self.kind,
            weeks=weeks_between(self.start_date, self.end_date or today),
            outcome=self.outcome,
            weeks_since_start=weeks_between(self.start_date, today),
        )


class FollowUp(BaseModel):
    """What is known about one person on a programme, as plain values.

    `warning_signs` and `medicine_reports` are what the daily logs reported; `symptom_checks`
    every check saved. `reviewed_at` is when a clinician last recorded that the reported
    warning signs were assessed; `is_looked_after` whether any clinician looks after the
    person: for a person nobody looks after, a newer reassuring check clears a report
    (achillespath.monitoring.standing). `treatments` are the episodes the clinic recorded, in
    the order the pathway advice lists them (by start date, then as recorded).
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
    treatments: tuple[TreatmentRecord, ...] = ()

    @property
    def every_warning_sign_report(self) -> tuple[WarningSignReport, ...]:
        """Every log's warning signs and every urgent or emergency check's red flags, oldest
        saved first, whether or not they still stand."""
        checks = [check.as_report() for check in self.symptom_checks if check.is_alarming]
        reports = [*self.warning_signs, *checks]
        return tuple(sorted(reports, key=lambda report: report.reported_at))
