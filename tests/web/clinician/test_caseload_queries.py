"""The caseload reads a fixed number of queries however many patients the clinic has."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from web.clinician.records import log, prescribe, save_check, visa_a
from web.people import ClinicPeople, client_for

from achillespath.web.models import Patient

pytestmark = pytest.mark.django_db

CASELOAD = reverse("clinician:caseload")
QUERY_BUDGET = 12
"""Session, user, patients, active prescriptions, follow_ups_for's seven (prescriptions, logs,
scores, checks, reviews, the clinics that look after their patients, treatment episodes), one
audit insert."""


def add_patients(riverside: ClinicPeople, count: int) -> None:
    """Patients with a programme, logs, scores and a symptom check each."""
    for number in range(count):
        patient = Patient.objects.create(clinic=riverside.clinic, display_name=f"P{number:03}")
        prescribe(patient, started_days_ago=20)
        visa_a(patient, 20, 50)
        log(patient, 1 + number % 7, red_flag_reported=number % 5 == 0)
        save_check(patient)


def caseload_queries(riverside: ClinicPeople) -> int:
    client = client_for(riverside.clinician)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(CASELOAD).status_code == 200
    return len(captured)


def test_thirty_patients_take_as_many_queries_as_three(riverside: ClinicPeople) -> None:
    add_patients(riverside, 1)
    few = caseload_queries(riverside)
    add_patients(riverside, 30)

    assert caseload_queries(riverside) == few


def test_the_caseload_stays_within_its_query_budget(
    riverside: ClinicPeople,
    django_assert_max_num_queries: Callable[[int], AbstractContextManager[Any]],
) -> None:
    add_patients(riverside, 40)
    client = client_for(riverside.clinician)

    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(CASELOAD)
