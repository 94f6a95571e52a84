"""VISA-A is due at the start, every two weeks during loading, and at 6 and 12 weeks whatever
a clinic sets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from achillespath.monitoring.schedule import next_visa_a_due, visa_a_due_dates
from achillespath.pathway.definition import load_pathway

START = dt.date(2026, 1, 5)


def week(n: int) -> dt.date:
    return START + dt.timedelta(weeks=n)


def test_every_two_weeks_from_the_start_to_the_twelve_week_review() -> None:
    assert visa_a_due_dates(START) == tuple(week(n) for n in (0, 2, 4, 6, 8, 10, 12))


def test_a_four_weekly_clinic_still_asks_at_six_and_twelve_weeks() -> None:
    assert visa_a_due_dates(START, interval_weeks=4) == tuple(week(n) for n in (0, 4, 6, 8, 12))


def test_a_five_weekly_clinic_that_lists_only_week_6_still_asks_at_twelve_weeks() -> None:
    # Admin review: interval 5 with "6" gave weeks 0, 5, 6, 10 and never the 12-week review.
    assert visa_a_due_dates(START, interval_weeks=5, fixed_weeks=[6]) == tuple(
        week(n) for n in (0, 5, 6, 10, 12)
    )


def test_a_twelve_weekly_clinic_that_lists_only_week_1_still_asks_at_six_weeks() -> None:
    assert visa_a_due_dates(START, interval_weeks=12, fixed_weeks=[1]) == tuple(
        week(n) for n in (0, 1, 6, 12)
    )


def test_after_a_week_10_score_the_twelve_week_questionnaire_is_still_due() -> None:
    assert next_visa_a_due(START, [START, week(10)], interval_weeks=5, fixed_weeks=[6]) == week(12)


@given(
    st.integers(min_value=1, max_value=12),
    st.lists(st.integers(min_value=1, max_value=104), max_size=6),
)
def test_a_clinics_settings_never_drop_the_pathways_fixed_weeks(
    interval: int, added: list[int]
) -> None:
    dues = visa_a_due_dates(START, interval_weeks=interval, fixed_weeks=added)

    assert {week(n) for n in load_pathway().monitoring.visa_a_fixed_weeks} <= set(dues)
    assert {week(n) for n in added} <= set(dues)


def test_the_baseline_is_due_first() -> None:
    assert next_visa_a_due(START, []) == START


def test_a_baseline_answered_before_the_start_counts() -> None:
    assert next_visa_a_due(START, [START - dt.timedelta(days=9)]) == week(2)


def test_a_questionnaire_answered_a_few_days_early_counts_for_its_due_date() -> None:
    assert next_visa_a_due(START, [START, week(2) - dt.timedelta(days=3)]) == week(4)


def test_missed_questionnaires_are_not_chased_once_a_newer_one_is_answered() -> None:
    assert next_visa_a_due(START, [START, week(7)]) == week(8)


def test_nothing_is_due_after_the_twelve_week_questionnaire() -> None:
    assert next_visa_a_due(START, [START, week(12)]) is None


@given(st.lists(st.integers(min_value=-30, max_value=120), max_size=10))
def test_the_next_due_date_is_always_on_the_schedule_and_after_every_answer(
    days: list[int],
) -> None:
    answered = [START + dt.timedelta(days=d) for d in days]
    due = next_visa_a_due(START, answered)
    if due is not None:
        assert due in visa_a_due_dates(START)
        assert all(due > day for day in answered) or not answered
