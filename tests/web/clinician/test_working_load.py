"""Beside the starting load, the patient page and the prescribing form show the load the patient
works at now: the last session logged on this programme and the core's load for the next one."""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.clinician.records import log, prescribe
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db


def pages(people: ClinicPeople) -> tuple[str, str]:
    client = client_for(people.clinician)
    patient_page = client.get(reverse("clinician:patient", args=[people.patient.pk]))
    form_page = client.get(reverse("clinician:prescribe", args=[people.patient.pk]))
    return patient_page.content.decode(), form_page.content.decode()


def test_alex_logging_7_5_kg_without_pain_is_working_at_10_kg_next(
    riverside: ClinicPeople,
) -> None:
    # Clinician review: the header said "starting load 0 kg" while Alex was logging 5 kg.
    prescribe(riverside.patient, programme="midportion", started_days_ago=10, starting_load_kg=0)
    settled = {"pain": 2, "load_kg": 7.5, "next_morning_pain": 1, "morning_stiffness_minutes": 5}
    for days in (3, 2, 1):
        log(riverside.patient, days, **settled)
    last = log(riverside.patient, 0, **settled)

    for page in pages(riverside):
        assert "starting load 0 kg" in page or "Now on:" in page
        assert "Working load now: 10 kg added for the next session" in page
        assert f"(last logged: 7.5 kg on {last.date.day} {last.date:%b %Y})" in page


def test_before_any_log_the_next_session_is_at_the_starting_load(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="midportion", started_days_ago=2, starting_load_kg=5)

    for page in pages(riverside):
        assert "Working load now: 5 kg added for the next session" in page
        assert "(nothing logged on this programme yet)" in page


def test_logs_from_the_previous_programme_do_not_count(riverside: ClinicPeople) -> None:
    log(riverside.patient, 20, load_kg=15)
    prescribe(riverside.patient, programme="insertional", started_days_ago=3, starting_load_kg=2.5)

    patient_page, _ = pages(riverside)

    assert "Working load now: 2.5 kg added" in patient_page
    assert "15 kg" not in patient_page.split("Programme</dt>")[1].split("</dd>")[0]


def test_a_finished_programme_says_no_session_is_due(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="midportion", started_days_ago=100)
    log(riverside.patient, 90, load_kg=5)

    patient_page, _ = pages(riverside)

    assert "No session due today (last logged: 5 kg on" in patient_page


def test_while_a_warning_sign_pauses_the_exercises_no_next_session_load_is_given(
    riverside: ClinicPeople,
) -> None:
    # Clinician review: Femi's page gave "10 kg added for the next session" beside a red flag
    # that keeps the exercises paused.
    prescribe(riverside.patient, programme="midportion", started_days_ago=20, starting_load_kg=10)
    log(riverside.patient, 2, load_kg=10, next_morning_pain=1, morning_stiffness_minutes=5)
    log(riverside.patient, 1, load_kg=10, red_flag_reported=True, warning_signs="snap")

    for page in pages(riverside):
        assert "Working load now" not in page
        assert (
            "Exercises paused: a warning sign reported, not yet recorded as assessed, so no load "
            "is set for the next session (last logged: 10 kg on"
        ) in " ".join(page.split())


def test_a_reported_fluoroquinolone_pauses_the_load_too(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="midportion", started_days_ago=20, starting_load_kg=5)
    log(riverside.patient, 1, load_kg=5, new_medicines="ciprofloxacin 500 mg")

    patient_page, _ = pages(riverside)

    assert "Exercises paused: a fluoroquinolone antibiotic reported" in patient_page
    assert "Working load now" not in patient_page
