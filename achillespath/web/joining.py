"""An account of the built-in public clinic joining the clinic that invited it.

Someone who registered for the symptom check belongs to the public clinic, where nobody looks
after their record. When a clinic invites their email address, the invitation's link asks them
to log in (not to make a second account) and to accept: their account and their record, with
everything it holds (symptom checks, logs, scores, programmes, treatments, messages), move to
that clinic, whose clinicians then see it on their caseload. Who may move is decided by
`access.may_join_a_clinic`.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest

from achillespath.web import audit
from achillespath.web.access import may_join_a_clinic, own_record
from achillespath.web.models import AuditAction, Invitation, Patient, Role, User

__all__ = ["is_invitation_for_an_existing_account", "join_clinic"]


def is_invitation_for_an_existing_account(invitation: Invitation) -> bool:
    """Whether the invitation is for a patient whose email address already has an account
    that may join: its link then asks them to log in and accept, not to make an account."""
    if invitation.role != Role.PATIENT:
        return False
    account = User.objects.filter(email=invitation.email.strip().lower()).first()
    return account is not None and may_join_a_clinic(account)


def join_clinic(request: HttpRequest, invitation: Invitation, user: User) -> Patient | None:
    """Move `user` (the invitation's own account, signed in) and their record to the clinic
    that invited them, mark the invitation used, and audit both; return the moved record.

    None, and nothing changed, if the invitation stopped working or the account may no longer
    move (it joined another clinic or was deleted a moment ago): the checks and the changes
    are one transaction, each change conditional on what was checked.
    """
    with transaction.atomic():
        patient = own_record(user)
        if patient is None or not may_join_a_clinic(user) or not invitation.claim():
            transaction.set_rollback(True)
            return None
        # Only while the account is still where it was checked: a second invitation
        # accepted at the same moment finds it moved and changes nothing.
        moved = User.objects.filter(pk=user.pk, clinic=patient.clinic_id).update(
            clinic=invitation.clinic
        )
        if not moved:
            transaction.set_rollback(True)
            return None
        changes = _move_record(patient, invitation)
        user.clinic = invitation.clinic
        audit.record(request, AuditAction.SIGNUP, patient=patient, obj=invitation, actor=user)
        audit.record(request, AuditAction.WRITE, patient=patient, actor=user, changes=changes)
    return patient


def _move_record(patient: Patient, invitation: Invitation) -> dict[str, dict[str, Any]]:
    """Move the record to the invitation's clinic, filling from the invitation only the details
    the record lacks (what the person recorded themselves stays); return what changed, from
    what to what, for the audit event."""
    changes: dict[str, dict[str, Any]] = {
        "clinic": {"from": patient.clinic.name, "to": invitation.clinic.name}
    }
    patient.clinic = invitation.clinic
    fields = ["clinic"]
    for name in ("year_of_birth", "side"):
        known, offered = getattr(patient, name), getattr(invitation, name)
        if known in (None, "") and offered not in (None, ""):
            setattr(patient, name, offered)
            changes[name] = {"from": known, "to": offered}
            fields.append(name)
    patient.save(update_fields=fields)
    return changes
