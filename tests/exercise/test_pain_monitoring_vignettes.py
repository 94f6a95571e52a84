"""Silbernagel's pain-monitoring model, one named person per rule (pathway.toml)."""

from __future__ import annotations

import pytest
from exercise.session_logs import log

from achillespath.exercise import (
    DuplicateSessionLogError,
    LoadAction,
    advise_next_session,
)
from achillespath.pathway.definition import load_pathway


def test_before_the_first_log_the_advice_is_to_hold_and_log_a_session() -> None:
    advice = advise_next_session([])

    assert advice.action is LoadAction.HOLD
    assert advice.rule == "pain_monitoring.no_logs"
    assert advice.reason == "Log your first session so we can guide your next one."


def test_runner_whose_pain_during_is_six_is_told_to_reduce() -> None:
    # Amira, 38, runner: three easy sessions, then pain 6/10 during today's heel-lowering.
    amira = [log(1, 2, 1), log(2, 2, 1), log(3, 2, 1), log(4, 6)]

    advice = advise_next_session(amira)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.pain_during"
    assert "6/10, above the 5/10 that is allowed" in advice.reason
    assert advice.sources == ("silbernagel-2007", "silbernagel-2020")


def test_pain_of_five_during_exercise_is_acceptable_so_the_load_holds() -> None:
    # Ben, 52, walker: pain 5/10 is the top of the acceptable zone.
    ben = [log(1, 4, 2), log(2, 5, 2), log(3, 5)]

    advice = advise_next_session(ben)

    assert advice.action is LoadAction.HOLD
    assert advice.rule == "pain_monitoring.acceptable_pain"
    assert "Pain up to 5/10 is allowed" in advice.reason


def test_three_settled_sessions_earn_more_load() -> None:
    # Chen, 45, tennis player: three sessions at 2/10 or less, each settled by morning.
    chen = [log(1, 2, 1, load_kg=5), log(2, 1, 1, load_kg=5), log(3, 2, load_kg=5)]

    advice = advise_next_session(chen)

    assert advice.action is LoadAction.PROGRESS
    assert advice.rule == "pain_monitoring.settled_sessions"


def test_two_settled_sessions_are_not_yet_enough_for_more_load() -> None:
    advice = advise_next_session([log(1, 1, 1), log(2, 1)])

    assert advice.action is LoadAction.HOLD
    assert "after 3 sessions in a row at this load" in advice.reason


def test_sessions_at_a_lighter_load_do_not_count_towards_the_next_step_up() -> None:
    # Dev progressed to 7.5 kg yesterday: one session at the new load is not yet enough.
    dev = [log(1, 1, 1, load_kg=5), log(2, 1, 1, load_kg=5), log(3, 1, 1, load_kg=5)]
    dev.append(log(4, 1, load_kg=7.5))

    assert advise_next_session(dev).action is LoadAction.HOLD


def test_next_morning_pain_that_did_not_settle_means_reduce() -> None:
    # Ella, 60: morning pain was 1/10; after yesterday's session she woke with 3/10.
    ella = [log(1, 2, 1), log(2, 3, 3)]

    advice = advise_next_session(ella)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.next_morning"
    assert "your pain was 3/10, higher than the morning before" in advice.reason


def test_a_morning_that_did_not_settle_still_counts_before_todays_morning_is_known() -> None:
    # Ella again: she logs today's session before tomorrow morning has come.
    ella = [log(1, 2, 1), log(2, 3, 3), log(3, 2)]

    assert advise_next_session(ella).action is LoadAction.REDUCE


def test_longer_next_morning_stiffness_means_reduce() -> None:
    # Farid, 41: stiff for 10 minutes on waking, then 25 minutes after yesterday's session.
    farid = [log(1, 2, 1, stiffness=10), log(2, 2, 1, stiffness=25)]

    advice = advise_next_session(farid)

    assert advice.action is LoadAction.REDUCE
    assert "stiff for 25 minutes, longer than the morning before" in advice.reason


def test_morning_pain_back_to_its_usual_level_counts_as_settled() -> None:
    grace = [log(1, 2, 2), log(2, 2, 2), log(3, 2, 2)]

    assert advise_next_session(grace).action is LoadAction.PROGRESS


