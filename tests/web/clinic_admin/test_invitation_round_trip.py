"""A clinic admin invites someone, copies the link, and the person who follows it joins this
clinic in the role they were invited to."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.web.forms.accounts import InvitationSignupForm
from achillespath.web.models import AuditAction, AuditEvent, Invitation, Patient, Role, User

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a long walk by the river"


def invite(admin: User, email: str, role: str, **details: object) -> str:
    """Invite through the page and return the sign-up link it shows."""
    created = client_for(admin).post(
        "/clinic/invitations/", {"email": email, "role": role, **details}
    )
    assert created.status_code == 302
    page = client_for(admin).get(created["Location"]).content.decode()
    match = re.search(r'id="signup-link"[^>]*>([^<]+)</textarea>', page)
    assert match is not None
    return match.group(1)


def sign_up(link: str, name: str) -> Client:
    client = Client()
    response = client.post(
        link, {"full_name": name, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    return client


def test_an_invited_patient_joins_this_clinic_as_a_patient_with_a_record(
    riverside: ClinicPeople,
) -> None:
    link = invite(riverside.admin, "Robin@Example.org", "patient")

    sign_up(link, "Robin Fox")

    robin = User.objects.get(email="robin@example.org")
    assert (robin.clinic, robin.role) == (riverside.clinic, Role.PATIENT)
    assert Patient.objects.get(user=robin).clinic == riverside.clinic
    assert Invitation.objects.get(email="robin@example.org").used_at is not None


def test_what_the_clinic_knows_about_an_invited_patient_reaches_their_record(
    riverside: ClinicPeople,
) -> None:
    link = invite(riverside.admin, "kit@example.org", "patient", year_of_birth="1975", side="left")

    sign_up(link, "Kit Lane")

    kit = Patient.objects.get(user__email="kit@example.org")
    assert (kit.display_name, kit.year_of_birth, kit.side) == ("Kit Lane", 1975, "left")


def test_a_year_of_birth_in_the_future_is_refused_next_to_the_field(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.admin).post(
        "/clinic/invitations/",
        {"email": "late@example.org", "role": "patient", "year_of_birth": "2099"},
    )

    assert "Enter a year of birth in the past, like 1980" in page.content.decode()
    assert not Invitation.objects.filter(email="late@example.org").exists()


def test_an_invited_clinician_joins_this_clinic_as_a_clinician(riverside: ClinicPeople) -> None:
    link = invite(riverside.admin, "sam.physio@example.org", "clinician")

    client = sign_up(link, "Sam Physio")

    sam = User.objects.get(email="sam.physio@example.org")
    assert (sam.clinic, sam.role) == (riverside.clinic, Role.CLINICIAN)
    assert not Patient.objects.filter(user=sam).exists()
    assert client.get("/clinic/").status_code == 200


def test_the_link_is_absolute_and_works_once(riverside: ClinicPeople) -> None:
    link = invite(riverside.admin, "once@example.org", "patient")

    sign_up(link, "Once Only")

    assert link.startswith("http://testserver/accounts/invitation/")
    assert Client().get(link).status_code == 404


def test_an_invitation_revoked_while_the_sign_up_form_was_open_creates_no_account(
    riverside: ClinicPeople,
) -> None:
    link = invite(riverside.admin, "late@example.org", "patient")
    invitation = Invitation.objects.get(email="late@example.org")
    form = InvitationSignupForm(
        invitation,
        {"full_name": "Sam Late", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert form.is_valid()
    assert Invitation.objects.get(pk=invitation.pk).revoke(by=riverside.admin)

    assert form.save() is None
    assert not User.objects.filter(email="late@example.org").exists()
    assert Invitation.objects.get(pk=invitation.pk).used_at is None
    assert "withdrawn" in Client().get(link).content.decode()


def test_creating_an_invitation_is_audited(riverside: ClinicPeople) -> None:
    invite(riverside.admin, "audited@example.org", "clinician")
    invitation = Invitation.objects.get(email="audited@example.org")

    event = AuditEvent.objects.get(object_type="Invitation")
    assert (event.action, event.object_id, event.clinic_id) == (
        AuditAction.WRITE,
        str(invitation.pk),
        riverside.clinic.pk,
    )
    assert invitation.invited_by == riverside.admin
