"""The programmes are for adults (HAZ-12): a patient under 18 by year of birth is refused any
programme, and one who may still be 17 needs the clinician to confirm they are an adult."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web.clinician.records import today
from web.people import ClinicPeople, client_for

from achillespath.web.models import Patient, Prescription

pytestmark = pytest.mark.django_db


def born_years_ago(patient: Patient, years: int) -> int:
    patient.year_of_birth = today().year - years
    patient.save()
    return patient.year_of_birth


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
