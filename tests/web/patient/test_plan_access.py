"""Who may open My plan: only a signed-in patient, and only their own record."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.programme_records import PLAN_URL, page, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_log_in(riverside: ClinicPeople) -> None:
    response = Client().get(PLAN_URL)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={PLAN_URL}"


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_are_refused_the_patient_page(riverside: ClinicPeople, role: str) -> None:
    assert client_for(getattr(riverside, role)).get(PLAN_URL).status_code == 403


def test_a_patient_sees_only_their_own_programme(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    prescribe(riverside.other_patient, "hsr")
    prescribe(hillside.patient, "silbernagel")

    shown = page(client_for(riverside.patient_user), PLAN_URL)

    assert "You do not have an exercise programme yet." in shown
    assert "Heavy slow resistance" not in shown
    assert "Silbernagel" not in shown


def test_opening_the_plan_is_audited_as_a_read_of_the_patients_record(
    riverside: ClinicPeople,
) -> None:
    page(client_for(riverside.patient_user), PLAN_URL)

    event = AuditEvent.objects.get(patient=riverside.patient)
    assert (event.action, event.actor, event.path) == (
        AuditAction.READ,
        riverside.patient_user,
        PLAN_URL,
    )
