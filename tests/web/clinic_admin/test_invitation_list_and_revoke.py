"""The clinic's invitations are listed as waiting, used, expired or revoked; a waiting one can be
revoked, and its link stops working. A revoked invitation is kept: the clinic admin sees when and
by whom it was revoked, and the person who follows its link is told the clinic withdrew it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from web.people import ClinicPeople, client_for, make_user

from achillespath.web.models import AuditAction, AuditEvent, Invitation, Role

pytestmark = pytest.mark.django_db


def invitation(people: ClinicPeople, email: str, **fields: object) -> Invitation:
    return Invitation.objects.create(clinic=people.clinic, role="patient", email=email, **fields)


def shown(moment: datetime) -> str:
    """A time as the invitation's page shows it: 5 Dec 2026 14:05."""
    local = timezone.localtime(moment)
    return f"{local.day} {local:%b %Y %H:%M}"


def test_each_invitation_shows_whether_it_is_waiting_used_or_expired(
    riverside: ClinicPeople,
) -> None:
    now = timezone.now()
    invitation(riverside, "waiting@example.org")
    invitation(riverside, "used@example.org", used_at=now)
    invitation(riverside, "expired@example.org", expires_at=now - timedelta(days=1))
    invitation(riverside, "revoked@example.org", revoked_at=now)

    page = client_for(riverside.admin).get("/clinic/invitations/").content.decode()

    statuses = [
        ("waiting", "Waiting"),
        ("used", "Used"),
        ("expired", "Expired"),
        ("revoked", "Revoked"),
    ]
    for email, status in statuses:
        row = page[page.index(f"{email}@example.org") :]
        assert f">{status}</strong>" in row[: row.index("</tr>")]


@override_settings(INVITATION_RETENTION_DAYS=30)
def test_the_list_says_how_long_an_unused_invitation_is_kept(riverside: ClinicPeople) -> None:
    invitation(riverside, "expired@example.org", expires_at=timezone.now() - timedelta(days=1))

    page = client_for(riverside.admin).get("/clinic/invitations/").content.decode()

    words = " ".join(page.split())
    assert "deleted, with the email address and details they hold, 30 days after" in words


