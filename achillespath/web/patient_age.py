"""A patient's age against the pathway's adult age, from the best their record knows: the
exact date of birth when a clinician recorded one, else the year of birth (HAZ-12).

Every age check of the web reads it here: prescribing (the page and the clinic API), recording
a treatment episode (not before the patient was born) and inviting a patient (the invitation
knows only a year of birth). With a date of birth the age is exact ("is 17"); with a year
only it may be uncertain ("may be under 18 until their birthday this year").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from achillespath.triage.adult_age import (
    AgeStanding,
    adult_age_years,
    age_by_date_of_birth,
    age_by_year_of_birth,
)
from achillespath.triage.exact_age import age_on

__all__ = ["PatientAge", "patient_age"]


@dataclass(frozen=True)
class PatientAge:
    """What a record says about someone's age on the day `patient_age` was asked for.
    `years` is their exact age, known only from a date of birth."""

    standing: AgeStanding
    year_of_birth: int
    date_of_birth: dt.date | None
    years: int | None

    @property
    def born(self) -> str:
        """When they were born, as the record knows it: "on 1 December 2008" or "in 2008"."""
        born = self.date_of_birth
        return f"in {self.year_of_birth}" if born is None else f"on {born.day} {born:%B %Y}"

    @property
    def earliest_birth(self) -> dt.date:
        """The first day they may have been alive: the date of birth, or 1 January of the
        year of birth."""
        return self.date_of_birth or dt.date(self.year_of_birth, 1, 1)

    @property
    def age_words(self) -> str:
        """How old they are: "is 17" by a date of birth; by a year of birth "is under 18",
        "may be under 18 until their birthday this year" or "is 18 or over"."""
        if self.years is not None:
            return f"is {self.years}"
        adult = f"{adult_age_years():g}"
        match self.standing:
            case AgeStanding.UNDER_AGE:
                return f"is under {adult}"
            case AgeStanding.MAY_BE_UNDER_AGE:
                return f"may be under {adult} until their birthday this year"
            case AgeStanding.ADULT:
                return f"is {adult} or over"


def patient_age(
    today: dt.date, year_of_birth: int | None, date_of_birth: dt.date | None = None
) -> PatientAge | None:
    """The age a record shows on `today`, by its date of birth when known, else its year of
    birth; None when it has neither (as in the symptom check, an unknown age counts as adult
    when prescribing, HAZ-12's residual risk)."""
    if date_of_birth is not None:
        return PatientAge(
            standing=age_by_date_of_birth(date_of_birth, today),
            year_of_birth=date_of_birth.year,
            date_of_birth=date_of_birth,
            years=age_on(date_of_birth, today),
        )
    if year_of_birth is None:
        return None
    return PatientAge(
        standing=age_by_year_of_birth(year_of_birth, today),
        year_of_birth=year_of_birth,
        date_of_birth=None,
        years=None,
    )
