"""Today's session: the exercises, sets, reps and load for one day of a programme.

The load comes from the latest log, adjusted by the pain-monitoring advice
(`achillespath.exercise.pain_monitoring`):

- progress: restore any sets dropped earlier first; once all sets are back, add the programme's
  ``load_step_kg`` (practice guidance, see programmes.toml) to exercises that take added load;
- hold: the same sets and load as last time;
- reduce: take one load step off (never below 0 kg); with no added load, do one set fewer
  (never below 1).

The sets and load start from the latest session: a rest day (``sets_done`` 0) sets neither, so
the load a rest-day log happens to carry is never the base for a step up. A load a clinician set
without restarting the programme (``load_set_on``) is the load of every session until one is
logged after the day it was set: the advice cannot add to it, and easing off takes a set off
rather than the clinician's load. Pure: ``today`` and ``start`` are parameters. Called on every
daily-log POST, so it builds only today's phase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from achillespath.exercise.pain_monitoring import (
    LoadAction,
    LoadAdvice,
    SessionLog,
    advise_next_session,
    sessions_in_date_order,
)
from achillespath.exercise.plan import check_fits_site, exercises_for
from achillespath.exercise.programmes import Exercise, Knee, Programme, Surface
from achillespath.pathway.definition import PainMonitoringRules

__all__ = ["PrescribedExercise", "SessionPlan", "SessionStatus", "next_session"]

_VALUE = ConfigDict(extra="forbid", frozen=True)


class SessionStatus(StrEnum):
    NOT_STARTED = "not_started"  # today is before the start date
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"  # today is after the last programme week


class PrescribedExercise(BaseModel):
    """One exercise for today. ``load_kg`` is added weight; None: body weight only."""

    model_config = _VALUE

    name: str
    how_to: str
    sets: int
    reps: int
    reps_max: int | None
    knee: Knee
    surface: Surface
    load_kg: float | None
    load_rule: str


class SessionPlan(BaseModel):
    """What to do today, with the advice that set the load. Week fields are None off-programme."""

    model_config = _VALUE

    status: SessionStatus
    date: dt.date
    programme_id: str
    programme_weeks: int
    week: int | None = None
    phase: int | None = None
    phase_name: str | None = None
    sessions_per_day: int | None = None
    days_per_week: int | None = None
    exercises: tuple[PrescribedExercise, ...] = ()
    advice: LoadAdvice | None = None
    message: str


class _Base(NamedTuple):
    """What today's session builds on: the latest session, if any, and its added load (kg),
    which is the clinician's when ``is_set`` (set since the latest session)."""

    latest: SessionLog | None
    load_kg: float
    is_set: bool


def _sets_and_load(
    exercise: Exercise, base: _Base, action: LoadAction, step_kg: float
) -> tuple[int, float | None]:
    latest = base.latest
    sets = exercise.sets if latest is None else min(exercise.sets, latest.sets_done)
    load = base.load_kg if exercise.takes_added_load else None
    if action is LoadAction.PROGRESS:
        if sets < exercise.sets:
            return sets + 1, load
        return sets, None if load is None else round(load + step_kg, 2)
    if action is LoadAction.REDUCE:
        if load and not base.is_set:
            return sets, round(max(0.0, load - step_kg), 2)
        return max(1, sets - 1), load
    return sets, load


def _base(latest: SessionLog | None, starting_load_kg: float, load_set_on: dt.date | None) -> _Base:
    if load_set_on is not None and (latest is None or latest.date <= load_set_on):
        return _Base(latest, starting_load_kg, is_set=True)
    return _Base(latest, latest.load_kg if latest else starting_load_kg, is_set=False)


def _prescribe(
    exercise: Exercise, base: _Base, action: LoadAction, step_kg: float
) -> PrescribedExercise:
    sets, load_kg = _sets_and_load(exercise, base, action, step_kg)
    return PrescribedExercise(
        name=exercise.name,
        how_to=exercise.how_to,
        sets=sets,
        reps=exercise.reps,
        reps_max=exercise.reps_max,
        knee=exercise.knee,
        surface=exercise.surface,
        load_kg=load_kg,
        load_rule=exercise.load_rule,
    )


