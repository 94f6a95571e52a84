"""GET /api/me/progress: where the patient stands, with the core's flags as concerns (off
track: contact the clinician) and reminders (a missed log or questionnaire)."""

from __future__ import annotations

from typing import Any

import pytest
from web.api.calls import api_client
from web.clinician.records import log, steady_logs, visa_a
from web.people import ClinicPeople

pytestmark = pytest.mark.django_db


def progress(people: ClinicPeople) -> Any:
    response = api_client(people.patient_user).get("/api/me/progress")
    assert response.status_code == 200
    return response.json()


def test_a_reported_warning_sign_is_a_concern_and_the_course_is_off_track(
    on_programme: ClinicPeople,
) -> None:
    visa_a(on_programme.patient, 14, 50)
    log(on_programme.patient, 1, red_flag_reported=True)

    body = progress(on_programme)

    assert body["on_track"] is False
    assert body["headline"] == "This is off track: please contact your clinician."
    assert [flag["kind"] for flag in body["concerns"]] == ["red_flag_reported"]


def test_days_without_a_log_are_a_reminder_not_a_concern(on_programme: ClinicPeople) -> None:
    visa_a(on_programme.patient, 14, 50)
    steady_logs(on_programme.patient, range(6, 14))

    body = progress(on_programme)

    assert (body["on_track"], body["week"]) == (True, 3)
    assert [flag["kind"] for flag in body["reminders"]] == ["no_recent_log"]
    assert body["concerns"] == []


def test_a_new_patient_with_nothing_to_go_on_is_not_told_they_are_on_track(
    riverside: ClinicPeople,
) -> None:
    body = progress(riverside)

    assert (body["on_track"], body["can_judge"]) == (False, False)
    assert body["headline"].startswith("There is nothing to judge your progress by yet.")
    assert body["concerns"] == [] and body["reminders"] == []
