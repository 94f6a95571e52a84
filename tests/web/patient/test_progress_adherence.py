"""Adherence by programme week: days with a logged session against the days a week the
programme's plan asks for (build_plan's days_per_week)."""

from __future__ import annotations

from datetime import date, timedelta

from achillespath.exercise import programme
from achillespath.web.views.patient.progress import adherence_weeks

START = date(2026, 11, 2)


def days(*offsets: int) -> list[date]:
    return [START + timedelta(days=offset) for offset in offsets]


def test_each_week_counts_the_days_logged_within_its_seven_days() -> None:
    weeks = adherence_weeks(
        programme("midportion"), START, days(0, 1, 6, 7, 13), START + timedelta(days=13)
    )

    assert [(week.number, week.logged, week.planned) for week in weeks] == [(1, 3, 7), (2, 2, 7)]
    assert [week.is_current for week in weeks] == [False, True]


def test_hsr_plans_three_days_a_week() -> None:
    weeks = adherence_weeks(programme("hsr"), START, days(0, 2, 4), START + timedelta(days=6))

    assert [(week.logged, week.planned) for week in weeks] == [(3, 3)]


def test_silbernagel_phase_4_plans_three_days_a_week() -> None:
    weeks = adherence_weeks(programme("silbernagel"), START, [], START + timedelta(weeks=13))

    assert weeks[11].planned == 7 and weeks[12].planned == 3


def test_weeks_stop_at_the_end_of_the_programme() -> None:
    weeks = adherence_weeks(programme("hsr"), START, [], START + timedelta(weeks=20))

    assert len(weeks) == 12
    assert not weeks[-1].is_current


def test_before_the_start_there_are_no_weeks() -> None:
    assert adherence_weeks(programme("hsr"), START, [], START - timedelta(days=1)) == []
