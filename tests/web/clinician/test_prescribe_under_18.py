"""The programmes are for adults (HAZ-12): a patient under 18 is refused any programme. By a
recorded date of birth the age is exact; by a year of birth alone, a patient who may still be
17 needs the clinician to confirm they are an adult."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from web.clinician.records import today
from web.people import ClinicPeople, client_for

from achillespath.web.forms.clinician import PrescriptionForm
from achillespath.web.models import Patient, Prescription
from achillespath.web.patient_age import patient_age

pytestmark = pytest.mark.django_db


def born_years_ago(patient: Patient, years: int) -> int:
    patient.year_of_birth = today().year - years
    patient.save()
    return patient.year_of_birth


def born_on_new_year_years_ago(patient: Patient, years: int) -> dt.date:
    """A date of birth whose birthday has come every day of this year: exactly `years` old."""
    patient.date_of_birth = dt.date(today().year - years, 1, 1)
    patient.year_of_birth = patient.date_of_birth.year
    patient.save()
    return patient.date_of_birth


def post(people: ClinicPeople, **changes: Any) -> Any:
    return client_for(people.clinician).post(
        reverse("clinician:prescribe", args=[people.patient.pk]),
        {
            "programme": "midportion",
            "start_date": today().isoformat(),
            "starting_load_kg": "0",
            "side": "right",
            **changes,
        },
    )


def test_a_child_born_six_years_ago_is_refused_the_heavy_load_programme(
    riverside: ClinicPeople,
) -> None:
    # Admin review: a child born in 2020 was given "Heavy-load heel-lowering. Twice a day".
    year = born_years_ago(riverside.patient, 6)

    response = post(riverside)

    page = response.content.decode()
    assert response.status_code == 200
    assert page.count(f"Born in {year}, the patient is under 18.") == 2  # summary and field
    assert "These programmes are for adults (18 and over) only" in page
    assert not Prescription.objects.exists()


def test_a_child_is_refused_even_with_the_adult_box_ticked(riverside: ClinicPeople) -> None:
    born_years_ago(riverside.patient, 17)

    post(riverside, confirm_adult="on", programme="silbernagel")

    assert not Prescription.objects.exists()


def test_the_form_warns_before_anything_is_typed_that_the_patient_is_under_18(
    riverside: ClinicPeople,
) -> None:
    year = born_years_ago(riverside.patient, 10)

    page = client_for(riverside.clinician).get(
        reverse("clinician:prescribe", args=[riverside.patient.pk])
    )

    assert f"Born in {year}, the patient is under 18, so none of these programmes" in (
        page.content.decode()
    )


def test_a_patient_who_turns_18_this_year_needs_the_clinician_to_confirm_their_age(
    riverside: ClinicPeople,
) -> None:
    year = born_years_ago(riverside.patient, 18)

    refused = post(riverside).content.decode()
    confirmed = post(riverside, confirm_adult="on")

    assert f"Born in {year}, the patient may be under 18 until their birthday" in refused
    assert "Yes, I have checked: the patient is 18 or over" in refused
    assert confirmed.status_code == 302
    assert Prescription.objects.get(patient=riverside.patient).programme == "midportion"


@pytest.mark.parametrize("years", [19, 45, None])
def test_an_adult_or_a_patient_with_no_year_of_birth_needs_no_confirmation(
    riverside: ClinicPeople, years: int | None
) -> None:
    # An unknown age counts as adult, as in the symptom check (HAZ-12's residual risk).
    if years is not None:
        born_years_ago(riverside.patient, years)

    assert post(riverside).status_code == 302


def prescription_on_22_november_2026(date_of_birth: dt.date | None, year: int) -> PrescriptionForm:
    day = dt.date(2026, 11, 22)
    data = {"programme": "midportion", "start_date": day, "starting_load_kg": 0, "side": "right"}
    age = patient_age(day, year, date_of_birth)
    return PrescriptionForm(data, today=day, has_insertional_pain=False, age=age)


def test_leo_born_on_1_december_2008_is_17_and_refused_any_programme() -> None:
    form = prescription_on_22_november_2026(dt.date(2008, 12, 1), 2008)

    assert not form.is_valid()
    assert form.errors["programme"] == [
        "Born on 1 December 2008, the patient is 17. These programmes are for adults (18 and "
        "over) only, so none can be prescribed here: a clinician plans their care outside this "
        "service."
    ]
    assert not form.needs_adult_confirmation  # the date settles it: no box to tick


def test_mia_born_on_1_november_2008_is_18_and_needs_no_confirmation() -> None:
    form = prescription_on_22_november_2026(dt.date(2008, 11, 1), 2008)

    assert form.is_valid()
    assert not form.needs_adult_confirmation


def test_born_in_2008_with_no_date_of_birth_keeps_the_uncertain_wording() -> None:
    form = prescription_on_22_november_2026(None, 2008)

    assert not form.is_valid()
    assert form.errors["programme"][0].startswith(
        "Born in 2008, the patient may be under 18 until their birthday this year"
    )
    assert form.needs_adult_confirmation


def test_the_prescribing_page_gives_the_exact_age_from_the_date_of_birth(
    riverside: ClinicPeople,
) -> None:
    born = born_on_new_year_years_ago(riverside.patient, 17)

    page = post(riverside, confirm_adult="on").content.decode()

    said = f"Born on 1 January {born.year}, the patient is 17"
    assert page.count(f"{said}. These programmes are for adults") == 2  # summary and field
    assert f"{said}, so none of these programmes can be prescribed" in page
    assert not Prescription.objects.exists()


def test_a_patient_18_by_date_of_birth_needs_no_confirmation_though_the_year_would(
    riverside: ClinicPeople,
) -> None:
    born_on_new_year_years_ago(riverside.patient, 18)

    assert post(riverside).status_code == 302
