"""Against the pathway's adult age (18): a date of birth says exactly whether someone is an
adult; a year of birth alone says whether they are, may not be yet, or certainly are not."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from achillespath.pathway.definition import load_pathway
from achillespath.triage.adult_age import (
    AgeStanding,
    adult_age_years,
    age_by_date_of_birth,
    age_by_year_of_birth,
)

TODAY = dt.date(2026, 11, 21)


def test_a_child_born_in_2020_is_under_age() -> None:
    assert age_by_year_of_birth(2020, TODAY) is AgeStanding.UNDER_AGE


def test_someone_born_in_2009_is_at_most_17_this_year_so_under_age() -> None:
    assert age_by_year_of_birth(2009, TODAY) is AgeStanding.UNDER_AGE


def test_someone_born_in_2008_may_still_be_17_until_their_birthday() -> None:
    assert age_by_year_of_birth(2008, TODAY) is AgeStanding.MAY_BE_UNDER_AGE


def test_someone_born_in_2007_is_an_adult_whatever_their_birthday() -> None:
    assert age_by_year_of_birth(2007, TODAY) is AgeStanding.ADULT


def test_the_adult_age_comes_from_the_pathway() -> None:
    packaged = load_pathway()
    sixteen = packaged.thresholds["adult_age_years"].model_copy(update={"value": 16})
    younger = packaged.model_copy(
        update={"thresholds": {**packaged.thresholds, "adult_age_years": sixteen}}
    )

    assert adult_age_years(younger) == 16
    assert age_by_year_of_birth(2009, TODAY, younger) is AgeStanding.ADULT


@given(st.integers(min_value=1900, max_value=2026), st.dates(dt.date(2026, 1, 1)))
def test_only_someone_whose_every_possible_age_is_adult_counts_as_adult(
    year_of_birth: int, today: dt.date
) -> None:
    youngest = today.year - year_of_birth - 1
    standing = age_by_year_of_birth(year_of_birth, today)

    assert (standing is AgeStanding.ADULT) == (
        youngest >= load_pathway().threshold("adult_age_years")
    )


def test_leo_born_on_1_december_2008_is_17_so_under_age_on_22_november_2026() -> None:
    assert age_by_date_of_birth(dt.date(2008, 12, 1), dt.date(2026, 11, 22)) is (
        AgeStanding.UNDER_AGE
    )


def test_mia_born_on_1_november_2008_is_18_so_an_adult_on_22_november_2026() -> None:
    assert age_by_date_of_birth(dt.date(2008, 11, 1), dt.date(2026, 11, 22)) is AgeStanding.ADULT


def test_someone_is_an_adult_from_their_18th_birthday_itself() -> None:
    born = dt.date(2008, 11, 22)

    assert age_by_date_of_birth(born, dt.date(2026, 11, 21)) is AgeStanding.UNDER_AGE
    assert age_by_date_of_birth(born, dt.date(2026, 11, 22)) is AgeStanding.ADULT


def test_a_leap_day_baby_becomes_an_adult_on_1_march_in_a_year_with_no_29_february() -> None:
    born = dt.date(2008, 2, 29)

    assert age_by_date_of_birth(born, dt.date(2026, 2, 28)) is AgeStanding.UNDER_AGE
    assert age_by_date_of_birth(born, dt.date(2026, 3, 1)) is AgeStanding.ADULT


def test_the_adult_age_by_date_of_birth_comes_from_the_pathway() -> None:
    packaged = load_pathway()
    sixteen = packaged.thresholds["adult_age_years"].model_copy(update={"value": 16})
    younger = packaged.model_copy(
        update={"thresholds": {**packaged.thresholds, "adult_age_years": sixteen}}
    )

    assert age_by_date_of_birth(dt.date(2010, 11, 1), TODAY, younger) is AgeStanding.ADULT


@given(st.dates(dt.date(1900, 1, 1), dt.date(2026, 12, 31)), st.integers(0, 100 * 366))
def test_a_date_of_birth_settles_what_its_year_leaves_open_and_never_contradicts_it(
    date_of_birth: dt.date, days_later: int
) -> None:
    today = date_of_birth + dt.timedelta(days=days_later)
    by_date = age_by_date_of_birth(date_of_birth, today)
    by_year = age_by_year_of_birth(date_of_birth.year, today)

    assert by_date is not AgeStanding.MAY_BE_UNDER_AGE
    if by_year is not AgeStanding.MAY_BE_UNDER_AGE:
        assert by_date is by_year
