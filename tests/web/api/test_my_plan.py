"""GET /api/me/plan: today's session of the patient's own programme, with the advice behind it."""

from __future__ import annotations

from typing import Any

import pytest
from web.api.calls import api_client
from web.clinician.records import days_ago, log, prescribe, save_check
from web.people import ClinicPeople

from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def plan(people: ClinicPeople) -> Any:
    response = api_client(people.patient_user).get("/api/me/plan")
    assert response.status_code == 200
    return response.json()


def test_the_plan_is_todays_session_in_week_three_of_the_programme(
    on_programme: ClinicPeople,
) -> None:
    body = plan(on_programme)
    session = body["session"]

    assert body["programme"] == {
        "id": "midportion",
        "name": "Heavy-load heel-lowering (Alfredson programme)",
        "start_date": days_ago(14).isoformat(),
        "floor_version": False,
    }
    assert session["week"] == 3
    assert [(item["sets"], item["reps"]) for item in session["exercises"]] == [(3, 15), (3, 15)]
    assert session["advice"]["rule"] == "pain_monitoring.no_logs"
    assert session["advice"]["sources"]


def test_pain_above_five_last_session_reduces_today_with_the_reason(
    on_programme: ClinicPeople,
) -> None:
    log(on_programme.patient, 1, pain=7)

    advice = plan(on_programme)["session"]["advice"]

    assert advice["action"] == "reduce"
    assert advice["reason"].startswith("Your pain during exercise was 7/10")


def test_pain_at_the_insertion_puts_the_silbernagel_programme_on_the_floor(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient, pain_site=["insertion"])
    prescribe(riverside.patient, "silbernagel", started_days_ago=0)

    body = plan(riverside)

    assert body["programme"]["floor_version"] is True
    assert {item["surface"] for item in body["session"]["exercises"]} <= {"floor", "machine"}


def test_without_a_programme_the_plan_says_so(riverside: ClinicPeople) -> None:
    assert plan(riverside) == {
        "programme": None,
        "session": None,
        "paused": None,
        "message": "Your clinician has not set a programme yet.",
    }


def test_reading_the_plan_is_audited_as_a_read_of_the_own_record(
    on_programme: ClinicPeople,
) -> None:
    plan(on_programme)

    event = AuditEvent.objects.get()
    assert (event.patient_id, event.action, event.actor_id) == (
        on_programme.patient.pk,
        AuditAction.READ,
        on_programme.patient_user.pk,
    )
