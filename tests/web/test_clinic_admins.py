"""A clinic and its first clinic admin, made from the command line: bad input names its field
and makes nothing."""

from __future__ import annotations

import pytest
from django.test import Client
from web.people import ClinicPeople

from achillespath.web.clinic_admins import AccountError, create_clinic_admin
from achillespath.web.models import Clinic, Role, User

pytestmark = pytest.mark.django_db

PASSWORD = "tendon-loading-2026"


def test_a_new_clinic_is_made_with_its_admin_who_can_log_in_to_the_caseload() -> None:
    made = create_clinic_admin("  Northgate   MSK Clinic ", "Lead@Northgate.example", PASSWORD)

    assert made.is_new_clinic
    assert (made.clinic.name, made.clinic.slug) == ("Northgate MSK Clinic", "northgate-msk-clinic")
    assert (made.admin.email, made.admin.role, made.admin.clinic) == (
        "lead@northgate.example",
        Role.CLINIC_ADMIN,
        made.clinic,
    )
    assert not made.admin.is_staff
    client = Client()
    client.post("/accounts/login/", {"username": "lead@northgate.example", "password": PASSWORD})
    assert client.get("/")["Location"] == "/clinic/"


def test_a_clinic_with_that_name_gets_another_admin(riverside: ClinicPeople) -> None:
    made = create_clinic_admin("riverside clinic", "second@riverside.example", PASSWORD)

    assert (made.is_new_clinic, made.clinic) == (False, riverside.clinic)


def test_a_new_clinic_whose_slug_is_taken_gets_a_numbered_one(riverside: ClinicPeople) -> None:
    Clinic.objects.create(name="Old name", slug="north")

    made = create_clinic_admin("North", "lead@north.example", PASSWORD)

    assert made.clinic.slug == "north-2"


@pytest.mark.parametrize(
    ("clinic", "email", "password", "message"),
    [
        ("   ", "a@b.example", PASSWORD, "--clinic: give the clinic's name"),
        ("x" * 201, "a@b.example", PASSWORD, "--clinic: the name must be 200 characters"),
        ("Public symptom check", "a@b.example", PASSWORD, "--clinic: this is the built-in"),
        ("North", "not an email", PASSWORD, "--email: enter an email address like"),
        ("North", "Admin@Riverside.example", PASSWORD, "--email: an account with this email"),
        ("North", "a@b.example", "short", "password: This password is too short."),
    ],
)
def test_bad_input_names_its_field_and_makes_nothing(
    riverside: ClinicPeople, clinic: str, email: str, password: str, message: str
) -> None:
    clinics, users = Clinic.objects.count(), User.objects.count()

    with pytest.raises(AccountError) as error:
        create_clinic_admin(clinic, email, password)

    assert str(error.value).startswith(message)
    assert (Clinic.objects.count(), User.objects.count()) == (clinics, users)
