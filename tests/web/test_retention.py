"""A deleted account is erased once its retention period ends, leaving only what the audit
log needs: an empty, nameless row. An invitation nobody used is deleted once it has been dead
for its own retention period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from web.people import ClinicPeople

from achillespath.web.models import (
    AuditAction,
    AuditEvent,
    ExerciseLog,
    Invitation,
    Patient,
    Role,
    User,
)
from achillespath.web.retention import ERASED_NAME, purge_dead_invitations, purge_expired

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


LINK_ENDS = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
KEPT_DAYS = 90


def invitation(people: ClinicPeople, email: str, **state: object) -> Invitation:
    details = {"year_of_birth": 1980, "side": "left", "expires_at": LINK_ENDS}
    return Invitation.objects.create(
        clinic=people.clinic, role=Role.PATIENT, email=email, **(details | state)
    )


def test_an_unused_invitation_is_kept_for_its_retention_period_after_it_expired(
    riverside: ClinicPeople,
) -> None:
    expired = invitation(riverside, "late@example.org")

    assert purge_dead_invitations(LINK_ENDS + timedelta(days=KEPT_DAYS), KEPT_DAYS) == 0
    assert Invitation.objects.filter(pk=expired.pk).exists()


def test_then_it_is_deleted_with_the_details_of_someone_who_never_joined(
    riverside: ClinicPeople,
) -> None:
    invitation(riverside, "late@example.org")

    assert purge_dead_invitations(LINK_ENDS + timedelta(days=KEPT_DAYS, seconds=1), KEPT_DAYS) == 1
    assert not Invitation.objects.filter(email="late@example.org").exists()


def test_a_revoked_invitation_counts_from_when_it_was_revoked(riverside: ClinicPeople) -> None:
    revoked_at = LINK_ENDS - timedelta(days=10)
    invitation(riverside, "withdrawn@example.org", revoked_at=revoked_at)

    assert purge_dead_invitations(revoked_at + timedelta(days=KEPT_DAYS, seconds=1), KEPT_DAYS) == 1


def test_a_waiting_or_used_invitation_is_never_deleted_as_dead(riverside: ClinicPeople) -> None:
    waiting = invitation(riverside, "soon@example.org", expires_at=datetime(2099, 1, 1, tzinfo=UTC))
    used = invitation(riverside, riverside.patient_user.email, used_at=LINK_ENDS)

    assert purge_dead_invitations(datetime(2098, 1, 1, tzinfo=UTC), KEPT_DAYS) == 0
    assert set(Invitation.objects.values_list("pk", flat=True)) == {waiting.pk, used.pk}


def test_the_invitation_an_erased_account_joined_with_is_erased_with_it(
    riverside: ClinicPeople,
) -> None:
    joined_with = invitation(riverside, riverside.patient_user.email, used_at=LINK_ENDS)
    deleted_with_a_log(riverside)

    purge_expired(date(2040, 1, 1))

    assert not Invitation.objects.filter(pk=joined_with.pk).exists()
