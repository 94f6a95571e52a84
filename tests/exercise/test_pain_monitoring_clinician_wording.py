"""The pain-monitoring advice in a clinician's words: what the model found and what it advises,
with the same numbers the person reads (hazard log HAZ-20)."""

from __future__ import annotations

from exercise.session_logs import log

from achillespath.exercise import LoadAction, advise_next_session


def test_amiras_clinician_reads_that_pain_of_six_during_exercise_calls_for_less_load() -> None:
    amira = [log(1, 2, 1), log(2, 2, 1), log(3, 2, 1), log(4, 6)]

    advice = advise_next_session(amira)

    assert advice.reason == (
        "Your pain during exercise was 6/10, above the 5/10 that is allowed. Ease off next time."
    )
    assert advice.clinician_reason == (
        "Pain during exercise 6/10 at the last session, above the 5/10 allowed. The model "
        "advises reducing the load."
    )


def test_ellas_clinician_reads_that_her_morning_pain_had_not_settled() -> None:
    ella = [log(1, 2, 1), log(2, 3, 3)]

    advice = advise_next_session(ella)

    assert advice.clinician_reason == (
        "Next-morning pain 3/10 after the session on 3 Mar 2026, higher than the morning "
        "before: not settled. The model advises reducing the load."
    )


def test_farids_clinician_reads_that_his_morning_stiffness_lasted_longer() -> None:
    farid = [log(1, 2, 1, stiffness=10), log(2, 2, 1, stiffness=25)]

    advice = advise_next_session(farid)

    assert advice.clinician_reason == (
        "Next-morning stiffness 25 minutes after the session on 3 Mar 2026, longer than the "
        "morning before: not settled. The model advises reducing the load."
    )


def test_hanas_clinician_reads_the_weekly_rise_without_the_patients_ease_off() -> None:
    last_week = [log(day, 2, 1) for day in range(1, 8)]
    this_week = [log(day, 3, 1) for day in range(8, 15)]

    advice = advise_next_session(last_week + this_week)

    assert advice.rule == "pain_monitoring.weekly_trend"
    assert advice.reason.endswith("Ease off next time.")
    assert advice.clinician_reason == (
        "Average pain during exercise over the last 7 days was 3.0/10, up from 2.0/10 the week "
        "before. The model advises reducing the load."
    )


def test_bens_clinician_reads_why_the_load_holds_at_acceptable_pain() -> None:
    ben = [log(1, 4, 2), log(2, 5, 2), log(3, 5)]

    advice = advise_next_session(ben)

    assert advice.action is LoadAction.HOLD
    assert advice.clinician_reason == (
        "Hold the load: pain up to 5/10 is acceptable, but progression waits until pain stays "
        "at 2/10 or less."
    )


def test_chens_clinician_reads_that_three_settled_sessions_earn_more_load() -> None:
    chen = [log(1, 2, 1, load_kg=5), log(2, 1, 1, load_kg=5), log(3, 2, load_kg=5)]

    advice = advise_next_session(chen)

    assert advice.action is LoadAction.PROGRESS
    assert advice.clinician_reason == (
        "The last 3 sessions had pain at 2/10 or less, settled each time: the model advises a "
        "small increase in load."
    )


def test_jos_clinician_reads_which_morning_report_is_missing() -> None:
    jo = [log(1, 1, 1), log(2, 1), log(3, 1)]

    advice = advise_next_session(jo)

    assert advice.clinician_reason == (
        "Hold the load: next-morning pain after the session on 3 Mar 2026 not reported."
    )


def test_before_the_first_log_the_clinician_reads_that_nothing_is_logged_yet() -> None:
    advice = advise_next_session([])

    assert advice.clinician_reason == (
        "No session logged yet: load advice starts after the first log."
    )


def test_kofis_clinician_reads_that_morning_pain_of_nine_had_not_settled() -> None:
    kofi = [log(day, 2, 9, load_kg=5, stiffness=120) for day in range(1, 6)]

    advice = advise_next_session(kofi)

    assert advice.clinician_reason == (
        "Next-morning pain 9/10 after the session on 6 Mar 2026, above the 5/10 allowed even "
        "just after activity: not settled. The model advises reducing the load."
    )


def test_moses_clinician_reads_why_a_steady_morning_pain_of_four_holds_the_load() -> None:
    moses = [log(1, 1, 4), log(2, 1, 4), log(3, 1)]

    advice = advise_next_session(moses)

    assert advice.clinician_reason == (
        "Hold the load: progression waits until pain and stiffness settle by the next morning. "
        "Next-morning pain 4/10 after the session on 3 Mar 2026, above 2/10: not settled."
    )


def test_moses_clinician_reads_that_three_mornings_at_four_call_for_less_load() -> None:
    moses = [log(day, 1, 4) for day in range(1, 5)]

    advice = advise_next_session(moses)

    assert advice.clinician_reason == (
        "Next-morning pain above 2/10 on each of the last 3 morning reports (4/10, 4/10, 4/10), "
        "the latest after the session on 5 Mar 2026: not settled. The model advises reducing the "
        "load."
    )


def test_tariqs_clinician_reads_that_no_morning_was_reported_since_the_nine() -> None:
    tariq = [log(1, 2, 9), log(2, 2), log(3, 2)]

    advice = advise_next_session(tariq)

    assert advice.clinician_reason == (
        "Next-morning pain 9/10 after the session on 2 Mar 2026, above the 5/10 allowed even "
        "just after activity: not settled. No next-morning pain reported since. The model "
        "advises reducing the load."
    )
