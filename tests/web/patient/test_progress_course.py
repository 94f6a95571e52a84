"""Where the person stands against the expected course (the core's course_status): the
expected sentence and week, a clear off-track panel naming each concern with how to contact the
clinic, and soft reminders for missed logs or questionnaires."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.programme_records import (
    PROGRESS_URL,
    add_log,
    add_visa_a,
    page,
    prescribe,
)
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db

OFF_TRACK = "This is off track — contact your clinician"


def progress_page(people: ClinicPeople) -> str:
    return page(client_for(people.patient_user), PROGRESS_URL)


def test_on_track_shows_the_expected_course_and_the_week(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=10)
    add_visa_a(riverside.patient, 10, 50)
    add_log(riverside.patient, 1)

    shown = progress_page(riverside)

    assert "Nothing we can see suggests you are off track." in shown
    assert "Most people improve within about 12 weeks of self-help and loading exercise" in shown
    assert "You are in week 2 of your programme." in shown
    assert OFF_TRACK not in shown


def test_a_warning_sign_is_off_track_with_the_reason_and_how_to_contact_the_clinic(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=10)
    add_log(riverside.patient, 1, red_flag_reported=True)

    shown = progress_page(riverside)

    assert OFF_TRACK in shown
    assert "You reported a warning sign on" in shown
    assert "Contact Riverside Clinic today" in shown
    assert 'href="/messages/">send them a message</a>' in shown


def test_rising_pain_is_off_track_with_the_pain_rule_named(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=10)
    add_log(riverside.patient, 1, pain=8)

    shown = progress_page(riverside)

    assert OFF_TRACK in shown
    assert "Your pain is not settling as it should." in shown


def test_a_missed_log_and_an_overdue_questionnaire_are_soft_reminders_not_off_track(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=20)
    add_visa_a(riverside.patient, 20, 50)
    add_log(riverside.patient, 6)

    shown = progress_page(riverside)

    assert OFF_TRACK not in shown
    assert "Your last log was on" in shown and 'href="/log/">Log a session</a>' in shown
    assert "Your VISA-A questionnaire was due on" in shown


def test_anonymous_visitors_and_clinic_staff_cannot_open_progress(
    riverside: ClinicPeople,
) -> None:
    assert Client().get(PROGRESS_URL).status_code == 302
    assert client_for(riverside.clinician).get(PROGRESS_URL).status_code == 403
    assert client_for(riverside.admin).get(PROGRESS_URL).status_code == 403


def test_progress_shows_only_the_patients_own_record(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    prescribe(hillside.patient)
    add_log(hillside.patient, 1, pain=9, red_flag_reported=True)
    add_log(riverside.other_patient, 1, pain=9)

    shown = progress_page(riverside)

    assert OFF_TRACK not in shown
    assert "No logs yet." in shown
