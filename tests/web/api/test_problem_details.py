"""Every API error is a problem-details object (RFC 9457): never a traceback, never an HTML page."""

from __future__ import annotations

import logging

import pytest
from django.test import Client
from web.api.calls import api_client, problem
from web.people import ClinicPeople

from achillespath.web.models import ApiToken

pytestmark = pytest.mark.django_db


def test_an_unexpected_error_is_a_500_problem_without_a_traceback_and_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(intake: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("achillespath.web.api.public.assess", broken)
    with caplog.at_level(logging.ERROR, logger="achillespath.web.api.problems"):
        response = Client(raise_request_exception=False).post(
            "/api/assess", {}, content_type="application/json"
        )

    body = problem(response, 500)
    assert body["detail"] == "Something went wrong on our side. Please try again."
    assert b"secret internals" not in response.content
    assert b"Traceback" not in response.content
    assert "secret internals" in caplog.text


def test_an_oversized_body_is_a_413_problem_without_a_signed_in_caller_or_a_logged_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = '{"age":' + " " * 3_000_000 + "40}"
    with caplog.at_level(logging.ERROR, logger="achillespath.web.api.problems"):
        response = Client(raise_request_exception=False).post(
            "/api/assess", body, content_type="application/json"
        )

    assert "too large" in problem(response, 413)["detail"]
    assert caplog.text == ""


def test_an_oversized_body_from_a_signed_in_patient_is_a_413_problem(
    riverside: ClinicPeople,
) -> None:
    response = api_client(riverside.patient_user).post(
        "/api/me/visa-a", " " * 5_000_000, content_type="application/json"
    )

    problem(response, 413)


@pytest.mark.parametrize("path", ["/api/nope", "/api/visa-a"])
def test_a_post_to_a_path_that_is_no_route_is_a_404_problem_even_without_csrf(
    db: None, path: str
) -> None:
    problem(Client(enforce_csrf_checks=True).post(path), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("put", "/api/me/logs", "GET, POST"),
        ("delete", "/api/me/logs", "GET, POST"),
        ("put", "/api/assess", "POST"),
        ("head", "/api/ping", "GET"),
    ],
)
def test_a_method_a_route_does_not_take_is_a_405_problem_naming_those_it_does(
    db: None, method: str, path: str, allowed: str
) -> None:
    response = getattr(Client(enforce_csrf_checks=True), method)(path)

    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/problem+json")
    assert response["Allow"] == allowed
    if method != "head":
        assert allowed in problem(response, 405)["detail"]


def test_a_failed_csrf_check_outside_ninjas_routes_is_a_403_problem(db: None) -> None:
    response = Client(enforce_csrf_checks=True).post("/api/openapi.json")

    assert "CSRF" in problem(response, 403)["detail"]


def test_a_session_call_without_its_csrf_token_is_still_refused(riverside: ClinicPeople) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(riverside.patient_user)

    response = client.post("/api/tokens", {"name": "app"}, content_type="application/json")

    assert problem(response, 403)
    assert not ApiToken.objects.exists()


def test_another_clinics_patient_looks_exactly_like_one_that_does_not_exist(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    client = api_client(riverside.clinician)

    theirs = client.get(f"/api/patients/{hillside.patient.pk}")
    missing = client.get("/api/patients/999999")

    assert problem(theirs, 404) == problem(missing, 404)


def test_an_id_too_large_for_the_database_is_a_422_naming_it(riverside: ClinicPeople) -> None:
    response = api_client(riverside.clinician).get(f"/api/patients/{2**64}")

    assert problem(response, 422)["errors"][0]["field"] == "patient_id"


def test_an_unknown_api_path_is_a_404_problem_pointing_to_the_document(db: None) -> None:
    body = problem(Client().get("/api/nowhere"), 404)

    assert "/api/openapi.json" in body["detail"]


@pytest.mark.parametrize("path", ["/api/", "/api"])
def test_the_api_root_itself_is_a_404_problem_not_the_sites_page(db: None, path: str) -> None:
    body = problem(Client().get(path, follow=True), 404)

    assert "/api/openapi.json" in body["detail"]
