"""Invariants of the pain-monitoring model, over any history of logs."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from achillespath.exercise import LoadAction, SessionLog, advise_next_session

pain = st.integers(min_value=0, max_value=10)


@st.composite
def session_logs(draw: st.DrawFn) -> list[SessionLog]:
    """A history of up to 30 logs on distinct days, in any order."""
    days = draw(st.sets(st.integers(min_value=0, max_value=60), max_size=30))
    return [
        SessionLog(
            date=dt.date(2026, 1, 1) + dt.timedelta(days=day),
            sets_done=draw(st.integers(min_value=0, max_value=4)),
            load_kg=draw(st.sampled_from([0.0, 2.5, 5.0])),
            pain_during=draw(pain),
            next_morning_pain=draw(st.none() | pain),
            morning_stiffness_minutes=draw(st.none() | st.integers(min_value=0, max_value=120)),
        )
        for day in days
    ]


@given(session_logs())
def test_advice_is_always_progress_hold_or_reduce_with_a_reason_and_sources(
    logs: list[SessionLog],
) -> None:
    advice = advise_next_session(logs)

    assert advice.action in {LoadAction.PROGRESS, LoadAction.HOLD, LoadAction.REDUCE}
    assert advice.reason
    assert advice.rule.startswith("pain_monitoring.")
    assert advice.sources


@given(session_logs(), st.integers(min_value=6, max_value=10))
def test_a_latest_session_with_pain_above_five_always_means_reduce(
    logs: list[SessionLog], pain_during: int
) -> None:
    latest = max((log.date for log in logs), default=dt.date(2026, 1, 1))
    painful = SessionLog(
        date=latest + dt.timedelta(days=1), sets_done=3, load_kg=0, pain_during=pain_during
    )

    assert advise_next_session([*logs, painful]).action is LoadAction.REDUCE


@given(session_logs())
def test_the_order_logs_arrive_in_does_not_change_the_advice(logs: list[SessionLog]) -> None:
    assert advise_next_session(logs) == advise_next_session(list(reversed(logs)))


@given(session_logs())
def test_progress_is_never_advised_after_pain_above_the_safe_zone(logs: list[SessionLog]) -> None:
    advice = advise_next_session(logs)

    if logs and max(logs, key=lambda log: log.date).pain_during > 2:
        assert advice.action is not LoadAction.PROGRESS


@given(session_logs())
def test_the_clinician_wording_never_says_you_and_says_what_the_model_advises(
    logs: list[SessionLog],
) -> None:
    advice = advise_next_session(logs)

    assert advice.clinician_reason
    assert not re.search(r"\b(you|your)\b", advice.clinician_reason, re.IGNORECASE)
    assert "Ease off" not in advice.clinician_reason
    is_reduce = advice.clinician_reason.endswith("The model advises reducing the load.")
    assert is_reduce == (advice.action is LoadAction.REDUCE)


@given(session_logs(), pain.filter(lambda value: value > 5), st.integers(0, 4))
def test_a_next_morning_pain_above_five_always_means_reduce(
    logs: list[SessionLog], morning: int, sets_done: int
) -> None:
    latest = max((log.date for log in logs), default=dt.date(2026, 1, 1))
    unsettled = SessionLog(
        date=latest + dt.timedelta(days=1),
        sets_done=sets_done,
        load_kg=0,
        pain_during=1,
        next_morning_pain=morning,
    )

    assert advise_next_session([*logs, unsettled]).action is LoadAction.REDUCE


@st.composite
def settled_run(draw: st.DrawFn) -> list[SessionLog]:
    """Three sessions at 5 kg with pain during at 2/10 or less and the same settled morning pain
    (0-2) after each, with up to two rest days before each session: a run that earns more load."""
    morning = draw(st.integers(min_value=0, max_value=2))
    logs: list[SessionLog] = []
    day = dt.date(2026, 1, 1)
    for _ in range(3):
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            rest = SessionLog(
                date=day, sets_done=0, load_kg=0, pain_during=0, next_morning_pain=morning
            )
            logs.append(rest)
            day += dt.timedelta(days=1)
        logs.append(
            SessionLog(
                date=day,
                sets_done=draw(st.integers(min_value=1, max_value=4)),
                load_kg=5,
                pain_during=draw(st.integers(min_value=0, max_value=2)),
                next_morning_pain=morning,
            )
        )
        day += dt.timedelta(days=1)
    return logs


def _sessions(logs: list[SessionLog]) -> list[int]:
    return [index for index, log in enumerate(logs) if log.sets_done > 0]


@given(settled_run())
def test_a_settled_run_of_sessions_with_rest_days_between_earns_more_load(
    logs: list[SessionLog],
) -> None:
    assert advise_next_session(logs).action is LoadAction.PROGRESS


@given(settled_run(), st.integers(min_value=0, max_value=2), st.integers(3, 10))
def test_progress_never_follows_a_next_morning_pain_above_the_settled_zone(
    logs: list[SessionLog], which: int, morning: int
) -> None:
    # Any one morning in the run above 2/10, even with no morning before it that was lower.
    index = _sessions(logs)[which]
    logs[index] = logs[index].model_copy(update={"next_morning_pain": morning})
    steady = [log.model_copy(update={"next_morning_pain": morning}) for log in logs]

    assert advise_next_session(logs).action is not LoadAction.PROGRESS
    assert advise_next_session(steady).action is not LoadAction.PROGRESS


@given(settled_run(), st.integers(min_value=0, max_value=2))
def test_a_rest_day_never_stands_in_for_a_session(logs: list[SessionLog], which: int) -> None:
    index = _sessions(logs)[which]
    logs[index] = logs[index].model_copy(update={"sets_done": 0})

    assert advise_next_session(logs).action is not LoadAction.PROGRESS


@given(session_logs())
def test_rest_days_never_earn_progress(logs: list[SessionLog]) -> None:
    rest_days = [log.model_copy(update={"sets_done": 0}) for log in logs]

    assert advise_next_session(rest_days).action is not LoadAction.PROGRESS


@st.composite
def unanswered_mornings_after(draw: st.DrawFn, morning: st.SearchStrategy[int]) -> list[SessionLog]:
    """Any history, then a log with next-morning pain drawn from ``morning``, then any number of
    logs (sessions or rest days) that skip the morning pain question."""
    logs = draw(session_logs())
    day = max((log.date for log in logs), default=dt.date(2026, 1, 1))
    unanswered = draw(st.integers(min_value=0, max_value=20))
    for offset in range(unanswered + 1):
        logs.append(
            SessionLog(
                date=day + dt.timedelta(days=offset + 1),
                sets_done=draw(st.integers(min_value=0, max_value=4)),
                load_kg=draw(st.sampled_from([0.0, 2.5, 5.0])),
                pain_during=draw(pain),
                next_morning_pain=draw(morning) if offset == 0 else None,
                morning_stiffness_minutes=draw(st.none() | st.integers(0, 120)),
            )
        )
    return logs


@given(unanswered_mornings_after(pain.filter(lambda value: value > 2)))
def test_an_unsettled_morning_followed_by_unanswered_mornings_never_means_progress(
    logs: list[SessionLog],
) -> None:
    assert advise_next_session(logs).action is not LoadAction.PROGRESS


@given(unanswered_mornings_after(pain.filter(lambda value: value > 5)))
def test_a_morning_above_five_stands_however_many_logs_skip_the_morning_question(
    logs: list[SessionLog],
) -> None:
    assert advise_next_session(logs).action is LoadAction.REDUCE


@given(st.lists(st.integers(min_value=3, max_value=5), min_size=3, max_size=3), pain)
def test_three_unsettled_mornings_in_a_row_always_mean_reduce(
    unsettled: list[int], earlier: int
) -> None:
    # Three mornings at 3-5/10, each no higher than the one before (so no rise to catch), after
    # any earlier morning.
    mornings = [earlier, *sorted(unsettled, reverse=True)]
    logs = [
        SessionLog(
            date=dt.date(2026, 1, 1) + dt.timedelta(days=day),
            sets_done=3,
            load_kg=5,
            pain_during=1,
            next_morning_pain=morning,
        )
        for day, morning in enumerate(mornings)
    ]

    assert advise_next_session(logs).action is LoadAction.REDUCE
