"""Whether someone is an adult, judged from their date of birth or, when a record keeps only
that, their year of birth.

A date of birth gives the exact age (``exact_age.age_on``), so the answer is adult or under
age. A year of birth leaves the age uncertain by up to a year: someone born in 2008 is 17 or
18 during 2026, depending on whether their birthday has passed. The adult age is the pathway's
threshold ``adult_age_years`` (18: the guideline and the trials are in adults; the intended
purpose is adults only). Pure: today's date is a parameter.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from achillespath.pathway.definition import PathwayDefinition, load_pathway
from achillespath.triage.exact_age import age_on

__all__ = ["AgeStanding", "adult_age_years", "age_by_date_of_birth", "age_by_year_of_birth"]


class AgeStanding(StrEnum):
    """How someone stands against the adult age. From a date of birth, only ADULT or
    UNDER_AGE; from a year of birth, also MAY_BE_UNDER_AGE."""

    ADULT = "adult"  # at least the adult age (by a year of birth: whatever the birthday)
    MAY_BE_UNDER_AGE = "may_be_under_age"  # by a year of birth: under it until their birthday
    UNDER_AGE = "under_age"  # under it (by a year of birth: whatever the birthday)


def adult_age_years(pathway: PathwayDefinition | None = None) -> float:
    """The pathway's adult age in years (``thresholds.adult_age_years``)."""
    return (pathway or load_pathway()).threshold("adult_age_years")


def age_by_year_of_birth(
    year_of_birth: int, today: dt.date, pathway: PathwayDefinition | None = None
) -> AgeStanding:
    """How someone born in ``year_of_birth`` stands against the adult age on ``today``."""
    adult = adult_age_years(pathway)
    oldest = today.year - year_of_birth  # their birthday this year has passed
    if oldest < adult:
        return AgeStanding.UNDER_AGE
    if oldest - 1 < adult:
        return AgeStanding.MAY_BE_UNDER_AGE
    return AgeStanding.ADULT


def age_by_date_of_birth(
    date_of_birth: dt.date, today: dt.date, pathway: PathwayDefinition | None = None
) -> AgeStanding:
    """How someone born on ``date_of_birth`` stands against the adult age on ``today``: adult
    from the birthday on which they reach it (1 March for a 29 February birthday in a year
    with no 29 February).

    Raises ValueError if ``today`` is before ``date_of_birth``.
    """
    if age_on(date_of_birth, today) < adult_age_years(pathway):
        return AgeStanding.UNDER_AGE
    return AgeStanding.ADULT
