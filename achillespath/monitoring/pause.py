"""Pausing the exercises: nobody is shown more load while a warning sign is unchecked.

Exercise progression stops while a reported warning sign or fluoroquinolone antibiotic stands
(achillespath.monitoring.standing: until a clinician records it was assessed, or, for a person
nobody looks after, a newer reassuring symptom check), including a symptom check that came out
urgent or an emergency. The pause is as urgent as the most urgent sign that stands: chest pain
logged days ago still says call 999. This is the control for the hazard "exercise progression
shown despite red flags" (docs/safety/hazard-log.md).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from achillespath.monitoring.flags import FlagKind, caseload_flags
from achillespath.monitoring.follow_up import FollowUp
from achillespath.monitoring.standing import standing_warning_signs
from achillespath.pathway.definition import MonitoringRules
from achillespath.result import Disposition

__all__ = ["ExercisePause", "exercise_pause"]


class ExercisePause(BaseModel):
    """Why the exercises are paused, and how soon to act (urgent or emergency)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    disposition: Disposition
    has_warning_sign: bool
    has_fluoroquinolone: bool


def exercise_pause(
    follow_up: FollowUp, today: dt.date, rules: MonitoringRules | None = None
) -> ExercisePause | None:
    """The pause that stands today, or None when the exercises may go on."""
    kinds = {flag.kind for flag in caseload_flags(follow_up, today, rules)}
    has_sign = FlagKind.RED_FLAG_REPORTED in kinds
    has_fluoroquinolone = FlagKind.FLUOROQUINOLONE_REPORTED in kinds
    if not (has_sign or has_fluoroquinolone):
        return None
    dispositions = [report.disposition for report in standing_warning_signs(follow_up)]
    return ExercisePause(
        disposition=max([Disposition.URGENT, *dispositions], key=lambda item: item.rank),
        has_warning_sign=has_sign,
        has_fluoroquinolone=has_fluoroquinolone,
    )
