"""Who may open a patient page: clinic staff of the patient's own clinic, audited; anyone else
gets the same 404 as for a record that does not exist."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditEvent

pytestmark = pytest.mark.django_db


def page(patient_id: int) -> str:
    return reverse("clinician:patient", args=[patient_id])


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_open_their_own_clinics_patients(riverside: ClinicPeople, role: str) -> None:
    response = client_for(getattr(riverside, role)).get(page(riverside.other_patient.pk))

    assert response.status_code == 200


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_another_clinics_patient_is_not_found(
    riverside: ClinicPeople, hillside: ClinicPeople, role: str
) -> None:
    response = client_for(getattr(riverside, role)).get(page(hillside.patient.pk))

    assert response.status_code == 404


def test_a_record_that_does_not_exist_is_not_found(riverside: ClinicPeople) -> None:
    assert client_for(riverside.clinician).get(page(999_999)).status_code == 404


def test_a_deleted_record_is_not_found(riverside: ClinicPeople) -> None:
    riverside.patient.soft_delete(timezone.now(), retention_years=8)

    assert client_for(riverside.clinician).get(page(riverside.patient.pk)).status_code == 404


def test_a_patient_may_not_open_a_clinician_patient_page_even_their_own(
    riverside: ClinicPeople,
) -> None:
    response = client_for(riverside.patient_user).get(page(riverside.patient.pk))

    assert response.status_code == 403


def test_anonymous_people_are_sent_to_log_in(riverside: ClinicPeople) -> None:
    response = Client().get(page(riverside.patient.pk))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_opening_a_patient_page_is_audited_as_a_read(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).get(page(riverside.patient.pk))

    event = AuditEvent.objects.get(patient=riverside.patient)
    assert (event.action, event.actor, event.path) == (
        "read",
        riverside.clinician,
        page(riverside.patient.pk),
    )