def test_weekly_mean_pain_rising_from_last_week_means_reduce() -> None:
    # Hana, 33: every morning settles, but pain during exercise creeps up week on week.
    last_week = [log(day, 2, 1) for day in range(1, 8)]
    this_week = [log(day, 3, 1) for day in range(8, 15)]

    advice = advise_next_session(last_week + this_week)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.weekly_trend"
    assert "over the last 7 days was 3.0/10, up from 2.0/10 the week before" in advice.reason


def test_weekly_mean_next_morning_pain_rising_means_reduce() -> None:
    last_week = [log(day, 2, 1) for day in range(1, 8)]
    this_week = [log(8, 2, 2), *[log(day, 2, 2) for day in range(9, 15)]]

    advice = advise_next_session(last_week + this_week)

    assert advice.action is LoadAction.REDUCE
    assert "pain the next morning" in advice.reason


def test_back_filled_logs_are_read_in_date_order() -> None:
    # Ivan, 57, missed logging for two days and filled them in afterwards, out of order.
    in_order = [log(1, 2, 1), log(2, 1, 1), log(4, 2, 1), log(5, 3, 4)]
    back_filled = [in_order[3], in_order[0], in_order[2], in_order[1]]

    assert advise_next_session(back_filled) == advise_next_session(in_order)
    assert advise_next_session(back_filled).rule == "pain_monitoring.next_morning"


def test_two_logs_for_the_same_day_are_refused() -> None:
    with pytest.raises(DuplicateSessionLogError, match="two session logs for 2026-03-02"):
        advise_next_session([log(1, 2, 1), log(1, 3, 1)])


def test_progress_waits_for_the_next_morning_report_of_earlier_sessions() -> None:
    # Jo skipped the next-morning question after day 2: we cannot know it settled.
    jo = [log(1, 1, 1), log(2, 1), log(3, 1)]

    advice = advise_next_session(jo)

    assert advice.action is LoadAction.HOLD
    assert "Tell us your pain on the morning after 3 Mar 2026" in advice.reason


def test_the_rules_passed_in_replace_the_pathway_numbers() -> None:
    stricter = load_pathway().pain_monitoring.model_copy(update={"acceptable_max_pain_during": 3})

    assert advise_next_session([log(1, 4)], stricter).action is LoadAction.REDUCE
    assert advise_next_session([log(1, 4)]).action is LoadAction.HOLD


def test_runner_whose_morning_pain_stays_at_nine_is_not_told_to_add_load() -> None:
    # Kofi, 29, runner: easy sessions at 2/10, but he wakes every morning at 9/10, stiff for two
    # hours. No higher than the morning before is not settled.
    kofi = [log(day, 2, 9, load_kg=5, stiffness=120) for day in range(1, 6)]

    advice = advise_next_session(kofi)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.next_morning"
    assert "settled each time" not in advice.reason
    assert advice.reason == (
        "The morning after your session on 6 Mar 2026, your pain was 9/10. Pain may reach 5/10 "
        "just after exercise, but it should settle by the next morning. Ease off next time."
    )


def test_a_first_morning_report_of_nine_has_not_settled() -> None:
    # Lena, 47: her first log, with no morning before it to compare, and she woke at 9/10.
    lena = [log(1, 1, 9), log(2, 1)]

    assert advise_next_session(lena).action is LoadAction.REDUCE


def test_two_mornings_steady_at_four_hold_the_load() -> None:
    # Moses, 55: sessions at 1/10, and two mornings at 4/10, no worse but not settled.
    moses = [log(1, 1, 4), log(2, 1, 4), log(3, 1)]

    advice = advise_next_session(moses)

    assert advice.action is LoadAction.HOLD
    assert advice.rule == "pain_monitoring.settled_sessions"
    assert advice.reason == (
        "Keep the same load. More load waits until pain and stiffness settle by the next morning. "
        "The morning after your session on 3 Mar 2026, your pain was 4/10. It has settled when "
        "it is back to 2/10 or less."
    )


def test_a_third_morning_in_a_row_at_four_means_reduce() -> None:
    # Moses again: the third morning at 4/10 shows the pain is not settling, so the next-morning
    # rule is broken and the load comes down, whatever the morning before was.
    moses = [log(day, 1, 4) for day in range(1, 5)]

    advice = advise_next_session(moses)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.unsettled_mornings"
    assert advice.reason == (
        "Your pain on getting up was above 2/10 on each of the last 3 mornings you told us about "
        "(4/10, 4/10, 4/10), the latest on the morning after your session on 5 Mar 2026. Pain "
        "after exercise should settle to 2/10 or less by the next morning. Ease off next time."
    )


