"""With a date of birth on the record, the pathway advice takes the person's exact age today,
not the age they gave at their last symptom check (HAZ-12); with a year of birth alone it keeps
the check's age, as the year cannot say whether the birthday has passed.

Vignette (clinician review): Rosa was 60 at her symptom check 8 months ago and takes
levofloxacin. She turned 61 last month: the advice lists her age beside the fluoroquinolone
("over 60", strictly above).
"""

from __future__ import annotations

import datetime as dt

import pytest
from web.clinician.records import SAM_INTAKE, days_ago, save_check, today
from web.people import ClinicPeople

from achillespath.intake import Intake
from achillespath.web.models import Assessment, Patient
from achillespath.web.pathway_advice import age_today, current_advice_basis, pathway_advice_for
from achillespath.web.patient_age import patient_age

pytestmark = pytest.mark.django_db

OVER_60 = "older_age"


def rosa(patient: Patient, **record: object) -> None:
    """Rosa's check of 8 months ago (age 60, on levofloxacin), and her record's `record`."""
    check = save_check(patient, age=60, medications=["levofloxacin"])
    Assessment.objects.filter(pk=check.pk).update(
        created_at=check.created_at - dt.timedelta(days=240)
    )
    Patient.objects.filter(pk=patient.pk).update(**record)
    patient.refresh_from_db()


def sixty_one_last_month() -> dt.date:
    birthday = days_ago(30)
    return dt.date(birthday.year - 61, birthday.month, min(birthday.day, 28))


def test_rosa_born_61_years_ago_last_month_is_over_60_today(riverside: ClinicPeople) -> None:
    born = sixty_one_last_month()
    rosa(riverside.patient, date_of_birth=born, year_of_birth=born.year)

    basis = current_advice_basis(riverside.patient, today())
    advice = pathway_advice_for(riverside.patient, today())

    assert basis is not None and advice is not None
    assert (basis.reported.age, basis.intake.age) == (60, 61)
    assert OVER_60 in advice.risk_factors


def test_rosa_with_only_a_year_of_birth_keeps_the_age_she_gave(riverside: ClinicPeople) -> None:
    rosa(riverside.patient, year_of_birth=sixty_one_last_month().year)

    basis = current_advice_basis(riverside.patient, today())
    advice = pathway_advice_for(riverside.patient, today())

    assert basis is not None and advice is not None
    assert basis.intake.age == 60
    assert OVER_60 not in advice.risk_factors


def test_a_date_of_birth_also_gives_an_age_the_check_left_unanswered() -> None:
    unanswered = Intake.model_validate({**SAM_INTAKE, "age": None})

    aged = age_today(unanswered, patient_age(today(), None, dt.date(1980, 1, 1)))

    assert aged.age == today().year - 1980  # born on 1 January: this year's birthday has come


def test_an_age_from_a_date_of_birth_stays_within_the_intakes_bounds() -> None:
    reported = Intake.model_validate(SAM_INTAKE)

    assert age_today(reported, patient_age(today(), None, dt.date(1900, 1, 1))).age == 120
