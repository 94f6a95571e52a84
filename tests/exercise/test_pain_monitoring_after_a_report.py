"""Rule 4 begins afresh after a report: a log that reported a warning sign or a new medicine
still counts as done, but neither it nor any session before it earns more load; the clean
sessions after it must earn it as usual (HAZ-23). Nor do the sessions logged up to the day a
clinician set the load earn more at the load they set."""

from __future__ import annotations

import datetime as dt

from exercise.session_logs import DAY_1, log
from hypothesis import given
from hypothesis import strategies as st

from achillespath.exercise import LoadAction, SessionLog, advise_next_session


def reported(entry: SessionLog) -> SessionLog:
    return entry.model_copy(update={"reported_sign_or_medicine": True})


def test_nias_swollen_calf_and_levofloxacin_day_does_not_earn_more_load_once_assessed() -> None:
    # Walkthrough: Nia logged two settled 5 kg sessions, then a third with a swollen calf and
    # levofloxacin; once both were assessed, My plan said "Add a little load".
    nia = [
        log(1, 1, 1, load_kg=5),
        log(2, 1, 1, load_kg=5),
        reported(log(3, 1, 1, load_kg=5)),
    ]

    advice = advise_next_session(nia)

    assert advice.action is LoadAction.HOLD
    assert advice.rule == "pain_monitoring.settled_sessions"
    assert advice.reason == (
        "Keep the same load. More load comes after 3 sessions since your log for 4 Mar 2026 "
        "reported a warning sign or a new medicine (rest days do not count), each with pain at "
        "2/10 or less that is back to 2/10 or less by the next morning."
    )
    assert "since the log for 4 Mar 2026 that reported a warning sign or a new medicine" in (
        advice.clinician_reason
    )


def test_three_clean_sessions_after_the_report_earn_more_load_as_usual() -> None:
    nia = [reported(log(1, 1, 1, load_kg=5)), *(log(day, 1, 1, load_kg=5) for day in (2, 3, 4))]

    assert advise_next_session(nia).action is LoadAction.PROGRESS
    assert advise_next_session(nia[:3]).action is LoadAction.HOLD


def test_a_report_does_not_stop_a_painful_day_from_reducing_the_load() -> None:
    painful = [log(1, 1, 1), reported(log(2, 7, 1))]

    assert advise_next_session(painful).action is LoadAction.REDUCE


def test_sessions_up_to_the_day_the_clinician_set_the_load_do_not_earn_more() -> None:
    # Ben: three settled 5 kg sessions; his physio set body weight on day 3.
    ben = [log(1, 1, 1, load_kg=5), log(2, 1, 1, load_kg=5), log(3, 1, 1, load_kg=5)]
    set_on = DAY_1 + dt.timedelta(days=2)

    advice = advise_next_session(ben, load_set_on=set_on)

    assert advice.action is LoadAction.HOLD
    assert "at the load your clinician set on 4 Mar 2026" in advice.reason
    after = [*ben, *(log(day, 1, 1) for day in (4, 5, 6))]
    assert advise_next_session(after, load_set_on=set_on).action is LoadAction.PROGRESS


@given(
    before=st.lists(st.integers(min_value=0, max_value=2), max_size=6),
    after=st.integers(min_value=0, max_value=2),
)
def test_progress_never_follows_fewer_than_three_sessions_after_a_report(
    before: list[int], after: int
) -> None:
    pains = [*before, 1]
    logs = [log(day, pain, 1, load_kg=5) for day, pain in enumerate(pains, start=1)]
    logs[-1] = reported(logs[-1])
    logs += [log(len(logs) + day, 1, 1, load_kg=5) for day in range(1, after + 1)]

    assert advise_next_session(logs).action is not LoadAction.PROGRESS
