"""Whether someone is an adult, judged from their year of birth alone (all a record keeps).

A year of birth leaves the age uncertain by up to a year: someone born in 2008 is 17 or 18
during 2026, depending on whether their birthday has passed. The adult age is the pathway's
threshold ``adult_age_years`` (18: the guideline and the trials are in adults; the intended
purpose is adults only). Pure: today's date is a parameter.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from achillespath.pathway.definition import PathwayDefinition, load_pathway

__all__ = ["AgeByYearOfBirth", "adult_age_years", "age_by_year_of_birth"]


class AgeByYearOfBirth(StrEnum):
    ADULT = "adult"  # at least the adult age, whatever the birthday
    MAY_BE_UNDER_AGE = "may_be_under_age"  # under it until their birthday this year
    UNDER_AGE = "under_age"  # under it, whatever the birthday


def adult_age_years(pathway: PathwayDefinition | None = None) -> float:
    """The pathway's adult age in years (``thresholds.adult_age_years``)."""
    return (pathway or load_pathway()).threshold("adult_age_years")


def age_by_year_of_birth(
    year_of_birth: int, today: dt.date, pathway: PathwayDefinition | None = None
) -> AgeByYearOfBirth:
    """How someone born in ``year_of_birth`` stands against the adult age on ``today``."""
    adult = adult_age_years(pathway)
    oldest = today.year - year_of_birth  # their birthday this year has passed
    if oldest < adult:
        return AgeByYearOfBirth.UNDER_AGE
    if oldest - 1 < adult:
        return AgeByYearOfBirth.MAY_BE_UNDER_AGE
    return AgeByYearOfBirth.ADULT
