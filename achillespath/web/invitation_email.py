"""Emailing an invitation's sign-up link to the person invited.

The email says which clinic invited them, as what, the link and when it expires, and nothing
about their health: an inbox is not a private place, so it never names a condition. With no
mail server set up (ACHILLESPATH_EMAIL_URL, see settings), Django's file backend saves each
email in the outbox folder instead, and the clinic admin passes the link on by hand.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from achillespath.web.models import Invitation

__all__ = ["Delivery", "has_mail_server", "invitation_email", "send_invitation"]

logger = logging.getLogger(__name__)


class Delivery(StrEnum):
    SENT = "sent"  # handed to the mail server
    SAVED = "saved"  # no mail server is set up: saved in the outbox folder
    FAILED = "failed"  # the mail server could not be reached, or refused it


def has_mail_server() -> bool:
    return bool(settings.EMAIL_BACKEND != settings.FILE_EMAIL_BACKEND)


def invitation_email(invitation: Invitation, link: str) -> EmailMessage:
    """The email for `invitation`; `link` is its absolute sign-up URL."""
    # One line, whatever the clinic's name holds: a line break in a subject is refused.
    clinic = " ".join(invitation.clinic.name.split())
    body = render_to_string(
        "clinician/admin/invitation_email.txt",
        {
            "clinic": clinic,
            "role": invitation.get_role_display().lower(),
            "link": link,
            "expires_at": invitation.expires_at,
        },
    )
    subject = f"Your invitation to use achillespath with {clinic}"
    return EmailMessage(subject=subject, body=body, to=[invitation.email])


def send_invitation(invitation: Invitation, link: str) -> Delivery:
    """Send the invitation's email. A failure is logged as one line naming the invitation by
    id and the kind of error, never the address, and the invitation stays as it was."""
    try:
        invitation_email(invitation, link).send()
    except OSError as error:  # smtplib's errors are OSErrors too
        logger.warning(
            "The email for invitation %s could not be sent: %s", invitation.pk, type(error).__name__
        )
        return Delivery.FAILED
    return Delivery.SENT if has_mail_server() else Delivery.SAVED
