"""Deleted accounts and dead invitations: what is kept of them, and erasing them once their
retention period ends.

Deleting an account hides the record at once and sets `purge_after` (settings.RETENTION_YEARS
later). After that date `purge_expired` erases everything clinical about the person: their
checks, logs, scores, programmes, treatments, messages, login and the invitation they joined
with. What stays is an empty, nameless patient row, because the append-only audit log refers to
it and must keep making sense; that row holds nothing about the person's health.

An invitation that was never used holds an email address, and for a patient a year of birth
and a side, of someone who never joined. Once its link stops working (it expired or was
revoked) the clinic admin still sees it for settings.INVITATION_RETENTION_DAYS, to answer "my
link did not work"; then `purge_dead_invitations` deletes it.

Until then the deleted account still holds its email address, so `kept_record_of` tells the
login and registration pages when it was deleted and how long it is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from achillespath.web import audit
from achillespath.web.models import AuditAction, Invitation, Patient, TreatmentEpisode, User

__all__ = [
    "ERASED_NAME",
    "KeptRecord",
    "kept_record_of",
    "purge_dead_invitations",
    "purge_expired",
]

ERASED_NAME = "Erased record"


@dataclass(frozen=True)
class KeptRecord:
    """A deleted account whose record is kept, hidden, until `kept_until` (its purge_after)."""

    account: User
    deleted_on: dt.date
    kept_until: dt.date


def kept_record_of(email: str) -> KeptRecord | None:
    """The deleted account that still holds `email`, or None (also once it has been erased)."""
    patient = (
        Patient.objects.select_related("user")
        .filter(user__email=email.strip().lower(), deleted_at__isnull=False)
        .first()
    )
    if patient is None:
        return None
    # Set by the filter, and by the table's rule that a deleted record has a purge date.
    assert patient.user and patient.deleted_at and patient.purge_after
    return KeptRecord(patient.user, timezone.localdate(patient.deleted_at), patient.purge_after)


def purge_expired(today: dt.date) -> list[int]:
    """Erase every deleted record whose `purge_after` is before today; return their ids."""
    due = Patient.objects.filter(deleted_at__isnull=False, purge_after__lt=today).exclude(
        display_name=ERASED_NAME
    )
    erased = []
    for patient in due:
        _erase(patient)
        erased.append(patient.pk)
    return erased


@transaction.atomic
def _erase(patient: Patient) -> None:
    for related in (
        patient.assessments,
        patient.exercise_logs,
        patient.visa_a_responses,
        patient.pain_records,
        patient.prescriptions,
        TreatmentEpisode.with_voided.filter(patient=patient),  # voided ones too
        patient.messages,
    ):
        related.all().delete()
    user = patient.user
    patient.user = None
    patient.display_name = ERASED_NAME
    patient.year_of_birth = None
    patient.nhs_number = ""
    patient.date_of_birth = None
    patient.side = ""
    identity = ["display_name", "year_of_birth", "nhs_number", "date_of_birth", "side"]
    patient.save(update_fields=["user", *identity])
    if user is not None:
        Invitation.objects.filter(clinic=patient.clinic, email=user.email).delete()
        user.delete()
    audit.record(None, AuditAction.DELETE, patient=patient)


def purge_dead_invitations(now: dt.datetime, retention_days: int) -> int:
    """Delete the invitations never used whose link stopped working (it expired or was revoked)
    more than `retention_days` before `now`; return how many."""
    cutoff = now - dt.timedelta(days=retention_days)
    dead = Invitation.objects.filter(used_at__isnull=True).filter(
        Q(expires_at__lt=cutoff) | Q(revoked_at__lt=cutoff)
    )
    deleted, _ = dead.delete()
    return deleted
