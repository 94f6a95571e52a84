"""Invitations (clinic admins only): invite a patient or a clinician to this clinic, see the
clinic's invitations, copy a waiting one's sign-up link, email it again, revoke one.

A new invitation is emailed (achillespath.web.invitation_email), and a waiting one can be emailed
again when the first email did not arrive, with a fresh validity period from then; its page
always shows the link too, for the admin to pass on by a secure route when no mail server is set
up, the email could not be sent or it did not arrive. A revoked invitation stays on the list
with who revoked it and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from achillespath.web import audit
from achillespath.web.access import require_role
from achillespath.web.forms.clinic_admin import InvitationForm
from achillespath.web.invitation_email import Delivery, has_mail_server, send_invitation
from achillespath.web.models import AuditAction, Clinic, Invitation, Role
from achillespath.web.models.people import INVITATION_VALID_DAYS
from achillespath.web.views.clinician.clinic import signed_in_staff

__all__ = ["invitation_page", "invite", "resend_invitation", "revoke_invitation"]

INVITATIONS_LISTED = 100


class InvitationStatus(StrEnum):
    WAITING = "Waiting"  # its link works
    USED = "Used"
    EXPIRED = "Expired"
    REVOKED = "Revoked"


@dataclass(frozen=True)
class InvitationRow:
    invitation: Invitation
    status: InvitationStatus

    has_expired: bool  # its expiry time has passed, whatever its status

    @property
    def is_waiting(self) -> bool:
        return self.status is InvitationStatus.WAITING


def _status(invitation: Invitation, now: datetime) -> InvitationStatus:
    if invitation.used_at is not None:
        return InvitationStatus.USED
    if invitation.revoked_at is not None:
        return InvitationStatus.REVOKED
    return InvitationStatus.WAITING if invitation.is_usable(now) else InvitationStatus.EXPIRED


def _row(invitation: Invitation, now: datetime) -> InvitationRow:
    return InvitationRow(invitation, _status(invitation, now), invitation.expires_at <= now)


def _rows(clinic: Clinic) -> list[InvitationRow]:
    now = timezone.now()
    invitations = Invitation.objects.filter(clinic=clinic).select_related("invited_by")
    return [_row(item, now) for item in invitations[:INVITATIONS_LISTED]]


def _signup_link(request: HttpRequest, invitation: Invitation) -> str:
    return request.build_absolute_uri(reverse("signup", args=[invitation.token]))


def _delivery_note(delivery: Delivery, email: str) -> str:
    if delivery is Delivery.SENT:
        return f"The invitation has been emailed to {email}."
    if delivery is Delivery.SAVED:
        # Not the folder's path: the page must not show where the server keeps its files.
        return (
            "No mail server is set up, so the invitation was not emailed. It was saved in the "
            f"service's outbox folder. Send {email} the link below yourself."
        )
    return (
        f"The invitation email to {email} could not be sent. The invitation is saved: send "
        f"{email} the link below yourself."
    )


def _until(moment: datetime) -> str:
    """A time as the invitation email gives it: 14:05 GMT on 5 December 2026."""
    local = timezone.localtime(moment)
    return f"{local:%H:%M %Z} on {local.day} {local:%B %Y}"


def _email_and_show(request: HttpRequest, invitation: Invitation, validity: str) -> HttpResponse:
    """Audit and send the invitation's email, then show its page saying how that went and
    `validity`, how long its link works."""
    audit.record(request, AuditAction.WRITE, obj=invitation)
    delivery = send_invitation(invitation, _signup_link(request, invitation))
    messages.info(request, f"{_delivery_note(delivery, invitation.email)} {validity}")
    return redirect("clinician:invitation", pk=invitation.pk)


def _clinic_invitation(clinic: Clinic, pk: int) -> Invitation:
    invitation = (
        Invitation.objects.filter(clinic=clinic, pk=pk).select_related("revoked_by").first()
    )
    if invitation is None:
        raise Http404("No such invitation")
    return invitation


@require_role(Role.CLINIC_ADMIN)
@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest) -> HttpResponse:
    admin, clinic = signed_in_staff(request)
    form = InvitationForm(clinic, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        invitation = form.save(invited_by=admin)
        validity = f"The link works until {_until(invitation.expires_at)}."
        return _email_and_show(request, invitation, validity)
    context = {
        "form": form,
        "clinic": clinic,
        "rows": _rows(clinic),
        "has_mail_server": has_mail_server(),
        "valid_days": INVITATION_VALID_DAYS,
        "kept_days": settings.INVITATION_RETENTION_DAYS,
    }
    return render(request, "clinician/admin/invite.html", context)


@require_role(Role.CLINIC_ADMIN)
@never_cache
@require_http_methods(["GET"])
def invitation_page(request: HttpRequest, pk: int) -> HttpResponse:
    _, clinic = signed_in_staff(request)
    invitation = _clinic_invitation(clinic, pk)
    row = _row(invitation, timezone.now())
    context = {
        "row": row,
        "link": _signup_link(request, invitation),
        "clinic": clinic,
        "has_mail_server": has_mail_server(),
    }
    return render(request, "clinician/admin/invitation.html", context)


@require_role(Role.CLINIC_ADMIN)
@require_POST
def resend_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    """Email a waiting invitation again, for when the first email did not arrive. Its link
    works for a new validity period from now, so a link sent again the day before it would
    have expired does not stop working the next day."""
    _, clinic = signed_in_staff(request)
    invitation = _clinic_invitation(clinic, pk)
    if not invitation.renew():
        messages.info(
            request,
            f"The invitation for {invitation.email} can no longer be used, so it was not sent "
            "again.",
        )
        return redirect("clinician:invitation", pk=invitation.pk)
    validity = (
        f"Its link now works for {INVITATION_VALID_DAYS} days from now, until "
        f"{_until(invitation.expires_at)}."
    )
    return _email_and_show(request, invitation, validity)


@require_role(Role.CLINIC_ADMIN)
@require_POST
def revoke_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke a waiting invitation so its link stops working. It stays on the clinic's list as
    revoked, so the audit log calls it a change (write), not a deletion."""
    admin, clinic = signed_in_staff(request)
    invitation = _clinic_invitation(clinic, pk)
    if not invitation.revoke(by=admin):
        messages.info(request, f"The invitation for {invitation.email} was no longer waiting.")
        return redirect("clinician:invite")
    audit.record(request, AuditAction.WRITE, obj=invitation)
    messages.info(
        request, f"The invitation for {invitation.email} is revoked. Its link no longer works."
    )
    return redirect("clinician:invite")
