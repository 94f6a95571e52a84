"""A new invitation is emailed to the person invited: which clinic, as what, the link and when
it expires, and nothing about their health. With no mail server set up, or when the email
cannot be sent, the invitation is kept and its page gives the link to pass on by hand."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import override_settings
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.invitation_email import invitation_email
from achillespath.web.models import Invitation, User

pytestmark = pytest.mark.django_db


def invite(admin: User, email: str, role: str = "patient") -> str:
    """Invite through the page, follow it to the invitation's page and return that page."""
    client = client_for(admin)
    created = client.post("/clinic/invitations/", {"email": email, "role": role})
    assert created.status_code == 302
    return client.get(created["Location"]).content.decode()


def signup_link(page: str) -> str:
    match = re.search(r'id="signup-link"[^>]*>([^<]+)</textarea>', page)
    assert match is not None
    return match.group(1)


def expiry_words(invitation: Invitation) -> str:
    local = timezone.localtime(invitation.expires_at)
    return f"until {local:%H:%M %Z} on {local.day} {local:%B %Y}"


def test_the_invitation_is_emailed_with_the_clinic_the_role_the_link_and_the_expiry(
    riverside: ClinicPeople,
) -> None:
    page = invite(riverside.admin, "robin@example.org")

    (email,) = mail.outbox
    invitation = Invitation.objects.get(email="robin@example.org")
    assert email.to == ["robin@example.org"]
    assert email.subject == "Your invitation to use achillespath with Riverside Clinic"
    assert "Riverside Clinic has invited you to use achillespath as a patient." in email.body
    assert f"\n{signup_link(page)}\n" in email.body
    assert signup_link(page).startswith("http://testserver/accounts/invitation/")
    assert f"The link works once, {expiry_words(invitation)}." in email.body
    assert "If you did not expect this email, you can ignore it." in email.body


def test_a_clinician_is_told_they_are_invited_as_a_clinician(riverside: ClinicPeople) -> None:
    invite(riverside.admin, "sam@example.org", role="clinician")

    (email,) = mail.outbox
    assert "as a clinician." in email.body


def test_the_email_says_nothing_about_the_persons_health(riverside: ClinicPeople) -> None:
    invite(riverside.admin, "private@example.org")

    (email,) = mail.outbox
    for word in ("tendon", "pain", "injury", "diagnos", "symptom", "Achilles "):
        assert word not in email.subject + email.body


def test_the_page_says_the_invitation_was_emailed_and_still_shows_the_link(
    riverside: ClinicPeople,
) -> None:
    page = invite(riverside.admin, "shown@example.org")

    invitation = Invitation.objects.get(email="shown@example.org")
    assert "The invitation has been emailed to shown@example.org." in page
    assert f"The link works {expiry_words(invitation)}." in page
    assert "If the email does not arrive" in page
    assert signup_link(page)


def test_a_refused_form_emails_nobody(riverside: ClinicPeople) -> None:
    response = client_for(riverside.admin).post(
        "/clinic/invitations/", {"email": "not-an-address", "role": "patient"}
    )

    assert response.status_code == 200
    assert mail.outbox == []


def test_a_clinic_name_reads_as_typed_in_a_one_line_subject(riverside: ClinicPeople) -> None:
    riverside.clinic.name = "Smith & Jones\nPhysio"
    invitation = Invitation.objects.create(
        clinic=riverside.clinic, role="patient", email="amp@example.org"
    )

    email = invitation_email(invitation, "https://clinic.example/accounts/invitation/x/")

    assert email.subject == "Your invitation to use achillespath with Smith & Jones Physio"
    assert "Smith & Jones Physio has invited you" in email.body


def test_when_the_mail_server_fails_the_invitation_is_kept_and_the_page_gives_the_link(
    riverside: ClinicPeople, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(backend: EmailBackend, messages: object) -> int:
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    with caplog.at_level(logging.WARNING):
        page = invite(riverside.admin, "down@example.org")

    invitation = Invitation.objects.get(email="down@example.org")
    assert "The invitation email to down@example.org could not be sent." in page
    assert signup_link(page).endswith(f"/accounts/invitation/{invitation.token}/")
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        f"The email for invitation {invitation.pk} could not be sent: ConnectionRefusedError"
    )
    assert record.exc_info is None


def test_with_no_mail_server_the_email_is_saved_in_the_outbox_and_the_page_says_so(
    riverside: ClinicPeople, tmp_path: Path
) -> None:
    with override_settings(
        EMAIL_BACKEND=settings.FILE_EMAIL_BACKEND, EMAIL_FILE_PATH=tmp_path / "outbox"
    ):
        page = invite(riverside.admin, "outbox@example.org")

    (saved,) = (tmp_path / "outbox").iterdir()
    assert signup_link(page) in saved.read_text(encoding="utf-8")
    assert "No mail server is set up, so the invitation was not emailed." in page
    assert "It was saved in the service&#x27;s outbox folder." in page
    assert str(tmp_path) not in page  # the page never shows where the server keeps its files
    assert "Send the link securely" in page


def test_with_no_mail_server_the_invitations_page_says_links_are_sent_by_hand(
    riverside: ClinicPeople,
) -> None:
    with override_settings(EMAIL_BACKEND=settings.FILE_EMAIL_BACKEND):
        page = client_for(riverside.admin).get("/clinic/invitations/").content.decode()

    assert "No mail server is set up, so invitations are not emailed." in page