def test_mornings_easing_from_nine_to_four_still_count_as_not_settled() -> None:
    # Pavel, 41: 9/10, then 5/10, then 4/10 on waking. Each is lower than the one before, but
    # none is back to 2/10, so three in a row still mean less load.
    pavel = [log(1, 1, 9), log(2, 1, 5), log(3, 1, 4), log(4, 1)]

    advice = advise_next_session(pavel)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.unsettled_mornings"


def test_a_settled_morning_breaks_the_run_of_unsettled_ones() -> None:
    # Rosa, 50: 4/10 twice, then back to 2/10: not three unsettled mornings in a row, so the
    # load holds (the 4/10 mornings are among the last 3 sessions) rather than coming down.
    rosa = [log(1, 1, 4), log(2, 1, 4), log(3, 1, 2), log(4, 1)]

    assert advise_next_session(rosa).action is LoadAction.HOLD


def test_skipped_morning_questions_do_not_break_a_run_of_unsettled_mornings() -> None:
    # Sam, 33: 4/10 on waking, then a day without the morning question, then 4/10 twice more.
    sam = [log(1, 1, 4), log(2, 1), log(3, 1, 4), log(4, 1, 4), log(5, 1)]

    assert advise_next_session(sam).rule == "pain_monitoring.unsettled_mornings"


def test_a_morning_of_nine_stands_after_logs_that_skip_the_morning_question() -> None:
    # Tariq, 44: woke at 9/10 after his first session, then logged two easy sessions without
    # answering the optional morning question. Nothing shows the pain settled.
    tariq = [log(1, 2, 9), log(2, 2), log(3, 2)]

    advice = advise_next_session(tariq)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.next_morning"
    assert advice.reason == (
        "The morning after your session on 2 Mar 2026, your pain was 9/10. Pain may reach 5/10 "
        "just after exercise, but it should settle by the next morning. Tell us your pain on "
        "getting up when you next log, so we know when it has settled. Ease off next time."
    )


def test_a_morning_of_nine_stands_until_a_later_morning_shows_it_settled() -> None:
    tariq = [log(1, 2, 9), *(log(day, 2) for day in range(2, 12))]

    assert advise_next_session(tariq).action is LoadAction.REDUCE
    tariq[-2] = log(10, 2, 2)
    assert advise_next_session(tariq).action is not LoadAction.REDUCE


def test_a_stiffness_report_alone_does_not_lift_a_morning_pain_of_nine() -> None:
    # Uma, 58: 9/10 pain on waking, then mornings where she gave only her stiffness.
    uma = [log(1, 2, 9, stiffness=30), log(2, 2, stiffness=10), log(3, 2, stiffness=10)]

    assert advise_next_session(uma).rule == "pain_monitoring.next_morning"


def test_longer_stiffness_stands_after_logs_that_report_only_pain() -> None:
    # Victor, 62: stiff for longer one morning, then mornings where he gave only his pain.
    victor = [log(1, 1, 1, stiffness=10), log(2, 1, 1, stiffness=40), log(3, 1, 1), log(4, 1)]

    advice = advise_next_session(victor)

    assert advice.rule == "pain_monitoring.next_morning"
    assert "Tell us how long you are stiff on getting up when you next log" in advice.reason


def test_weekly_mean_morning_stiffness_rising_means_reduce() -> None:
    # Nia, 36: pain settles, but each week she is stiff for longer on getting up.
    last_week = [log(day, 1, 1, stiffness=10) for day in range(1, 8)]
    this_week = [log(day, 1, 1, stiffness=10) for day in range(8, 12)]
    this_week += [log(day, 1, 1, stiffness=20) for day in range(12, 15)]

    advice = advise_next_session(last_week + this_week)

    assert advice.action is LoadAction.REDUCE
    assert advice.rule == "pain_monitoring.weekly_trend"
    assert advice.reason == (
        "Your average stiffness on getting up over the last 7 days was 14.3 minutes, up from "
        "10.0 minutes the week before. Ease off next time."
    )
