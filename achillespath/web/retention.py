"""Erasing deleted accounts once their retention period has ended.

Deleting an account hides the record at once and sets `purge_after` (settings.RETENTION_YEARS
later). After that date `purge_expired` erases everything clinical about the person: their
checks, logs, scores, programmes, treatments, messages and login. What stays is an empty,
nameless patient row, because the append-only audit log refers to it and must keep making
sense; that row holds nothing about the person's health.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from achillespath.web import audit
from achillespath.web.models import AuditAction, Patient

__all__ = ["ERASED_NAME", "purge_expired"]

ERASED_NAME = "Erased record"


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
        patient.treatment_episodes,
        patient.messages,
    ):
        related.all().delete()
    user = patient.user
    patient.user = None
    patient.display_name = ERASED_NAME
    patient.year_of_birth = None
    patient.side = ""
    patient.save(update_fields=["user", "display_name", "year_of_birth", "side"])
    if user is not None:
        user.delete()
    audit.record(None, AuditAction.DELETE, patient=patient)
