"""A signed-in patient's result is saved to their record; an anonymous one is never stored."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import RESULT, SETTLED_MIDPORTION, START, walk
from web.people import ClinicPeople, client_for

from achillespath.pathway.definition import load_pathway
from achillespath.web.models import Assessment, AuditAction, AuditEvent

pytestmark = pytest.mark.django_db

EMERGENCY = {"breathless_or_chest_pain": {"breathless_or_chest_pain": "yes"}}


def test_an_anonymous_result_is_not_stored_and_offers_log_in_or_register() -> None:
    page = walk(Client(), SETTLED_MIDPORTION).content.decode()

    assert Assessment.objects.count() == 0
    assert "This result is not saved." in page
    assert 'href="/accounts/login/?next=/check/result/">log in</a>' in page
    assert 'href="/accounts/register/?next=/check/result/">create an account</a>' in page


def test_a_patients_result_is_saved_to_their_record(riverside: ClinicPeople) -> None:
    client = client_for(riverside.patient_user)

    page = walk(client, SETTLED_MIDPORTION)
    saved = Assessment.objects.get()

    assert page.status_code == 200
    assert page.request["PATH_INFO"] == f"/check/result/{saved.pk}/"
    assert saved.patient == riverside.patient
    assert saved.created_by == riverside.patient_user
    assert saved.disposition == "routine"
    assert saved.pathway_version == load_pathway().version
    assert saved.intake["pain_site"] == ["midportion"]
    assert saved.result["conditions"] == ["midportion_tendinopathy"]
    assert "This result was saved to your record on" in page.content.decode()


def test_saving_writes_a_write_event_naming_the_saved_check(riverside: ClinicPeople) -> None:
    walk(client_for(riverside.patient_user), EMERGENCY)

    event = AuditEvent.objects.get(action=AuditAction.WRITE)
    assert event.patient_id == riverside.patient.pk
    assert event.actor == riverside.patient_user
    saved = Assessment.objects.get(patient=riverside.patient)
    assert (event.object_type, event.object_id) == ("Assessment", str(saved.pk))


def test_an_emergency_stop_is_saved_too_so_the_clinic_sees_it(riverside: ClinicPeople) -> None:
    walk(client_for(riverside.patient_user), EMERGENCY)

    assert Assessment.objects.get().disposition == "emergency"


def test_after_saving_the_answers_leave_the_session(riverside: ClinicPeople) -> None:
    client = client_for(riverside.patient_user)
    walk(client, EMERGENCY)

    assert "symptom_check" not in client.session
    assert client.get(RESULT)["Location"] == "/check/breathless_or_chest_pain/"


def test_a_check_finished_before_logging_in_can_be_saved_after(riverside: ClinicPeople) -> None:
    client = Client()
    walk(client, EMERGENCY)
    client.force_login(riverside.patient_user)

    page = client.get(RESULT).content.decode()
    response = client.post(RESULT)
    saved = Assessment.objects.get()

    assert "Save this result to my record" in page
    assert response["Location"] == f"/check/result/{saved.pk}/"
    assert saved.patient == riverside.patient


def test_an_anonymous_person_cannot_save_by_posting(riverside: ClinicPeople) -> None:
    client = Client()
    walk(client, EMERGENCY)

    response = client.post(RESULT)

    assert response["Location"] == RESULT
    assert Assessment.objects.count() == 0


def test_a_clinicians_check_is_not_saved_to_any_record(riverside: ClinicPeople) -> None:
    page = walk(client_for(riverside.clinician), EMERGENCY).content.decode()

    assert Assessment.objects.count() == 0
    assert "This result is not saved to anyone's record." in page


def test_a_deleted_patients_check_is_not_saved(riverside: ClinicPeople) -> None:
    client = client_for(riverside.patient_user)
    client.post(START)
    riverside.patient_user.is_active = False
    riverside.patient_user.save()

    client.post("/check/breathless_or_chest_pain/", {"breathless_or_chest_pain": "yes"})

    assert Assessment.objects.count() == 0
