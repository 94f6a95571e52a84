"""Session logs for pain-monitoring vignettes, dated by day of the programme (day 1 is a Monday)."""

from __future__ import annotations

import datetime as dt

from achillespath.exercise import SessionLog

DAY_1 = dt.date(2026, 3, 2)


def log(
    day: int,
    pain_during: int,
    next_morning_pain: int | None = None,
    *,
    load_kg: float = 0,
    stiffness: int | None = None,
    sets_done: int = 3,
) -> SessionLog:
    return SessionLog(
        date=DAY_1 + dt.timedelta(days=day - 1),
        sets_done=sets_done,
        load_kg=load_kg,
        pain_during=pain_during,
        next_morning_pain=next_morning_pain,
        morning_stiffness_minutes=stiffness,
    )
