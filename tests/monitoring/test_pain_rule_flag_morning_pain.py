"""The caseload's pain-rule flag fires for morning pain that never settles, not only for a rise."""

from __future__ import annotations

import datetime as dt

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.flags import FlagKind, FollowUp, VisaARecord, caseload_flags

START = dt.date(2026, 3, 2)


def morning_of_nine(day: int) -> SessionLog:
    return SessionLog(
        date=START + dt.timedelta(days=day),
        sets_done=3,
        load_kg=5,
        pain_during=2,
        next_morning_pain=9,
        morning_stiffness_minutes=120,
    )


def test_a_runner_who_wakes_at_nine_every_morning_is_flagged_to_the_clinician() -> None:
    # Kofi logs easy sessions every day, but his morning pain stays at 9/10: it never rises, so
    # only the settled level shows it.
    kofi = FollowUp(
        programme_start=START,
        logs=tuple(morning_of_nine(day) for day in range(5)),
        visa_a=(VisaARecord(taken_on=START, total=50),),
    )

    flags = caseload_flags(kofi, START + dt.timedelta(days=5))

    assert [flag.kind for flag in flags] == [FlagKind.PAIN_RULE_BROKEN]
    assert flags[0].rule == "pain_monitoring.next_morning"
    assert flags[0].reason == (
        "Pain-monitoring rule broken. Next-morning pain 9/10 after the session on 6 Mar 2026, "
        "above the 5/10 allowed even just after activity: not settled. The model advises "
        "reducing the load."
    )
