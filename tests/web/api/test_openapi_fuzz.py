"""Schemathesis fuzzes every operation of /api/openapi.json in-process (WSGI): no server error,
and every answer (status, content type, headers, body) matches the document.

Patient routes are called as a patient on a programme, clinic routes as that patient's
clinician, the token and public routes as either (alternating by operation); which role may
call which route is the access matrix's business (test_access_matrix.py). Bounded and
repeatable: a fixed number of examples per operation, derandomised, no per-example deadline.

Two of schemathesis's checks do not apply here:
- positive_data_acceptance: rules that depend on today and on the record (a log up to 14 days
  back, a programme starting within a year, the VISA-A's per-item scales, a programme to log
  against) cannot be written in JSON Schema; each is a 422 naming the field, tested per route.
- negative_data_rejection on POST /api/assess only: the core's Intake, the CLI's contract,
  accepts numbers given as text or true/false for its decimal fields (weight_kg, height_cm,
  symptom_weeks, treatment weeks); the API keeps that contract rather than fork it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance
from web.api.calls import token_for
from web.clinician.records import prescribe, save_check
from web.people import ClinicPeople

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25
CORE_CONTRACT = {("POST", "/api/assess")}

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())


@pytest.fixture
def connection_kept_open() -> Iterator[None]:
    """Keep the test's database connection across requests, as Django's test client does: the
    WSGI handler otherwise closes it after each request, and the test's transaction with it."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def tokens(riverside: ClinicPeople, connection_kept_open: None) -> dict[str, str]:
    """API tokens of Riverside's patient (with a symptom check and a programme) and clinician."""
    save_check(riverside.patient)
    prescribe(riverside.patient, started_days_ago=10)
    return {
        "patient": token_for(riverside.patient_user),
        "clinic": token_for(riverside.clinician),
    }


def role_for(case: Case) -> str:
    tags = case.operation.tags or []
    if "patient" in tags or "clinic" in tags:
        return "patient" if "patient" in tags else "clinic"
    return ("patient", "clinic")[len(case.operation.path) % 2]


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_operation_fails_or_answers_outside_the_document(
    case: Case, tokens: dict[str, str]
) -> None:
    excluded = [positive_data_acceptance]
    if (case.method, case.operation.path) in CORE_CONTRACT:
        excluded.append(negative_data_rejection)

    case.call_and_validate(
        headers={"Authorization": f"Bearer {tokens[role_for(case)]}"}, excluded_checks=excluded
    )
