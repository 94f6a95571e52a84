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
