"""Who may call which API route: every route x every role x own or other clinic, as a table.

Statuses: 401 not signed in; 403 a route not for this role; 404 a record that is another
clinic's (or another person's), answered exactly like one that does not exist; 200/201/204 done.
The record in the URLs is Riverside's patient "Pat"; "other_" people belong to Hillside.
Every row runs twice: signed in with an API token, and with the website session (plus CSRF).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from web.api.calls import CSRF_SECRET, OPERATIONS, VISA_A, api_client, session_client
from web.clinician.records import days_ago, prescribe
from web.people import ClinicPeople

from achillespath.web.models import ApiToken, User

pytestmark = pytest.mark.django_db

ACTORS = (
    "anonymous",
    "patient",
    "other_patient",
    "clinician",
    "other_clinician",
    "admin",
    "other_admin",
)

LOG = {"date": days_ago(0).isoformat(), "sets_done": 3, "load_kg": 0, "pain_during": 2}
PRESCRIPTION = {"programme": "hsr", "start_date": days_ago(0).isoformat(), "side": "left"}
BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("post", "/api/assess"): {},
    ("post", "/api/tokens"): {"name": "access matrix"},
    ("post", "/api/me/logs"): LOG,
    ("post", "/api/me/visa-a"): VISA_A,
    ("post", "/api/patients/{patient_id}/prescription"): PRESCRIPTION,
}

# fmt: off
MATRIX: dict[tuple[str, str], tuple[int, ...]] = {
    #                                              anon  pat  oth-pat clin oth-clin adm oth-adm
    ("post", "/api/assess"):                        (200, 200, 200, 200, 200, 200, 200),
    ("get", "/api/ping"):                           (200, 200, 200, 200, 200, 200, 200),
    ("post", "/api/tokens"):                        (401, 201, 201, 201, 201, 201, 201),
    ("get", "/api/tokens"):                         (401, 200, 200, 200, 200, 200, 200),
    ("delete", "/api/tokens/{token_id}"):           (401, 204, 404, 404, 404, 404, 404),
    ("get", "/api/me/plan"):                        (401, 200, 200, 403, 403, 403, 403),
    ("post", "/api/me/logs"):                       (401, 200, 200, 403, 403, 403, 403),
    ("get", "/api/me/logs"):                        (401, 200, 200, 403, 403, 403, 403),
    ("post", "/api/me/visa-a"):                     (401, 201, 201, 403, 403, 403, 403),
    ("get", "/api/me/progress"):                    (401, 200, 200, 403, 403, 403, 403),
    ("get", "/api/caseload"):                       (401, 403, 403, 200, 200, 200, 200),
    ("get", "/api/patients/{patient_id}"):          (401, 403, 403, 200, 404, 200, 404),
    ("post", "/api/patients/{patient_id}/prescription"):
                                                    (401, 403, 403, 201, 404, 201, 404),
}
# fmt: on
TOKEN_ONLY_STATUS = {("post", "/api/tokens"): 401}
"""A token never makes another token: only a signed-in website session does."""


@dataclass(frozen=True)
class World:
    people: dict[str, User | None]
    patient_id: int
    token_id: int


@pytest.fixture
def world(riverside: ClinicPeople, hillside: ClinicPeople) -> World:
    prescribe(riverside.patient, started_days_ago=7)
    prescribe(hillside.patient, started_days_ago=7)
    token, _ = ApiToken.objects.issue(riverside.patient_user, "Pat's app")
    return World(
        people={
            "anonymous": None,
            "patient": riverside.patient_user,
            "other_patient": hillside.patient_user,
            "clinician": riverside.clinician,
            "other_clinician": hillside.clinician,
            "admin": riverside.admin,
            "other_admin": hillside.admin,
        },
        patient_id=riverside.patient.pk,
        token_id=token.pk,
    )


def client(user: User | None, via: str) -> Client:
    if via == "token":
        return api_client(user)
    if user is None:
        anonymous = Client(enforce_csrf_checks=True, headers={"X-CSRFToken": CSRF_SECRET})
        anonymous.cookies["csrftoken"] = CSRF_SECRET
        return anonymous
    return session_client(user)


def call(world: World, actor: str, via: str, route: tuple[str, str]) -> int:
    method, template = route
    path = template.format(patient_id=world.patient_id, token_id=world.token_id)
    send = getattr(client(world.people[actor], via), method)
    body = BODIES.get(route)
    response = send(path) if body is None else send(path, body, content_type="application/json")
    return int(response.status_code)


CASES = [
    pytest.param(route, actor, status, id=f"{route[0]} {route[1]} as {actor}")
    for route, statuses in MATRIX.items()
    for actor, status in zip(ACTORS, statuses, strict=True)
]


@pytest.mark.parametrize("via", ["token", "session"])
@pytest.mark.parametrize(("route", "actor", "expected"), CASES)
def test_each_role_gets_the_status_in_the_table(
    world: World, route: tuple[str, str], actor: str, expected: int, via: str
) -> None:
    if via == "token" and actor != "anonymous":
        expected = TOKEN_ONLY_STATUS.get(route, expected)

    assert call(world, actor, via, route) == expected


def test_the_table_covers_every_documented_route() -> None:
    assert set(MATRIX) == OPERATIONS
