"""Today's session: the week, phase, exercises and a load set by the pain-monitoring advice."""

from __future__ import annotations

import datetime as dt

import pytest

from achillespath.exercise import (
    LoadAction,
    SessionLog,
    SessionStatus,
    next_session,
    programme,
)

START = dt.date(2026, 4, 6)  # a Monday


def day(n: int) -> dt.date:
    """Programme day n (day 1 is the start date)."""
    return START + dt.timedelta(days=n - 1)


def log(n: int, pain_during: int, next_morning_pain: int | None = 1, **kwargs: float) -> SessionLog:
    return SessionLog(
        date=day(n),
        sets_done=int(kwargs.get("sets_done", 3)),
        load_kg=kwargs.get("load_kg", 0.0),
        pain_during=pain_during,
        next_morning_pain=next_morning_pain,
    )


def test_on_the_first_day_with_no_logs_the_full_dose_is_prescribed_at_body_weight() -> None:
    session = next_session(programme("midportion"), START, START, [])

    assert session.status is SessionStatus.IN_PROGRESS
    assert (session.week, session.phase, session.sessions_per_day, session.days_per_week) == (
        1,
        1,
        2,
        7,
    )
    assert [(e.sets, e.reps, e.load_kg) for e in session.exercises] == [(3, 15, 0.0), (3, 15, 0.0)]
    assert session.advice is not None
    assert session.advice.rule == "pain_monitoring.no_logs"
    assert session.message.startswith("Week 1 of 12: Heavy-load heel-lowering.")


def test_three_settled_sessions_add_one_load_step_to_every_loadable_exercise() -> None:
    # Kofi, 49: three sessions with a 5 kg backpack, pain 1-2/10, settled each morning.
    kofi = [log(1, 2, load_kg=5), log(2, 1, load_kg=5), log(3, 2, None, load_kg=5)]

    session = next_session(programme("midportion"), START, day(4), kofi)

    assert session.advice is not None and session.advice.action is LoadAction.PROGRESS
    assert [e.load_kg for e in session.exercises] == [7.5, 7.5]


def test_pain_above_five_takes_one_load_step_off() -> None:
    # Lena, 36: pain 7/10 during yesterday's session with a 5 kg backpack.
    session = next_session(programme("midportion"), START, day(2), [log(1, 7, load_kg=5)])

    assert session.advice is not None and session.advice.action is LoadAction.REDUCE
    assert [(e.sets, e.load_kg) for e in session.exercises] == [(3, 2.5), (3, 2.5)]


def test_reducing_with_no_added_load_means_one_set_fewer_but_never_below_one() -> None:
    one_fewer = next_session(programme("midportion"), START, day(2), [log(1, 7)])
    at_least_one = next_session(programme("midportion"), START, day(2), [log(1, 7, sets_done=1)])

    assert [(e.sets, e.load_kg) for e in one_fewer.exercises] == [(2, 0.0), (2, 0.0)]
    assert [e.sets for e in at_least_one.exercises] == [1, 1]


def test_progress_restores_dropped_sets_before_adding_load() -> None:
    logs = [log(1, 1, sets_done=2), log(2, 1, sets_done=2), log(3, 1, sets_done=2)]

    session = next_session(programme("midportion"), START, day(4), logs)

    assert [(e.sets, e.load_kg) for e in session.exercises] == [(3, 0.0), (3, 0.0)]


def test_hold_keeps_the_last_load() -> None:
    session = next_session(programme("midportion"), START, day(2), [log(1, 4, load_kg=5)])

    assert session.advice is not None and session.advice.action is LoadAction.HOLD
    assert [e.load_kg for e in session.exercises] == [5.0, 5.0]


def test_body_weight_exercises_never_get_added_load() -> None:
    logs = [log(1, 1, load_kg=5), log(2, 1, load_kg=5), log(3, 1, load_kg=5)]

    session = next_session(programme("silbernagel"), START, day(4), logs)

    assert session.phase == 1
    assert {e.load_kg for e in session.exercises} == {None}


def test_week_and_phase_follow_the_calendar_from_the_start_date() -> None:
    hsr = programme("hsr")

    assert next_session(hsr, START, day(7), []).week == 1
    assert (
        next_session(hsr, START, day(8), []).week,
        next_session(hsr, START, day(8), []).phase,
    ) == (2, 2)
    assert next_session(hsr, START, day(84), []).week == 12


def test_before_the_start_date_the_programme_has_not_started() -> None:
    session = next_session(programme("midportion"), START, START - dt.timedelta(days=1), [])

    assert session.status is SessionStatus.NOT_STARTED
    assert session.message == "Your programme starts on 6 April 2026."
    assert (session.week, session.exercises, session.advice) == (None, (), None)


def test_after_the_last_week_the_programme_is_finished() -> None:
    session = next_session(programme("midportion"), START, day(85), [])

    assert session.status is SessionStatus.FINISHED
    assert session.message.startswith("You have finished the 12-week programme.")
    assert session.exercises == ()


