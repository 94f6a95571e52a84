"""The load a patient is working at now, for the clinician changing "the load": the added weight
of the last session logged on the current programme, and the weight the core's session model
sets for the next session from it (achillespath.exercise.session), unless the core pauses the
exercises (achillespath.monitoring.pause): then there is no next-session load to give."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from achillespath.exercise.session import SessionStatus
from achillespath.monitoring.pause import ExercisePause
from achillespath.web.daily_log import active_programme, todays_session
from achillespath.web.follow_up import exercise_pause_for, session_logs_for
from achillespath.web.models import Patient

__all__ = ["WorkingLoad", "working_load_for"]


@dataclass(frozen=True)
class WorkingLoad:
    """Added weight in kilograms. `next_session_kg` is None when the next session is at body
    weight only, or when there is no session today (`in_progress` false: not started yet, or
    finished). `paused` is the pause that stands, if any: the page then names it instead of
    the next session's load."""

    starting_load_kg: float
    last_logged_kg: float | None
    last_logged_on: dt.date | None
    next_session_kg: float | None
    in_progress: bool
    paused: ExercisePause | None

    @property
    def pause_reason(self) -> str:
        """Why the exercises are paused, as the patient page says it ("" when they are not)."""
        if self.paused is None:
            return ""
        reported = [
            words
            for words, stands in (
                ("a warning sign", self.paused.has_warning_sign),
                ("a fluoroquinolone antibiotic", self.paused.has_fluoroquinolone),
            )
            if stands
        ]
        return (
            f"Exercises paused: {' and '.join(reported)} reported, not yet recorded as "
            "assessed, so no load is set for the next session"
        )


def working_load_for(patient: Patient, today: dt.date) -> WorkingLoad | None:
    """None without an active programme. Only this programme's logs count, as for the patient."""
    active = active_programme(patient)
    if active is None:
        return None
    logs = [log for log in session_logs_for(patient) if active.start <= log.date <= today]
    latest = max(logs, key=lambda log: log.date, default=None)
    session = todays_session(active, logs, today)
    loads = [exercise.load_kg for exercise in session.exercises if exercise.load_kg is not None]
    return WorkingLoad(
        starting_load_kg=active.starting_load_kg,
        last_logged_kg=None if latest is None else latest.load_kg,
        last_logged_on=None if latest is None else latest.date,
        next_session_kg=max(loads, default=None),
        in_progress=session.status is SessionStatus.IN_PROGRESS,
        paused=exercise_pause_for(patient, today),
    )
