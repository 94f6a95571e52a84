"""Adherence in the letter: days with exercise logged against the days the programme asked for,
both counted from the start up to yesterday."""

from __future__ import annotations

import datetime as dt

import pytest
from web.people import ClinicPeople

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.web.models import Prescription
from achillespath.web.reports.referral_outcomes import days_prescribed, programme_summary

START = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    ("programme", "days_in", "expected"),
    [
        ("midportion", 0, 0),  # starts today: nothing asked for yet
        ("midportion", 10, 10),  # daily
        ("midportion", 200, 84),  # 12 weeks x 7 days, then the programme has ended
        ("hsr", 7, 3),  # 3 days a week
        ("hsr", 11, 4),  # 3 + the share of 3 in 4 of 7 days (1)
        ("silbernagel", 13 * 7, 12 * 7 + 3),  # daily for 12 weeks, then 3 days a week
    ],
)
def test_days_prescribed_follow_each_programmes_days_per_week(
    programme: str, days_in: int, expected: int
) -> None:
    today = START + dt.timedelta(days=days_in)

    assert days_prescribed(programme, START, today) == expected


def test_a_programme_that_starts_in_the_future_has_asked_for_nothing() -> None:
    assert days_prescribed("midportion", START, START - dt.timedelta(days=3)) == 0


@pytest.mark.django_db
def test_logs_after_the_programme_ended_are_counted_apart(riverside: ClinicPeople) -> None:
    today = dt.date.today()
    start = today - dt.timedelta(weeks=14)
    Prescription.objects.create(
        patient=riverside.patient, programme="midportion", start_date=start, side="left"
    )
    logs = [
        SessionLog(date=day, sets_done=6, load_kg=0, pain_during=2)
        for day in (start, start + dt.timedelta(days=83), start + dt.timedelta(days=84), today)
    ]

    summary = programme_summary(riverside.patient, logs, today)

    assert summary is not None
    # Day 84 is the first day after the 12 weeks; today is not counted yet.
    assert (summary.days_logged, summary.days_prescribed, summary.days_logged_after) == (2, 84, 1)


@pytest.mark.django_db
def test_erins_12_weeks_from_23_august_end_on_14_november(riverside: ClinicPeople) -> None:
    # The scheduled weeks run 23 Aug to 14 Nov inclusive; 15 Nov is the first day after them.
    Prescription.objects.create(
        patient=riverside.patient,
        programme="insertional",
        start_date=dt.date(2026, 8, 23),
        side="left",
    )
    logs = [
        SessionLog(date=dt.date(2026, 11, day), sets_done=6, load_kg=0, pain_during=4)
        for day in range(14, 21)
    ]

    summary = programme_summary(riverside.patient, logs, dt.date(2026, 11, 21))

    assert summary is not None
    assert (summary.last_day, summary.ends) == (dt.date(2026, 11, 14), dt.date(2026, 11, 15))
    assert (summary.days_logged, summary.days_logged_after) == (1, 6)
