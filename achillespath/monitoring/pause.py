"""Pausing the exercises: nobody is shown more load while a warning sign is unchecked.

Exercise progression stops when the latest symptom check was urgent or an emergency (until a
newer check says otherwise), or when a warning sign or a fluoroquinolone antibiotic was reported
in a log within ``recent_report_days`` (pathway.toml ``[monitoring]``). This is the control for
the hazard "exercise progression shown despite red flags" (docs/safety/hazard-log.md).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from achillespath.monitoring.flags import FlagKind, FollowUp, caseload_flags
from achillespath.pathway.definition import MonitoringRules
from achillespath.result import Disposition

__all__ = ["ExercisePause", "exercise_pause"]

_ALARMING = frozenset({Disposition.URGENT, Disposition.EMERGENCY})


class ExercisePause(BaseModel):
    """Why the exercises are paused, and how soon to act (urgent or emergency)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    disposition: Disposition
    has_warning_sign: bool
    has_fluoroquinolone: bool


def exercise_pause(
    follow_up: FollowUp,
    latest_check: Disposition | None,
    today: dt.date,
    rules: MonitoringRules | None = None,
) -> ExercisePause | None:
    """The pause that stands today, or None when the exercises may go on."""
    kinds = {flag.kind for flag in caseload_flags(follow_up, today, rules)}
    is_alarming = latest_check in _ALARMING
    has_sign = FlagKind.RED_FLAG_REPORTED in kinds
    has_fluoroquinolone = FlagKind.FLUOROQUINOLONE_REPORTED in kinds
    if not (is_alarming or has_sign or has_fluoroquinolone):
        return None
    return ExercisePause(
        disposition=latest_check if latest_check in _ALARMING else Disposition.URGENT,
        has_warning_sign=has_sign or is_alarming,
        has_fluoroquinolone=has_fluoroquinolone,
    )
