"""Rest days (0 sets) in the pain-monitoring model: they never earn more load, but their pain and
their mornings still count against it."""

from __future__ import annotations

from exercise.session_logs import log

from achillespath.exercise import LoadAction, advise_next_session


def test_three_rest_days_do_not_earn_more_load() -> None:
    # Olu, 42, logged three rest days with no pain: nothing was done to earn a step up.
    olu = [log(day, 0, 0, sets_done=0) for day in range(1, 4)]

    advice = advise_next_session(olu)

    assert advice.action is LoadAction.HOLD
    assert advice.reason == (
        "Keep the same load. More load comes after 3 sessions in a row at this load (rest days "
        "do not count), with pain at 2/10 or less that is back to 2/10 or less by the next "
        "morning."
    )


def test_two_sessions_and_a_rest_day_are_not_yet_enough_for_more_load() -> None:
    pia = [log(1, 1, 1), log(2, 1, 1), log(3, 0, 1, sets_done=0)]

    assert advise_next_session(pia).action is LoadAction.HOLD


def test_rest_days_between_settled_sessions_do_not_break_the_run() -> None:
    # Quinn trains every other day; the days between are logged as rest days.
    quinn = [log(1, 1, 1), log(2, 0, 1, sets_done=0), log(3, 1, 1)]
    quinn += [log(4, 0, 1, sets_done=0), log(5, 1)]

    assert advise_next_session(quinn).action is LoadAction.PROGRESS


def test_a_rest_day_after_a_painful_session_still_means_reduce() -> None:
    # Rosa had pain 7/10 during yesterday's session and rested today with no pain.
    rosa = [log(1, 1, 1), log(2, 7, 2), log(3, 0, sets_done=0)]

    advice = advise_next_session(rosa)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.pain_during"
    assert "Your pain during exercise was 7/10" in advice.reason


def test_pain_above_five_logged_on_a_rest_day_means_reduce() -> None:
    sam = [log(1, 1, 1), log(2, 8, sets_done=0)]

    advice = advise_next_session(sam)

    assert advice.action is LoadAction.REDUCE
    assert advice.reason == (
        "On your rest day on 3 Mar 2026, your pain was 8/10, above the 5/10 that is allowed even "
        "during exercise. Ease off next time."
    )
    assert advice.clinician_reason == (
        "Pain 8/10 logged on the rest day on 3 Mar 2026, above the 5/10 allowed during "
        "exercise. The model advises reducing the load."
    )


def test_a_painful_rest_day_among_settled_sessions_holds_the_load() -> None:
    tom = [log(1, 1, 1), log(2, 4, 1, sets_done=0), log(3, 1, 1), log(4, 1)]

    advice = advise_next_session(tom)

    assert advice.action is LoadAction.HOLD
    assert advice.rule == "pain_monitoring.acceptable_pain"


def test_a_morning_that_did_not_settle_after_a_rest_day_holds_the_load() -> None:
    # Uma's sessions were easy, but after her rest day she woke at 4/10.
    uma = [log(1, 1, 1), log(2, 1, 1), log(3, 0, 4, sets_done=0), log(4, 1, 1), log(5, 1)]

    advice = advise_next_session(uma)

    assert advice.action is LoadAction.HOLD
    assert "The morning after your rest day on 4 Mar 2026, your pain was 4/10" in advice.reason


def test_rest_days_do_not_water_down_the_weekly_pain_during_exercise() -> None:
    # Vic, 50: every session this week hurt more than last week's; three rest days at 0/10 would
    # pull the week's mean below last week's if they counted.
    last_week = [log(day, 2, 1) for day in range(1, 8)]
    this_week = [log(day, 3, 1) for day in (8, 10, 12, 14)]
    this_week += [log(day, 0, 1, sets_done=0) for day in (9, 11, 13)]

    advice = advise_next_session(last_week + this_week)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.weekly_trend"
    assert "during exercise over the last 7 days was 3.0/10, up from 2.0/10" in advice.reason
