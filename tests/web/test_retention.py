"""A deleted account is erased once its retention period ends, leaving only what the audit
log needs: an empty, nameless row."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from web.people import ClinicPeople

from achillespath.web.models import AuditAction, AuditEvent, ExerciseLog, Patient, User
from achillespath.web.retention import ERASED_NAME, purge_expired

pytestmark = pytest.mark.django_db

DELETED = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def deleted_with_a_log(people: ClinicPeople) -> Patient:
    patient = people.patient
    ExerciseLog.objects.create(patient=patient, date=date(2026, 11, 1), sets_done=6, pain_during=3)
    patient.soft_delete(DELETED, retention_years=8)
    return patient


def test_a_record_within_its_retention_period_is_kept(riverside: ClinicPeople) -> None:
    patient = deleted_with_a_log(riverside)

    assert purge_expired(patient.purge_after) == []  # type: ignore[arg-type]
    assert ExerciseLog.objects.filter(patient=patient).exists()


def test_after_the_retention_period_the_health_record_and_login_are_erased(
    riverside: ClinicPeople,
) -> None:
    patient = deleted_with_a_log(riverside)
    user_id = patient.user_id

    assert purge_expired(date(2040, 1, 1)) == [patient.pk]

    patient.refresh_from_db()
    assert (patient.display_name, patient.year_of_birth, patient.user) == (ERASED_NAME, None, None)
    assert not ExerciseLog.objects.filter(patient=patient).exists()
    assert not User.objects.filter(pk=user_id).exists()
    assert AuditEvent.objects.filter(patient=patient, action=AuditAction.DELETE).exists()


def test_purging_twice_erases_nothing_more(riverside: ClinicPeople) -> None:
    deleted_with_a_log(riverside)
    purge_expired(date(2040, 1, 1))

    assert purge_expired(date(2040, 1, 2)) == []


def test_records_that_were_never_deleted_are_never_purged(riverside: ClinicPeople) -> None:
    assert purge_expired(date(2099, 1, 1)) == []
    assert Patient.objects.filter(pk=riverside.patient.pk, display_name=ERASED_NAME).count() == 0