def test_a_shorter_run_of_a_long_programme_finishes_after_its_own_weeks() -> None:
    session = next_session(programme("silbernagel"), START, day(85), [], weeks=12)

    assert session.status is SessionStatus.FINISHED


def test_insertional_pain_moves_step_exercises_to_the_floor() -> None:
    session = next_session(programme("silbernagel"), START, day(15), [], has_insertional_pain=True)

    assert session.phase == 2
    assert {e.surface for e in session.exercises} == {"floor"}


def test_a_log_dated_after_today_is_refused() -> None:
    with pytest.raises(ValueError, match="a session log is dated 2026-04-08, after today"):
        next_session(programme("midportion"), START, day(2), [log(3, 2)])


def test_the_step_programme_is_refused_for_insertional_pain() -> None:
    with pytest.raises(ValueError, match="not advised for pain at the insertion"):
        next_session(programme("midportion"), START, START, [], has_insertional_pain=True)


def test_a_changed_programme_starts_afresh_from_its_prescribed_load() -> None:
    # Dana, 52: three settled sessions at 10 kg on the step programme, then her physiotherapist
    # moves her to the floor programme at 2.5 kg starting today (day 4).
    old_programme = [log(1, 1, load_kg=10), log(2, 1, load_kg=10), log(3, 1, load_kg=10)]

    session = next_session(
        programme("insertional"), day(4), day(4), old_programme, starting_load_kg=2.5
    )

    assert session.advice is not None
    assert session.advice.rule == "pain_monitoring.no_logs"
    assert [e.load_kg for e in session.exercises] == [2.5, 2.5]
    assert session.week == 1


def test_the_prescribed_starting_load_is_used_until_the_first_log() -> None:
    session = next_session(programme("midportion"), START, START, [], starting_load_kg=5)

    assert [e.load_kg for e in session.exercises] == [5, 5]


def test_a_rest_day_logged_with_a_heavier_load_does_not_become_the_base_for_a_step_up() -> None:
    # Lars trains every other day at 5 kg; on his rest day he typed 20 kg by mistake.
    lars = [log(1, 1, load_kg=5), log(2, 0, sets_done=0, load_kg=20), log(3, 1, load_kg=5)]
    lars += [log(4, 0, sets_done=0, load_kg=20), log(5, 1, load_kg=5)]
    lars.append(log(6, 0, sets_done=0, load_kg=20))

    session = next_session(programme("midportion"), START, day(7), lars)

    assert session.advice is not None and session.advice.action is LoadAction.PROGRESS
    assert [(e.sets, e.load_kg) for e in session.exercises] == [(3, 7.5), (3, 7.5)]


def test_a_rest_day_does_not_restore_sets_dropped_after_a_painful_session() -> None:
    # Mia's pain reached 6/10 with body weight only, so she was cut to 2 sets, then rested.
    mia = [log(1, 6, sets_done=3), log(2, 1, sets_done=2), log(3, 0, sets_done=0)]

    session = next_session(programme("midportion"), START, day(4), mia)

    assert [e.sets for e in session.exercises] == [2, 2]


def test_a_load_the_clinician_set_is_the_next_sessions_load_whatever_was_logged() -> None:
    # Ben logged three settled sessions at 5 kg; on day 3 his physio set body weight only.
    ben = [log(1, 1, load_kg=5), log(2, 1, load_kg=5), log(3, 1, None, load_kg=5)]

    set_to_body_weight = next_session(
        programme("midportion"), START, day(4), ben, starting_load_kg=0, load_set_on=day(3)
    )
    not_set = next_session(programme("midportion"), START, day(4), ben, starting_load_kg=0)

    assert [e.load_kg for e in set_to_body_weight.exercises] == [0, 0]
    assert set_to_body_weight.advice is not None
    assert set_to_body_weight.advice.action is LoadAction.HOLD
    assert [e.load_kg for e in not_set.exercises] == [7.5, 7.5]


def test_easing_off_at_a_load_the_clinician_set_takes_a_set_off_not_their_load() -> None:
    painful = [log(1, 1, load_kg=5), log(2, 7, load_kg=5)]

    session = next_session(
        programme("midportion"), START, day(3), painful, starting_load_kg=5, load_set_on=day(2)
    )

    assert session.advice is not None and session.advice.action is LoadAction.REDUCE
    assert [(e.sets, e.load_kg) for e in session.exercises] == [(2, 5), (2, 5)]


def test_a_session_logged_after_the_load_was_set_is_the_base_again() -> None:
    after = [log(1, 1, load_kg=5), log(3, 1, load_kg=2.5)]

    session = next_session(
        programme("midportion"), START, day(4), after, starting_load_kg=0, load_set_on=day(2)
    )

    assert [e.load_kg for e in session.exercises] == [2.5, 2.5]
