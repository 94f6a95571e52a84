"""The clinic's invitations are listed as waiting, used or expired; a waiting one can be
revoked, and its link stops working."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, Invitation

pytestmark = pytest.mark.django_db


def invitation(people: ClinicPeople, email: str, **fields: object) -> Invitation:
    return Invitation.objects.create(clinic=people.clinic, role="patient", email=email, **fields)


def test_each_invitation_shows_whether_it_is_waiting_used_or_expired(
    riverside: ClinicPeople,
) -> None:
    now = timezone.now()
    invitation(riverside, "waiting@example.org")
    invitation(riverside, "used@example.org", used_at=now)
    invitation(riverside, "expired@example.org", expires_at=now - timedelta(days=1))

    page = client_for(riverside.admin).get("/clinic/invitations/").content.decode()

    for email, status in [("waiting", "Waiting"), ("used", "Used"), ("expired", "Expired")]:
        row = page[page.index(f"{email}@example.org") :]
        assert f">{status}</strong>" in row[: row.index("</tr>")]


def test_another_clinics_invitations_are_not_listed_or_shown(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    theirs = invitation(hillside, "theirs@example.org")
    admin = client_for(riverside.admin)

    assert "theirs@example.org" not in admin.get("/clinic/invitations/").content.decode()
    assert admin.get(f"/clinic/invitations/{theirs.pk}/").status_code == 404
    assert admin.post(f"/clinic/invitations/{theirs.pk}/revoke/").status_code == 404
    assert Invitation.objects.filter(pk=theirs.pk).exists()


def test_revoking_a_waiting_invitation_stops_its_link_and_is_audited(
    riverside: ClinicPeople,
) -> None:
    waiting = invitation(riverside, "revoke@example.org")

    response = client_for(riverside.admin).post(f"/clinic/invitations/{waiting.pk}/revoke/")

    assert response.status_code == 302
    assert Client().get(f"/accounts/invitation/{waiting.token}/").status_code == 404
    event = AuditEvent.objects.get(object_type="Invitation")
    assert (event.action, event.object_id) == (AuditAction.DELETE, str(waiting.pk))


def test_a_used_invitation_cannot_be_revoked(riverside: ClinicPeople) -> None:
    used = invitation(riverside, "kept@example.org", used_at=timezone.now())

    client_for(riverside.admin).post(f"/clinic/invitations/{used.pk}/revoke/")

    assert Invitation.objects.filter(pk=used.pk).exists()


def test_revoking_needs_a_post_so_a_link_cannot_revoke(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "get@example.org")

    response = client_for(riverside.admin).get(f"/clinic/invitations/{waiting.pk}/revoke/")

    assert response.status_code == 405
    assert Invitation.objects.filter(pk=waiting.pk).exists()


def test_a_used_invitation_shows_no_link(riverside: ClinicPeople) -> None:
    used = invitation(riverside, "done@example.org", used_at=timezone.now())

    page = client_for(riverside.admin).get(f"/clinic/invitations/{used.pk}/").content.decode()

    assert used.token not in page
    assert "This invitation can no longer be used." in page