def test_another_clinics_invitations_are_not_listed_or_shown(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    theirs = invitation(hillside, "theirs@example.org")
    their_revoked = invitation(hillside, "gone@example.org")
    client_for(hillside.admin).post(f"/clinic/invitations/{their_revoked.pk}/revoke/")
    admin = client_for(riverside.admin)

    listed = admin.get("/clinic/invitations/").content.decode()
    assert "theirs@example.org" not in listed and "gone@example.org" not in listed
    assert admin.get(f"/clinic/invitations/{theirs.pk}/").status_code == 404
    assert admin.get(f"/clinic/invitations/{their_revoked.pk}/").status_code == 404
    assert admin.post(f"/clinic/invitations/{theirs.pk}/revoke/").status_code == 404
    assert Invitation.objects.get(pk=theirs.pk).is_usable(timezone.now())


def test_revoking_a_waiting_invitation_stops_its_link_and_is_audited(
    riverside: ClinicPeople,
) -> None:
    waiting = invitation(riverside, "revoke@example.org")

    response = client_for(riverside.admin).post(f"/clinic/invitations/{waiting.pk}/revoke/")

    assert response.status_code == 302
    assert Client().get(f"/accounts/invitation/{waiting.token}/").status_code == 404
    revoked = Invitation.objects.get(pk=waiting.pk)
    assert revoked.revoked_by == riverside.admin
    assert revoked.revoked_at is not None and not revoked.is_usable(timezone.now())
    event = AuditEvent.objects.get(object_type="Invitation")
    assert (event.action, event.object_id) == (AuditAction.WRITE, str(waiting.pk))


def test_a_revocation_is_a_change_in_the_audit_log_filter_not_a_deletion(
    riverside: ClinicPeople,
) -> None:
    """The invitation is kept as revoked, so "Delete" must not list it; "Write" does."""
    waiting = invitation(riverside, "revoke@example.org")
    admin = client_for(riverside.admin)
    admin.post(f"/clinic/invitations/{waiting.pk}/revoke/")

    deleted = admin.get("/clinic/audit-log/?action=delete").content.decode()
    written = admin.get("/clinic/audit-log/?action=write").content.decode()

    assert "No events match these filters." in deleted
    assert f"Invitation {waiting.pk}" in written


def test_the_admin_sees_a_revoked_invitation_with_when_and_by_whom_and_no_buttons(
    riverside: ClinicPeople,
) -> None:
    """Another admin of the clinic opens the invitation a colleague revoked."""
    waiting = invitation(riverside, "withdrawn@example.org")
    client_for(riverside.admin).post(f"/clinic/invitations/{waiting.pk}/revoke/")
    colleague = make_user("second.admin@riverside.example", Role.CLINIC_ADMIN, riverside.clinic)
    revoked_at = Invitation.objects.get(pk=waiting.pk).revoked_at
    assert revoked_at is not None

    response = client_for(colleague).get(f"/clinic/invitations/{waiting.pk}/")

    page = " ".join(response.content.decode().split())
    assert response.status_code == 200
    assert "Invitation for withdrawn@example.org" in page
    assert f"Revoked on {shown(revoked_at)} by admin@riverside.example" in page
    assert "This invitation can no longer be used." in page
    assert waiting.token not in page
    assert "/send-again/" not in page and "/revoke/" not in page


def test_a_revoked_invitation_whose_revoker_has_gone_says_when_only(
    riverside: ClinicPeople,
) -> None:
    now = timezone.now()
    revoked = invitation(riverside, "old@example.org", revoked_at=now)

    page = client_for(riverside.admin).get(f"/clinic/invitations/{revoked.pk}/").content.decode()

    assert f"Revoked on {shown(now)}</dd>" in page


def test_the_person_who_follows_a_revoked_link_is_told_the_clinic_withdrew_it(
    riverside: ClinicPeople,
) -> None:
    waiting = invitation(riverside, "withdrawn@example.org")
    client_for(riverside.admin).post(f"/clinic/invitations/{waiting.pk}/revoke/")

    response = Client().get(f"/accounts/invitation/{waiting.token}/")

    page = " ".join(response.content.decode().split())
    assert response.status_code == 404
    assert "This invitation link does not work" in page
    assert "The clinic that invited you has withdrawn this invitation" in page
    assert "Contact the clinic if you have any questions about it." in page
    # No more than an expired link's page says: not the clinic, the address or the role.
    for detail in ("Riverside", "withdrawn@example.org", "patient"):
        assert detail not in page


def test_an_expired_link_does_not_say_it_was_withdrawn(riverside: ClinicPeople) -> None:
    expired = invitation(riverside, "late@example.org", expires_at=timezone.now())

    page = Client().get(f"/accounts/invitation/{expired.token}/").content.decode()

    assert "withdrawn" not in page
    assert "may have expired (links last 14 days)" in " ".join(page.split())


def test_a_revoked_address_can_be_invited_again(riverside: ClinicPeople) -> None:
    first = invitation(riverside, "again@example.org")
    admin = client_for(riverside.admin)
    admin.post(f"/clinic/invitations/{first.pk}/revoke/")

    response = admin.post("/clinic/invitations/", {"email": "again@example.org", "role": "patient"})

    assert response.status_code == 302
    second = Invitation.objects.exclude(pk=first.pk).get(email="again@example.org")
    assert second.is_usable(timezone.now())


def test_an_invitation_revoked_already_is_not_revoked_again(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "twice@example.org")
    admin = client_for(riverside.admin)
    admin.post(f"/clinic/invitations/{waiting.pk}/revoke/")
    first = Invitation.objects.get(pk=waiting.pk).revoked_at

    page = admin.post(f"/clinic/invitations/{waiting.pk}/revoke/", follow=True).content.decode()

    assert "The invitation for twice@example.org was no longer waiting." in page
    assert Invitation.objects.get(pk=waiting.pk).revoked_at == first
    assert AuditEvent.objects.filter(object_type="Invitation").count() == 1


def test_a_used_invitation_cannot_be_revoked(riverside: ClinicPeople) -> None:
    used = invitation(riverside, "kept@example.org", used_at=timezone.now())

    client_for(riverside.admin).post(f"/clinic/invitations/{used.pk}/revoke/")

    assert Invitation.objects.get(pk=used.pk).revoked_at is None


def test_revoking_needs_a_post_so_a_link_cannot_revoke(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "get@example.org")

    response = client_for(riverside.admin).get(f"/clinic/invitations/{waiting.pk}/revoke/")

    assert response.status_code == 405
    assert Invitation.objects.get(pk=waiting.pk).revoked_at is None


def test_a_used_invitation_shows_no_link_and_says_why_it_cannot_be_sent_again(
    riverside: ClinicPeople,
) -> None:
    """Inviting the same address again is refused while its account exists; the page says so
    instead of suggesting a new invitation."""
    used = invitation(riverside, "done@example.org", used_at=timezone.now())

    response = client_for(riverside.admin).get(f"/clinic/invitations/{used.pk}/")

    page = " ".join(response.content.decode().split())
    assert used.token not in page
    assert "This invitation can no longer be used: it was used to create an account" in page
    assert "cannot be invited again while that account exists" in page
    assert "create a new invitation" not in page


def test_an_expired_invitation_says_expired_not_expires(riverside: ClinicPeople) -> None:
    expired_at = timezone.now() - timedelta(days=20)
    late = invitation(riverside, "late@example.org", expires_at=expired_at)
    admin = client_for(riverside.admin)

    page = " ".join(admin.get(f"/clinic/invitations/{late.pk}/").content.decode().split())
    listed = " ".join(admin.get("/clinic/invitations/").content.decode().split())

    assert f'Expired</dt> <dd class="nhsuk-summary-list__value">{shown(expired_at)}' in page
    assert f"Expired {shown(expired_at)}" in listed
    assert "Expires" not in page and f"Expires {shown(expired_at)}" not in listed


def test_a_used_or_revoked_invitation_says_when_it_was_used_or_revoked_not_when_it_expires(
    riverside: ClinicPeople,
) -> None:
    used_at, revoked_at = timezone.now() - timedelta(days=2), timezone.now() - timedelta(days=1)
    used = invitation(riverside, "used@example.org", used_at=used_at)
    revoked = invitation(riverside, "revoked@example.org", revoked_at=revoked_at)
    admin = client_for(riverside.admin)

    listed = " ".join(admin.get("/clinic/invitations/").content.decode().split())

    for email, words in (
        ("used", f"Used on {shown(used_at)}"),
        ("revoked", f"Revoked on {shown(revoked_at)}"),
    ):
        row = listed[listed.index(f"{email}@example.org") :]
        row = row[: row.index("</tr>")]
        assert words in row
        assert "Expires" not in row and "Expired" not in row
    for item in (used, revoked):
        page = admin.get(f"/clinic/invitations/{item.pk}/").content.decode()
        assert "Expires" not in page and "Expired" not in page
