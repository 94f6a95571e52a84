"""A dated week-by-week plan for a loading programme, from a start date the caller gives.

Pure: the start date is a parameter, never the clock. Week 1 starts on the start date; each week
is 7 days. People with pain at the insertion do every step exercise on flat ground instead,
because lowering the heel below the toes loads the sore spot (jonsson-2008, silbernagel-2020).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from achillespath.exercise.programmes import Exercise, Phase, Programme, load_programmes

__all__ = ["Plan", "PlanWeek", "build_plan", "check_fits_site", "exercises_for"]

_VALUE = ConfigDict(extra="forbid", frozen=True)


class PlanWeek(BaseModel):
    """One programme week: its dates (both inclusive), phase and exercises."""

    model_config = _VALUE

    number: int
    starts: dt.date
    ends: dt.date
    phase: int
    phase_name: str
    sessions_per_day: int
    days_per_week: int
    exercises: tuple[Exercise, ...]
    notes: tuple[str, ...]


class Plan(BaseModel):
    model_config = _VALUE

    programme_id: str
    programme_name: str
    starts: dt.date
    ends: dt.date
    acceptable_pain: str
    progression: str
    weeks: tuple[PlanWeek, ...]
    sources: tuple[str, ...]


def check_fits_site(programme: Programme, *, has_insertional_pain: bool) -> None:
    """Refuse a step programme for insertional pain: it lowers the heel below the toes. The
    message names the programmes by the names people read, not by their ids."""
    if has_insertional_pain and programme.site == "midportion":
        fitting = [item.name for item in load_programmes().values() if item.site != "midportion"]
        raise ValueError(
            f"{programme.name} lowers the heel below a step, which is not advised for pain at "
            f"the insertion; use {' or '.join(fitting)}"
        )


def exercises_for(phase: Phase, *, has_insertional_pain: bool) -> tuple[Exercise, ...]:
    """The phase's exercises, moved onto flat ground for people with insertional pain."""
    if not has_insertional_pain:
        return phase.exercises
    return tuple(exercise.on_the_floor() for exercise in phase.exercises)


def build_plan(
    programme: Programme,
    start: dt.date,
    weeks: int = 12,
    *,
    has_insertional_pain: bool = False,
) -> Plan:
    """The programme laid out over ``weeks`` dated weeks from ``start`` (1..programme.weeks)."""
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= programme.weeks:
        raise ValueError(f"weeks: {weeks!r} must be 1-{programme.weeks} for {programme.id!r}")
    check_fits_site(programme, has_insertional_pain=has_insertional_pain)
    plan_weeks = []
    for number in range(1, weeks + 1):
        phase = programme.phase_for_week(number)
        starts = start + dt.timedelta(weeks=number - 1)
        plan_weeks.append(
            PlanWeek(
                number=number,
                starts=starts,
                ends=starts + dt.timedelta(days=6),
                phase=phase.number,
                phase_name=phase.name,
                sessions_per_day=phase.sessions_per_day,
                days_per_week=phase.days_per_week,
                exercises=exercises_for(phase, has_insertional_pain=has_insertional_pain),
                notes=phase.notes,
            )
        )
    return Plan(
        programme_id=programme.id,
        programme_name=programme.name,
        starts=start,
        ends=plan_weeks[-1].ends,
        acceptable_pain=programme.acceptable_pain,
        progression=programme.progression,
        weeks=tuple(plan_weeks),
        sources=programme.sources,
    )
