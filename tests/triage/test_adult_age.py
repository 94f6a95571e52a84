"""A year of birth says whether someone is an adult, may not be yet, or is certainly not, against
the pathway's adult age (18)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from achillespath.pathway.definition import load_pathway
from achillespath.triage.adult_age import AgeByYearOfBirth, adult_age_years, age_by_year_of_birth

TODAY = dt.date(2026, 11, 21)


def test_a_child_born_in_2020_is_under_age() -> None:
    assert age_by_year_of_birth(2020, TODAY) is AgeByYearOfBirth.UNDER_AGE


def test_someone_born_in_2009_is_at_most_17_this_year_so_under_age() -> None:
    assert age_by_year_of_birth(2009, TODAY) is AgeByYearOfBirth.UNDER_AGE


def test_someone_born_in_2008_may_still_be_17_until_their_birthday() -> None:
    assert age_by_year_of_birth(2008, TODAY) is AgeByYearOfBirth.MAY_BE_UNDER_AGE


def test_someone_born_in_2007_is_an_adult_whatever_their_birthday() -> None:
    assert age_by_year_of_birth(2007, TODAY) is AgeByYearOfBirth.ADULT


def test_the_adult_age_comes_from_the_pathway() -> None:
    packaged = load_pathway()
    sixteen = packaged.thresholds["adult_age_years"].model_copy(update={"value": 16})
    younger = packaged.model_copy(
        update={"thresholds": {**packaged.thresholds, "adult_age_years": sixteen}}
    )

    assert adult_age_years(younger) == 16
    assert age_by_year_of_birth(2009, TODAY, younger) is AgeByYearOfBirth.ADULT


@given(st.integers(min_value=1900, max_value=2026), st.dates(dt.date(2026, 1, 1)))
def test_only_someone_whose_every_possible_age_is_adult_counts_as_adult(
    year_of_birth: int, today: dt.date
) -> None:
    youngest = today.year - year_of_birth - 1
    standing = age_by_year_of_birth(year_of_birth, today)

    assert (standing is AgeByYearOfBirth.ADULT) == (
        youngest >= load_pathway().threshold("adult_age_years")
    )
