"""The invitation form names each problem next to its field and keeps what was typed."""

from __future__ import annotations

import pytest
from django.utils import timezone
from web.people import PASSWORD, ClinicPeople, client_for, make_user

from achillespath.web.models import Clinic, Invitation, Patient, Role, User

pytestmark = pytest.mark.django_db


def post(people: ClinicPeople, data: dict[str, str]) -> str:
    response = client_for(people.admin).post("/clinic/invitations/", data)
    assert response.status_code == 200
    return response.content.decode()


def test_an_empty_form_asks_for_the_email_and_the_role(riverside: ClinicPeople) -> None:
    page = post(riverside, {})

    assert page.count("Enter the email address of the person to invite") == 2
    assert page.count("Choose whether you are inviting a patient or a clinician") == 2
    assert "<title>Error: Invite patients and clinicians" in page
    assert not Invitation.objects.exists()


def test_a_malformed_email_is_explained_and_kept(riverside: ClinicPeople) -> None:
    page = post(riverside, {"email": "robin at example", "role": "patient"})

    assert "Enter an email address in the correct format, like name@example.com" in page
    assert 'value="robin at example"' in page
    assert 'value="patient" checked' in page


AT_A_CLINIC = "An account with this email address already belongs to a clinic"


@pytest.mark.parametrize(
    ("email", "role"),
    [
        ("Clinician@Riverside.Example", "clinician"),  # this clinic's clinician
        ("patient@riverside.example", "patient"),  # this clinic's patient
        ("patient@hillside.example", "patient"),  # another clinic's patient
        ("admin@hillside.example", "clinician"),  # another clinic's admin
    ],
)
def test_an_account_at_a_clinic_is_refused_without_naming_the_clinic(
    riverside: ClinicPeople, hillside: ClinicPeople, email: str, role: str
) -> None:
    page = post(riverside, {"email": email, "role": role})

    assert f"{AT_A_CLINIC}, so it cannot be invited." in page
    assert "Hillside" not in page
    assert not Invitation.objects.exists()


def test_a_staff_account_is_refused(riverside: ClinicPeople) -> None:
    User.objects.create_superuser("staff@example.org", "a staff password")

    assert AT_A_CLINIC in post(riverside, {"email": "staff@example.org", "role": "patient"})


def test_a_deleted_account_is_refused_saying_it_was_deleted_and_kept(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    client_for(hillside.patient_user).post("/my-data/delete/", {"password": PASSWORD})

    page = " ".join(
        post(riverside, {"email": "patient@hillside.example", "role": "patient"}).split()
    )

    assert "An account with this email address was deleted, so it cannot be invited." in page
    assert "Health records must be kept for a time by law" in page
    assert "already" not in page.split("<main", 1)[1].split("</main>", 1)[0]
    assert not Invitation.objects.exists()


def test_a_self_registered_patient_may_be_invited_as_a_patient_only(
    riverside: ClinicPeople,
) -> None:
    public = Clinic.objects.public()
    make_user("ola.walker@example.org", Role.PATIENT, public)
    Patient.objects.create(user=User.objects.get(email="ola.walker@example.org"), clinic=public)

    page = post(riverside, {"email": "ola.walker@example.org", "role": "clinician"})
    invited = client_for(riverside.admin).post(
        "/clinic/invitations/", {"email": "ola.walker@example.org", "role": "patient"}
    )

    assert "it can be invited as a patient only" in page
    assert invited.status_code == 302
    assert Invitation.objects.get().role == Role.PATIENT


def test_an_email_with_a_waiting_invitation_is_not_invited_twice(
    riverside: ClinicPeople,
) -> None:
    Invitation.objects.create(clinic=riverside.clinic, role="patient", email="twice@example.org")

    page = post(riverside, {"email": "twice@example.org", "role": "patient"})

    assert "This email address already has an invitation waiting." in page
    assert Invitation.objects.count() == 1


@pytest.mark.parametrize("role", ["clinic_admin", "superuser"])
def test_only_patients_and_clinicians_can_be_invited(riverside: ClinicPeople, role: str) -> None:
    page = post(riverside, {"email": "boss@example.org", "role": role})

    assert "Choose whether you are inviting a patient or a clinician" in page
    assert not Invitation.objects.exists()


def test_a_patient_born_in_2020_is_refused_naming_the_year_of_birth_and_why(
    riverside: ClinicPeople,
) -> None:
    # Admin review: a child was invited, then given the adult heavy-load programme.
    year = timezone.localdate().year - 6

    page = post(riverside, {"email": "young@example.org", "role": "patient", "year_of_birth": year})

    assert page.count(f"Someone born in {year} is under 18.") == 2  # summary and field
    assert "achillespath is for adults (18 and over) only" in page
    assert f'value="{year}"' in page
    assert not Invitation.objects.exists()


def test_a_patient_who_may_still_be_17_can_be_invited(riverside: ClinicPeople) -> None:
    year = timezone.localdate().year - 18  # 17 or 18 this year: checked again at prescribing

    response = client_for(riverside.admin).post(
        "/clinic/invitations/",
        {"email": "nearly@example.org", "role": "patient", "year_of_birth": year},
    )

    assert response.status_code == 302
    assert Invitation.objects.get().year_of_birth == year


@pytest.mark.parametrize("year", ["1975", "2020", "2099", "nineteen"])
def test_a_year_of_birth_sent_with_a_clinician_invitation_is_ignored_not_stored(
    riverside: ClinicPeople, year: str
) -> None:
    # Typed before the role was changed to clinician, it must not block the invitation.
    response = client_for(riverside.admin).post(
        "/clinic/invitations/",
        {"email": "doc@example.org", "role": "clinician", "year_of_birth": year, "side": "left"},
    )

    assert response.status_code == 302
    invited = Invitation.objects.get()
    assert (invited.role, invited.year_of_birth, invited.side) == ("clinician", None, "")


def test_the_form_says_a_year_of_birth_and_side_are_for_patients_only(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.admin).get("/clinic/invitations/").content.decode()

    assert "Year of birth (patients only)" in page
    assert "Leave it empty for a clinician: it is not kept for them." in page
    assert "Side affected (patients only)" in page
