"""Calf-loading programmes, dated plans, the pain-monitoring model and today's session."""

from __future__ import annotations

from achillespath.exercise.pain_monitoring import (
    DuplicateSessionLogError,
    LoadAction,
    LoadAdvice,
    SessionLog,
    advise_next_session,
)
from achillespath.exercise.plan import Plan, PlanWeek, build_plan
from achillespath.exercise.programmes import (
    Exercise,
    Phase,
    Programme,
    UnknownProgrammeError,
    load_programmes,
    parse_programmes,
    programme,
)
from achillespath.exercise.session import (
    PrescribedExercise,
    SessionPlan,
    SessionStatus,
    next_session,
)

__all__ = [
    "DuplicateSessionLogError",
    "Exercise",
    "LoadAction",
    "LoadAdvice",
    "Phase",
    "Plan",
    "PlanWeek",
    "PrescribedExercise",
    "Programme",
    "SessionLog",
    "SessionPlan",
    "SessionStatus",
    "UnknownProgrammeError",
    "advise_next_session",
    "build_plan",
    "load_programmes",
    "next_session",
    "parse_programmes",
    "programme",
]
