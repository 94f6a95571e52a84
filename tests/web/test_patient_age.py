"""A patient's age is judged from the best their record knows: the exact date of birth when
recorded, else the year of birth, whose uncertain wording stays."""

from __future__ import annotations

import datetime as dt

from achillespath.triage.adult_age import AgeStanding
from achillespath.web.patient_age import patient_age

TODAY = dt.date(2026, 11, 22)


def test_leo_born_on_1_december_2008_is_exactly_17() -> None:
    leo = patient_age(TODAY, 2008, dt.date(2008, 12, 1))

    assert leo is not None
    assert (leo.standing, leo.years, leo.age_words) == (AgeStanding.UNDER_AGE, 17, "is 17")
    assert leo.born == "on 1 December 2008"


def test_mia_born_on_1_november_2008_is_exactly_18() -> None:
    mia = patient_age(TODAY, 2008, dt.date(2008, 11, 1))

    assert mia is not None
    assert (mia.standing, mia.years, mia.age_words) == (AgeStanding.ADULT, 18, "is 18")


def test_with_only_the_year_2008_the_age_stays_uncertain() -> None:
    only_year = patient_age(TODAY, 2008)

    assert only_year is not None
    assert (only_year.standing, only_year.years) == (AgeStanding.MAY_BE_UNDER_AGE, None)
    assert only_year.age_words == "may be under 18 until their birthday this year"
    assert only_year.born == "in 2008"


def test_with_only_a_year_the_words_say_what_the_year_settles() -> None:
    child, adult = patient_age(TODAY, 2020), patient_age(TODAY, 1980)

    assert child is not None and child.age_words == "is under 18"
    assert adult is not None and adult.age_words == "is 18 or over"


def test_the_date_of_birth_wins_over_the_year_of_birth() -> None:
    # A date of birth sets the year; the date is what the record knows best.
    age = patient_age(TODAY, 1999, dt.date(2008, 12, 1))

    assert age is not None
    assert (age.year_of_birth, age.years) == (2008, 17)


def test_no_year_and_no_date_of_birth_is_an_unknown_age() -> None:
    assert patient_age(TODAY, None) is None


def test_the_first_day_alive_is_the_date_of_birth_or_else_1_january() -> None:
    with_date = patient_age(TODAY, 1988, dt.date(1988, 6, 15))
    with_year = patient_age(TODAY, 1988)

    assert with_date is not None and with_date.earliest_birth == dt.date(1988, 6, 15)
    assert with_year is not None and with_year.earliest_birth == dt.date(1988, 1, 1)
