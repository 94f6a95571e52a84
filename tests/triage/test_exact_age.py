"""A date of birth gives the exact age in completed years; someone born on 29 February is a
year older on 1 March in a year with no 29 February."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from achillespath.triage.exact_age import age_on

TODAY = dt.date(2026, 11, 22)


def test_leo_born_on_1_december_2008_is_17_nine_days_before_his_birthday() -> None:
    assert age_on(dt.date(2008, 12, 1), TODAY) == 17


def test_mia_born_on_1_november_2008_is_18() -> None:
    assert age_on(dt.date(2008, 11, 1), TODAY) == 18


def test_someone_is_a_year_older_on_their_birthday_itself() -> None:
    assert age_on(dt.date(2008, 11, 22), TODAY) == 18
    assert age_on(dt.date(2008, 11, 23), TODAY) == 17


def test_born_on_1_december_1966_is_59() -> None:
    assert age_on(dt.date(1966, 12, 1), TODAY) == 59


def test_born_on_1_january_1966_is_60() -> None:
    assert age_on(dt.date(1966, 1, 1), TODAY) == 60


def test_a_leap_day_baby_is_still_17_on_28_february_of_a_year_with_no_29th() -> None:
    assert age_on(dt.date(2008, 2, 29), dt.date(2026, 2, 28)) == 17


def test_a_leap_day_baby_is_18_on_1_march_of_a_year_with_no_29th() -> None:
    assert age_on(dt.date(2008, 2, 29), dt.date(2026, 3, 1)) == 18


def test_a_leap_day_baby_has_their_birthday_on_29_february_in_a_leap_year() -> None:
    assert age_on(dt.date(2008, 2, 29), dt.date(2028, 2, 28)) == 19
    assert age_on(dt.date(2008, 2, 29), dt.date(2028, 2, 29)) == 20


def test_a_day_before_the_date_of_birth_is_refused() -> None:
    with pytest.raises(ValueError, match="date_of_birth 2008-12-01 is after 2008-11-30"):
        age_on(dt.date(2008, 12, 1), dt.date(2008, 11, 30))


def birthday(date_of_birth: dt.date, years: int) -> dt.date:
    """The day someone becomes `years` old, counted the long way: the same day and month
    `years` later, or 1 March when that year has no 29 February."""
    year = date_of_birth.year + years
    if (date_of_birth.month, date_of_birth.day) == (2, 29) and not calendar.isleap(year):
        return dt.date(year, 3, 1)
    return date_of_birth.replace(year=year)


def reference_age(date_of_birth: dt.date, today: dt.date) -> int:
    """The number of birthdays that have come by `today`."""
    years = 0
    while birthday(date_of_birth, years + 1) <= today:
        years += 1
    return years


leap_days = st.integers(1900, 2096).filter(calendar.isleap).map(lambda y: dt.date(y, 2, 29))


@given(
    st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), leap_days),
    st.integers(0, 120 * 366),
)
def test_the_age_is_the_number_of_birthdays_that_have_come(
    date_of_birth: dt.date, days_later: int
) -> None:
    today = date_of_birth + dt.timedelta(days=days_later)

    assert age_on(date_of_birth, today) == reference_age(date_of_birth, today)
