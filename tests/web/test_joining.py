"""Someone who registered for the symptom check joins the clinic that invites them: the
invitation's link asks them to log in, not to make a second account, and once they accept,
their account and their record, with their checks, move to that clinic. Only that account may
accept, and only while it belongs to no clinic."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from web.patient.check_walk import SETTLED_MIDPORTION, walk
from web.people import ClinicPeople, client_for

from achillespath.web.joining import join_clinic
from achillespath.web.models import (
    Assessment,
    AuditAction,
    AuditEvent,
    Clinic,
    Invitation,
    Patient,
    Role,
    User,
)

pytestmark = pytest.mark.django_db

OLA = "ola.walker@example.org"
PASSWORD = "a long walk by the river"


def register(email: str = OLA, name: str = "Ola Walker") -> User:
    """Register on the public page, as anyone may, and return the account made."""
    form = {"email": email, "full_name": name, "password1": PASSWORD, "password2": PASSWORD}
    assert Client().post("/accounts/register/", form).status_code == 302
    return User.objects.get(email=email)


def log_in(email: str = OLA, next_url: str = "", client: Client | None = None) -> Any:
    client = client or Client()
    form = {"username": email, "password": PASSWORD, "next": next_url}
    return client.post("/accounts/login/", form)


def invite(admin: User, email: str = OLA, **details: str) -> str:
    """Invite through the clinic admin's page; return the sign-up link the email gives."""
    response = client_for(admin).post(
        "/clinic/invitations/", {"email": email, "role": "patient", **details}
    )
    assert response.status_code == 302, response.content.decode()
    match = re.search(r"^(http://testserver/accounts/invitation/\S+)$", mail.outbox[-1].body, re.M)
    assert match is not None
    return match.group(1)


def words(response: Any) -> str:
    """The page's text, tags left out."""
    return " ".join(re.sub(r"<[^>]+>", "", response.content.decode()).split())


def test_a_registered_patient_is_invited_logs_in_accepts_and_the_clinician_sees_their_check(
    riverside: ClinicPeople,
) -> None:
    ola = register()
    client = Client()
    log_in(client=client)
    walk(client, SETTLED_MIDPORTION)
    check = Assessment.objects.get(patient__user=ola)
    link = invite(riverside.admin)

    invited = Client().get(link)
    join_url = f"/join/{Invitation.objects.get(email=OLA).token}/"
    assert "This email address already has an achillespath account" in words(invited)
    assert 'name="password1"' not in invited.content.decode()  # no new account offered
    logged_in = log_in(next_url=join_url, client=(joiner := Client()))
    assert logged_in["Location"] == join_url
    assert "Join Riverside Clinic" in words(joiner.get(join_url))
    joined = joiner.post(join_url)

    assert joined["Location"] == "/"
    ola.refresh_from_db()
    assert (ola.clinic, ola.role) == (riverside.clinic, Role.PATIENT)
    assert Patient.objects.get(user=ola).clinic == riverside.clinic
    assert Invitation.objects.get(email=OLA).used_at is not None
    assert User.objects.filter(email=OLA).count() == 1
    caseload = client_for(riverside.clinician).get("/clinic/")
    assert "Ola Walker" in words(caseload)
    assert client_for(riverside.clinician).get(f"/check/result/{check.pk}/").status_code == 200


def test_accepting_writes_the_invitation_used_and_the_record_moved_to_the_clinics_log(
    riverside: ClinicPeople,
) -> None:
    ola = register()
    link = invite(riverside.admin, year_of_birth="1980", side="left")
    client = client_for(ola)
    client.post(client.get(link)["Location"])

    used = AuditEvent.objects.get(action=AuditAction.SIGNUP, object_type="Invitation")
    moved = AuditEvent.objects.get(action=AuditAction.WRITE, object_type="Patient", actor=ola)
    record = Patient.objects.get(user=ola)
    assert (used.action, used.object_type, used.clinic_id, used.patient_id) == (
        AuditAction.SIGNUP,
        "Invitation",
        riverside.clinic.pk,
        record.pk,
    )
    assert (moved.action, moved.object_type, moved.clinic_id) == (
        AuditAction.WRITE,
        "Patient",
        riverside.clinic.pk,
    )
    assert moved.changes == {
        "clinic": {"from": Clinic.objects.public().name, "to": "Riverside Clinic"},
        "year_of_birth": {"from": None, "to": 1980},
        "side": {"from": "", "to": "left"},
    }


def test_the_invitations_details_fill_only_what_the_record_lacks(
    riverside: ClinicPeople,
) -> None:
    ola = register()
    Patient.objects.filter(user=ola).update(year_of_birth=1979)
    link = invite(riverside.admin, year_of_birth="1980", side="right")
    client = client_for(ola)

    client.post(client.get(link)["Location"])

    record = Patient.objects.get(user=ola)
    assert (record.year_of_birth, record.side) == (1979, "right")


def test_someone_else_logged_in_is_refused_and_nothing_changes(riverside: ClinicPeople) -> None:
    ola = register()
    register("kit.lane@example.org", "Kit Lane")
    link = invite(riverside.admin)
    kit = client_for(User.objects.get(email="kit.lane@example.org"))

    join_url = kit.get(link)["Location"]
    page, posted = kit.get(join_url), kit.post(join_url)

    assert (page.status_code, posted.status_code) == (403, 403)
    assert f"This invitation is for {OLA}, but you are logged in as kit.lane@example.org" in words(
        posted
    )
    public = Clinic.objects.public()
    assert User.objects.get(pk=ola.pk).clinic == public
    assert Patient.objects.get(user=ola).clinic == public
    assert Patient.objects.get(user__email="kit.lane@example.org").clinic == public
    assert Invitation.objects.get(email=OLA).used_at is None


def test_an_account_that_joined_a_clinic_since_the_invitation_cannot_accept_it(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    ola = register()
    riverside_link = invite(riverside.admin)
    hillside_link = invite(hillside.admin)
    client = client_for(ola)
    client.post(client.get(riverside_link)["Location"], follow=True)

    refused = client.post(f"/join/{Invitation.objects.get(clinic=hillside.clinic).token}/")

    assert refused.status_code == 403
    assert "Riverside" not in words(refused)  # the clinic it belongs to is not named
    assert Patient.objects.get(user=ola).clinic == riverside.clinic
    assert Invitation.objects.get(clinic=hillside.clinic).used_at is None
    # The link itself now asks for a new account, which the form refuses as before.
    assert 'name="password1"' in Client().get(hillside_link).content.decode()


def test_an_invitation_revoked_before_accepting_moves_nothing(riverside: ClinicPeople) -> None:
    ola = register()
    invite(riverside.admin)
    invitation = Invitation.objects.get(email=OLA)
    assert Invitation.objects.get(pk=invitation.pk).revoke(by=riverside.admin)
    request = client_for(ola).get("/").wsgi_request

    assert join_clinic(request, invitation, ola) is None
    assert Patient.objects.get(user=ola).clinic == Clinic.objects.public()
    assert User.objects.get(pk=ola.pk).clinic == Clinic.objects.public()
    assert not AuditEvent.objects.filter(object_type="Invitation", action="signup").exists()


def test_the_invitation_email_says_an_existing_account_logs_in(riverside: ClinicPeople) -> None:
    register()
    invite(riverside.admin)

    body = " ".join(mail.outbox[-1].body.split())
    assert "If you already have an achillespath account with this email address" in body
    assert "symptom" not in body  # an inbox is not a private place
