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


def easy_session(day: int, morning: int | None = None) -> SessionLog:
    return SessionLog(
        date=START + dt.timedelta(days=day),
        sets_done=3,
        load_kg=5,
        pain_during=2,
        next_morning_pain=morning,
    )


def pain_rule_flags(logs: tuple[SessionLog, ...], today: int) -> list[str | None]:
    follow_up = FollowUp(
        programme_start=START, logs=logs, visa_a=(VisaARecord(taken_on=START, total=50),)
    )
    flags = caseload_flags(follow_up, START + dt.timedelta(days=today))
    return [flag.rule for flag in flags if flag.kind is FlagKind.PAIN_RULE_BROKEN]


def test_a_morning_of_nine_stays_flagged_while_later_logs_skip_the_morning_question() -> None:
    # Tariq woke at 9/10 after his first session, then logged easy sessions for a week without
    # answering the optional morning question: nothing shows the pain settled.
    tariq = (easy_session(0, 9), *(easy_session(day) for day in range(1, 8)))

    for today in range(8):
        assert pain_rule_flags(tariq[: today + 1], today) == ["pain_monitoring.next_morning"]
    settled = (*tariq, easy_session(8, 1))
    assert pain_rule_flags(settled, 8) == []


def test_three_unsettled_mornings_in_a_row_are_flagged_to_the_clinician_with_the_reason() -> None:
    # Moses wakes at 4/10 every morning: no worse, never settled. The third such morning is the
    # pain rule broken, and his clinician sees it.
    moses = tuple(easy_session(day, 4) for day in range(4))
    follow_up = FollowUp(
        programme_start=START, logs=moses, visa_a=(VisaARecord(taken_on=START, total=50),)
    )

    assert pain_rule_flags(moses[:2], 1) == []
    flags = caseload_flags(follow_up, START + dt.timedelta(days=4))
    assert [flag.kind for flag in flags] == [FlagKind.PAIN_RULE_BROKEN]
    assert flags[0].rule == "pain_monitoring.unsettled_mornings"
    assert flags[0].since == START + dt.timedelta(days=2)
    assert flags[0].reason == (
        "Pain-monitoring rule broken. Next-morning pain above 2/10 on each of the last 3 morning "
        "reports (4/10, 4/10, 4/10), the latest after the session on 5 Mar 2026: not settled. The "
        "model advises reducing the load."
    )
