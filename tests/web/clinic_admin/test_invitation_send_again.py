"""A waiting invitation can be emailed again from its page, when the first email did not arrive:
a POST by an admin of its clinic, audited, saying whether it was sent. Its link then works for a
whole new validity period, and the page and the email say until when. A used, expired or
revoked invitation is not sent again."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import override_settings
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, Invitation
from achillespath.web.models.people import INVITATION_VALID_DAYS

pytestmark = pytest.mark.django_db


def invitation(people: ClinicPeople, email: str, **fields: object) -> Invitation:
    return Invitation.objects.create(clinic=people.clinic, role="patient", email=email, **fields)


def until(moment: datetime) -> str:
    """A time in the words the email and the page use."""
    local = timezone.localtime(moment)
    return f"until {local:%H:%M %Z} on {local.day} {local:%B %Y}"


def send_again(people: ClinicPeople, pk: int) -> str:
    """Press "Send again" and return the page it leads to."""
    response = client_for(people.admin).post(f"/clinic/invitations/{pk}/send-again/", follow=True)
    assert response.redirect_chain == [(f"/clinic/invitations/{pk}/", 302)]
    return str(response.content.decode())


def test_the_page_of_a_waiting_invitation_offers_to_send_it_again(
    riverside: ClinicPeople,
) -> None:
    waiting = invitation(riverside, "offer@example.org")

    page = client_for(riverside.admin).get(f"/clinic/invitations/{waiting.pk}/").content.decode()

    assert f'action="/clinic/invitations/{waiting.pk}/send-again/"' in page
    assert ">Send again</button>" in page


def test_sending_again_emails_the_same_link_and_is_audited(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "again@example.org")

    page = send_again(riverside, waiting.pk)

    (email,) = mail.outbox
    assert email.to == ["again@example.org"]
    assert f"/accounts/invitation/{waiting.token}/\n" in email.body
    assert "The invitation has been emailed to again@example.org." in page
    event = AuditEvent.objects.get(object_type="Invitation")
    assert (event.action, event.object_id) == (AuditAction.WRITE, str(waiting.pk))


def test_a_link_sent_again_the_day_before_it_expires_works_for_a_new_period_from_then(
    riverside: ClinicPeople,
) -> None:
    """Robin's invitation email went to spam; the admin sends it again 13 days later."""
    nearly_expired = invitation(
        riverside, "robin@example.org", expires_at=timezone.now() + timedelta(days=1)
    )

    before = timezone.now()
    page = send_again(riverside, nearly_expired.pk)
    after = timezone.now()

    expires_at = Invitation.objects.get(pk=nearly_expired.pk).expires_at
    valid_for = timedelta(days=INVITATION_VALID_DAYS)
    assert before + valid_for <= expires_at <= after + valid_for
    (email,) = mail.outbox
    assert f"The link works once, {until(expires_at)}." in email.body
    assert (
        f"Its link now works for {INVITATION_VALID_DAYS} days from now, {until(expires_at)}."
        in page
    )


def test_when_the_mail_server_fails_the_page_says_so_and_gives_the_link(
    riverside: ClinicPeople, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(backend: EmailBackend, messages: object) -> int:
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    waiting = invitation(riverside, "down@example.org")

    page = send_again(riverside, waiting.pk)

    assert "The invitation email to down@example.org could not be sent." in page
    assert f"/accounts/invitation/{waiting.token}/</textarea>" in page
    assert Invitation.objects.get(pk=waiting.pk).is_usable(timezone.now())


@pytest.mark.parametrize(
    "fields",
    [
        {"used_at": timezone.now()},
        {"expires_at": timezone.now() - timedelta(days=1)},
        {"revoked_at": timezone.now()},
    ],
    ids=["used", "expired", "revoked"],
)
def test_an_invitation_that_can_no_longer_be_used_is_not_sent_again_or_renewed(
    riverside: ClinicPeople, fields: dict[str, object]
) -> None:
    old = invitation(riverside, "old@example.org", **fields)

    page = send_again(riverside, old.pk)

    assert mail.outbox == []
    assert "The invitation for old@example.org can no longer be used, so it was not sent" in page
    assert Invitation.objects.get(pk=old.pk).expires_at == old.expires_at
    assert not AuditEvent.objects.filter(object_type="Invitation").exists()


def test_another_clinics_admin_cannot_send_it_again(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    theirs = invitation(hillside, "theirs@example.org")

    response = client_for(riverside.admin).post(f"/clinic/invitations/{theirs.pk}/send-again/")

    assert response.status_code == 404
    assert mail.outbox == []


def test_sending_again_needs_a_post_so_a_link_cannot_send(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "get@example.org")

    response = client_for(riverside.admin).get(f"/clinic/invitations/{waiting.pk}/send-again/")

    assert response.status_code == 405
    assert mail.outbox == []


def test_sending_again_needs_the_csrf_token(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "csrf@example.org")
    admin = client_for(riverside.admin)
    admin.handler.enforce_csrf_checks = True

    response = admin.post(f"/clinic/invitations/{waiting.pk}/send-again/")

    assert response.status_code == 403
    assert mail.outbox == []


def test_with_no_mail_server_the_page_offers_no_send_again(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "outbox@example.org")

    with override_settings(EMAIL_BACKEND=settings.FILE_EMAIL_BACKEND):
        page = client_for(riverside.admin).get(f"/clinic/invitations/{waiting.pk}/")

    assert "Send again" not in page.content.decode()
