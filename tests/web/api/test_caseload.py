"""GET /api/caseload: the clinic's patients with the core's flags, most urgent first, in the
same order as the caseload page and in a fixed number of queries."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from web.api.calls import api_client
from web.clinician.records import days_ago, log, prescribe, save_check, today, visa_a
from web.people import ClinicPeople

from achillespath.dates import day_words
from achillespath.web.models import AuditAction, AuditEvent, Patient

pytestmark = pytest.mark.django_db


def caseload(people: ClinicPeople) -> Any:
    response = api_client(people.clinician).get("/api/caseload")
    assert response.status_code == 200
    return response.json()


def quiet_start(patient: Patient, started_days_ago: int) -> None:
    """On a programme with a baseline VISA-A and no logs: only "no recent log" stands."""
    prescribe(patient, started_days_ago=started_days_ago)
    visa_a(patient, started_days_ago, 50)


def test_a_red_flag_comes_first_and_patients_without_a_flag_last(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(riverside.patient, 1, red_flag_reported=True)
    quiet_start(riverside.other_patient, 6)
    Patient.objects.create(clinic=riverside.clinic, display_name="Ann")

    entries = caseload(riverside)

    assert [entry["display_name"] for entry in entries] == ["Pat", "Other", "Ann"]
    assert [flag["kind"] for flag in entries[0]["flags"]] == ["red_flag_reported"]
    assert entries[2]["flags"] == []


def test_each_flag_says_why_since_when_and_on_what_evidence(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(riverside.patient, 1, red_flag_reported=True)

    flag = caseload(riverside)[0]["flags"][0]

    assert flag == {
        "kind": "red_flag_reported",
        "name": "Red flag reported",
        "reason": (
            "Warning signs reported: a warning sign (daily log for "
            f"{day_words(days_ago(1))}, reported on {day_words(today())}). Contact them today."
        ),
        "since": today().isoformat(),  # yesterday's log was saved today: it stands from today
        "sources": ["bjgp-2015-rupture", "nice-ng158-2020"],
    }


def test_each_entry_shows_the_programme_and_its_week(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="insertional", started_days_ago=15, starting_load_kg=5)

    entries = {entry["patient_id"]: entry for entry in caseload(riverside)}

    programme = entries[riverside.patient.pk]["programme"]

    assert entries[riverside.other_patient.pk]["programme"] is None
    assert programme == {
        "programme": "insertional",
        "name": "Heel-lowering on the floor (insertional programme)",
        "start_date": days_ago(15).isoformat(),
        "starting_load_kg": 5.0,
        "side": "right",
        "week": 3,
    }


def test_only_the_own_clinics_patients_are_listed(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    names = {entry["patient_id"] for entry in caseload(hillside)}

    assert names == {hillside.patient.pk, hillside.other_patient.pk}


def test_thirty_more_patients_take_no_more_queries(riverside: ClinicPeople) -> None:
    client = api_client(riverside.clinician)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/caseload").status_code == 200
        return len(captured)

    queries()  # the token's first use is written once
    few = queries()
    for number in range(30):
        patient = Patient.objects.create(clinic=riverside.clinic, display_name=f"P{number:03}")
        quiet_start(patient, 20)
        log(patient, 1 + number % 7, red_flag_reported=number % 5 == 0)
        save_check(patient)

    assert queries() == few


def test_listing_the_caseload_audits_a_read_of_every_patient_listed(
    riverside: ClinicPeople,
) -> None:
    caseload(riverside)

    reads = AuditEvent.objects.filter(action=AuditAction.READ, actor=riverside.clinician)
    assert {event.patient_id for event in reads} == {
        riverside.patient.pk,
        riverside.other_patient.pk,
    }
