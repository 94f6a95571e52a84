"""Deleting my account: confirmed with the password; the record is hidden everywhere at once,
kept for the retention period, the account closed and the person logged out."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from web.patient.programme_records import add_log, prescribe
from web.people import PASSWORD, ClinicPeople, client_for

from achillespath.web import access
from achillespath.web import settings as production
from achillespath.web.models import Assessment, AuditAction, AuditEvent, Patient, User

pytestmark = pytest.mark.django_db

DELETE = "/my-data/delete/"


def deleted(people: ClinicPeople) -> Client:
    client = client_for(people.patient_user)
    response = client.post(DELETE, {"password": PASSWORD})
    assert response["Location"] == "/"
    return client


def test_the_page_asks_for_the_password_and_states_the_retention(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.patient_user).get(DELETE).content.decode()

    assert 'type="password"' in page and 'autocomplete="current-password"' in page
    assert "This cannot be undone" in page
    assert "we keep your record, hidden, for" in " ".join(page.split())


def test_a_wrong_password_deletes_nothing_and_says_so_next_to_the_field(
    riverside: ClinicPeople,
) -> None:
    response = client_for(riverside.patient_user).post(DELETE, {"password": "not it"})
    page = response.content.decode()

    assert response.status_code == 200
    assert page.count("The password is not right. Check it and try again.") == 2
    assert not Patient.objects.get(pk=riverside.patient.pk).is_deleted


def test_wrong_passwords_count_towards_the_login_lockout_and_are_audited_as_failed_logins(
    riverside: ClinicPeople,
) -> None:
    client = client_for(riverside.patient_user)
    for guess in range(production.AXES_FAILURE_LIMIT):
        client.post(DELETE, {"password": f"wrong{guess}"})

    response = client.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 429
    assert "Too many attempts to log in" in response.content.decode()
    assert not Patient.objects.get(pk=riverside.patient.pk).is_deleted
    failed = AuditEvent.objects.filter(action=AuditAction.LOGIN_FAILED)
    assert failed.count() == production.AXES_FAILURE_LIMIT + 1
    assert set(failed.values_list("object_id", flat=True)) == {str(riverside.patient_user.pk)}


def test_no_password_is_asked_for(riverside: ClinicPeople) -> None:
    page = client_for(riverside.patient_user).post(DELETE, {}).content.decode()

    assert "Enter your password to delete your account" in page


@override_settings(RETENTION_YEARS=8)
def test_the_record_is_soft_deleted_with_a_purge_date_per_the_retention_policy(
    riverside: ClinicPeople,
) -> None:
    deleted(riverside)

    patient = Patient.objects.get(pk=riverside.patient.pk)
    today = timezone.localdate()
    assert patient.deleted_at is not None
    assert patient.purge_after == today + dt.timedelta(days=round(365.25 * 8))


def test_the_account_is_closed_and_the_person_logged_out(riverside: ClinicPeople) -> None:
    client = deleted(riverside)

    assert not User.objects.get(pk=riverside.patient_user.pk).is_active
    assert client.get("/my-data/")["Location"].startswith("/accounts/login/")
    assert not Client().login(email="patient@riverside.example", password=PASSWORD)


def test_deleting_is_in_the_audit_log(riverside: ClinicPeople) -> None:
    deleted(riverside)

    event = AuditEvent.objects.get(action=AuditAction.DELETE)
    assert (event.patient_id, event.actor_id) == (riverside.patient.pk, riverside.patient_user.pk)


def test_a_deleted_record_is_invisible_to_the_clinic(riverside: ClinicPeople) -> None:
    assessment = Assessment.objects.create(
        patient=riverside.patient,
        intake={},
        result={},
        disposition="routine",
        pathway_version="2026.11.1",
    )
    deleted(riverside)

    assert not access.can_see_patient(riverside.clinician, riverside.patient)
    assert list(access.patients_visible_to(riverside.clinician)) == [riverside.other_patient]
    response = client_for(riverside.clinician).get(f"/check/result/{assessment.pk}/")
    assert response.status_code == 404


def test_a_session_on_another_device_ends_too(riverside: ClinicPeople) -> None:
    other_device = client_for(riverside.patient_user)
    deleted(riverside)

    assert other_device.get("/my-data/")["Location"].startswith("/accounts/login/")


def test_deleting_needs_the_csrf_token(riverside: ClinicPeople) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(riverside.patient_user)

    assert client.post(DELETE, {"password": PASSWORD}).status_code == 403
    assert not Patient.objects.get(pk=riverside.patient.pk).is_deleted


def test_the_page_warns_that_a_warning_sign_nobody_has_checked_will_be_hidden_from_the_clinic(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1, warning_signs=["calf_swelling"], red_flag_reported=True)

    page = " ".join(client_for(riverside.patient_user).get(DELETE).content.decode().split())

    assert "You reported a warning sign" in page
    assert "Get medical help today" in page
    assert "your clinic will no longer see what you reported" in page


def test_without_a_warning_sign_the_page_gives_no_such_warning(riverside: ClinicPeople) -> None:
    page = client_for(riverside.patient_user).get(DELETE).content.decode()

    assert "You reported a warning sign" not in page
