"""Clinician-only examination questions are asked of clinic staff, never of patients."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import START
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db

CLINICIAN_ONLY = "/check/calf_squeeze_foot_moves/"
BEFORE_IT = (
    ("breathless_or_chest_pain", "no"),
    ("onset", "gradual"),
    ("heard_snap", "no"),
    ("can_bear_weight", "yes"),
    ("calf_swelling", "no"),
    ("fever", "no"),
    ("hot_red_swelling", "no"),
)


def next_after_age(client: Client) -> str:
    """Where the check goes after the red-flag questions and age (asked straight after them)."""
    client.post(START)
    for field, value in BEFORE_IT:
        client.post(f"/check/{field}/", {field: value})
    location: str = client.post("/check/age/", {"age": "40"})["Location"]
    return location


def test_an_anonymous_person_is_not_asked_the_calf_squeeze_test() -> None:
    assert next_after_age(Client()) == "/check/can_single_leg_heel_raise/"


def test_a_patient_is_not_asked_the_calf_squeeze_test(riverside: ClinicPeople) -> None:
    client = client_for(riverside.patient_user)

    assert next_after_age(client) == "/check/can_single_leg_heel_raise/"


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_are_asked_the_calf_squeeze_test(riverside: ClinicPeople, role: str) -> None:
    client = client_for(getattr(riverside, role))

    assert next_after_age(client) == CLINICIAN_ONLY


def test_a_patient_cannot_open_a_clinician_only_question(riverside: ClinicPeople) -> None:
    client = client_for(riverside.patient_user)
    client.post(START)

    assert client.get(CLINICIAN_ONLY)["Location"] == "/check/breathless_or_chest_pain/"
