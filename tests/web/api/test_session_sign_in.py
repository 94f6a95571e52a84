"""The website's session signs in to the API too; writes through it need the CSRF token,
because a browser sends the session cookie with requests other sites make it send."""

from __future__ import annotations

import pytest
from django.test import Client
from web.api.calls import CSRF_SECRET, VISA_A, bearer, problem, session_client
from web.people import ClinicPeople

pytestmark = pytest.mark.django_db


def test_reading_through_the_session_needs_no_csrf_token(riverside: ClinicPeople) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(riverside.patient_user)

    assert client.get("/api/me/progress").status_code == 200


def test_a_write_through_the_session_without_the_csrf_token_is_refused(
    riverside: ClinicPeople,
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(riverside.patient_user)

    response = client.post("/api/me/visa-a", VISA_A, content_type="application/json")

    assert problem(response, 403)["detail"] == "CSRF check Failed"


def test_a_write_through_the_session_with_the_csrf_token_is_accepted(
    riverside: ClinicPeople,
) -> None:
    client = session_client(riverside.patient_user)

    response = client.post("/api/me/visa-a", VISA_A, content_type="application/json")

    assert response.status_code == 201


def test_a_write_with_an_api_token_needs_no_csrf_token(riverside: ClinicPeople) -> None:
    client = Client(enforce_csrf_checks=True, headers=bearer(riverside.patient_user))

    response = client.post("/api/me/visa-a", VISA_A, content_type="application/json")

    assert response.status_code == 201


def test_not_signed_in_is_401_whatever_the_csrf_token_says(db: None) -> None:
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = CSRF_SECRET

    problem(client.post("/api/me/visa-a", VISA_A, content_type="application/json"), 401)