def _programme_weeks(programme: Programme, weeks: int | None) -> int:
    if weeks is None:
        return programme.weeks
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= programme.weeks:
        raise ValueError(f"weeks: {weeks!r} must be 1-{programme.weeks} for {programme.id!r}")
    return weeks


def _logs_up_to(today: dt.date, logs: Sequence[SessionLog]) -> tuple[SessionLog, ...]:
    ordered = sessions_in_date_order(logs)
    if ordered and ordered[-1].date > today:
        raise ValueError(
            f"a session log is dated {ordered[-1].date.isoformat()}, after today "
            f"({today.isoformat()})"
        )
    return ordered


def _off_programme(
    status: SessionStatus, programme: Programme, today: dt.date, weeks: int, message: str
) -> SessionPlan:
    return SessionPlan(
        status=status, date=today, programme_id=programme.id, programme_weeks=weeks, message=message
    )


def _todays_session(
    programme: Programme,
    today: dt.date,
    week: int,
    total: int,
    *,
    advice: LoadAdvice,
    base: _Base,
    has_insertional_pain: bool,
) -> SessionPlan:
    phase = programme.phase_for_week(week)
    return SessionPlan(
        status=SessionStatus.IN_PROGRESS,
        date=today,
        programme_id=programme.id,
        programme_weeks=total,
        week=week,
        phase=phase.number,
        phase_name=phase.name,
        sessions_per_day=phase.sessions_per_day,
        days_per_week=phase.days_per_week,
        exercises=tuple(
            _prescribe(exercise, base, advice.action, programme.load_step_kg)
            for exercise in exercises_for(phase, has_insertional_pain=has_insertional_pain)
        ),
        advice=advice,
        message=f"Week {week} of {total}: {phase.name}. {advice.reason}",
    )


def next_session(
    programme: Programme,
    start: dt.date,
    today: dt.date,
    logs: Sequence[SessionLog],
    *,
    rules: PainMonitoringRules | None = None,
    weeks: int | None = None,
    has_insertional_pain: bool = False,
    starting_load_kg: float = 0.0,
    load_set_on: dt.date | None = None,
) -> SessionPlan:
    """Today's prescription in a programme that started on ``start`` and runs ``weeks`` weeks.

    Only this programme's sessions (logged on or after ``start``) guide the next one: a changed
    programme starts afresh from ``starting_load_kg`` (added weight, kg) rather than from the
    old programme's load and pain. ``load_set_on``: the day a clinician set ``starting_load_kg``
    without restarting the programme; it is the load until a session is logged after that day,
    and only sessions after it earn more. ``weeks`` defaults to the programme's length. Raises
    ValueError for a log dated after today, two logs on one date, or a step programme for
    someone with insertional pain.
    """
    total = _programme_weeks(programme, weeks)
    check_fits_site(programme, has_insertional_pain=has_insertional_pain)
    ordered = tuple(log for log in _logs_up_to(today, logs) if log.date >= start)
    week = (today - start).days // 7 + 1
    if today < start:
        when = f"{start.day} {start:%B %Y}"
        return _off_programme(
            SessionStatus.NOT_STARTED, programme, today, total, f"Your programme starts on {when}."
        )
    if week > total:
        return _off_programme(
            SessionStatus.FINISHED,
            programme,
            today,
            total,
            f"You have finished the {total}-week programme. If your Achilles is not better, "
            "talk to your physiotherapist or GP about what to try next.",
        )
    return _todays_session(
        programme,
        today,
        week,
        total,
        advice=advise_next_session(ordered, rules, load_set_on=load_set_on),
        base=_base(
            next((log for log in reversed(ordered) if not log.is_rest_day), None),
            starting_load_kg,
            load_set_on,
        ),
        has_insertional_pain=has_insertional_pain,
    )
