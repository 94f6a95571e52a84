"""A saved result is seen by its patient and their clinic's staff only; 404 for everyone else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.web.models import Assessment, AuditAction, AuditEvent, Patient

pytestmark = pytest.mark.django_db


def saved_for(patient: Patient) -> Assessment:
    intake = Intake(breathless_or_chest_pain=True)
    result = assess(intake)
    return Assessment.objects.create(
        patient=patient,
        intake=intake.model_dump(mode="json"),
        result=result.model_dump(mode="json"),
        disposition=result.disposition.value,
        pathway_version=result.pathway_version,
    )


def url(assessment: Assessment) -> str:
    return f"/check/result/{assessment.pk}/"


def test_a_patient_sees_their_own_saved_result(riverside: ClinicPeople) -> None:
    response = client_for(riverside.patient_user).get(url(saved_for(riverside.patient)))

    assert response.status_code == 200
    assert "Call 999 now" in response.content.decode()


def test_a_patient_gets_404_for_another_patients_result(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    client = client_for(riverside.patient_user)

    assert client.get(url(saved_for(riverside.other_patient))).status_code == 404
    assert client.get(url(saved_for(hillside.patient))).status_code == 404


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_see_their_own_clinics_results_only(
    riverside: ClinicPeople, hillside: ClinicPeople, role: str
) -> None:
    client = client_for(getattr(riverside, role))

    assert client.get(url(saved_for(riverside.patient))).status_code == 200
    assert client.get(url(saved_for(hillside.patient))).status_code == 404


def test_anyone_not_signed_in_is_sent_to_log_in(riverside: ClinicPeople) -> None:
    response = Client().get(url(saved_for(riverside.patient)))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/check/result/")


def test_a_result_that_does_not_exist_is_404(riverside: ClinicPeople) -> None:
    assert client_for(riverside.patient_user).get("/check/result/999999/").status_code == 404


def test_an_anonymous_check_stored_without_a_patient_is_404(riverside: ClinicPeople) -> None:
    orphan = saved_for(riverside.patient)
    orphan.patient = None
    orphan.save()

    assert client_for(riverside.clinician).get(url(orphan)).status_code == 404


def test_reading_a_saved_result_is_audited_with_the_assessment(riverside: ClinicPeople) -> None:
    assessment = saved_for(riverside.patient)

    client_for(riverside.clinician).get(url(assessment))

    event = AuditEvent.objects.get(action=AuditAction.READ)
    assert (event.patient_id, event.object_type, event.object_id) == (
        riverside.patient.pk,
        "Assessment",
        str(assessment.pk),
    )


def test_a_deleted_patients_results_are_404_for_everyone(riverside: ClinicPeople) -> None:
    assessment = saved_for(riverside.patient)
    riverside.patient.soft_delete(datetime(2026, 11, 21, tzinfo=UTC), retention_years=8)

    assert client_for(riverside.clinician).get(url(assessment)).status_code == 404


def test_a_result_stored_in_an_older_shape_still_shows_its_disposition(
    riverside: ClinicPeople,
) -> None:
    assessment = saved_for(riverside.patient)
    assessment.result = {"shape": "from an older version"}
    assessment.save()

    page = client_for(riverside.patient_user).get(url(assessment)).content.decode()

    assert "Call 999 now" in page
