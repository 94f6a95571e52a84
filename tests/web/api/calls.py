"""Calling the JSON API in tests: a client per person with their own API token, and the shape
of a problem-details answer. Import as `web.api.calls`."""

from __future__ import annotations

from typing import Any

from django.test import Client

from achillespath.web.models import ApiToken, User

OPERATIONS = {
    ("post", "/api/assess"),
    ("get", "/api/ping"),
    ("post", "/api/tokens"),
    ("get", "/api/tokens"),
    ("delete", "/api/tokens/{token_id}"),
    ("get", "/api/me/plan"),
    ("post", "/api/me/logs"),
    ("get", "/api/me/logs"),
    ("post", "/api/me/visa-a"),
    ("get", "/api/me/progress"),
    ("get", "/api/caseload"),
    ("get", "/api/patients/{patient_id}"),
    ("post", "/api/patients/{patient_id}/prescription"),
}
"""Every route of the API as (method, path template), as the OpenAPI document names them."""

# A VISA-A as points per item, totalling 44: pain 15, function 15, activity 14.
VISA_A = {
    **dict.fromkeys(("q1", "q2", "q3", "q4", "q5", "q6"), 5),
    "q7": 4,
    "q8": {"branch": "B", "points": 10},
}
CSRF_SECRET = "a" * 32  # any 32 letters and digits are a well-formed CSRF secret


def session_client(user: User) -> Client:
    """A signed-in browser session that passes Django's CSRF check, as the website's pages do."""
    client = Client(enforce_csrf_checks=True, headers={"X-CSRFToken": CSRF_SECRET})
    client.force_login(user)
    client.cookies["csrftoken"] = CSRF_SECRET
    return client


def token_for(user: User) -> str:
    """A new API token for `user` (the raw value, as the person would copy it)."""
    _, raw = ApiToken.objects.issue(user, "tests")
    return raw


def bearer(user: User) -> dict[str, str]:
    """Request headers that sign in as `user` with an API token."""
    return {"Authorization": f"Bearer {token_for(user)}"}


def api_client(user: User | None) -> Client:
    """A client calling as `user` with an API token; anonymous when None."""
    return Client(headers=bearer(user)) if user is not None else Client()


def problem(response: Any, status: int) -> dict[str, Any]:
    """The problem-details body of an error response, after checking its status and type."""
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


def field_problems(response: Any) -> dict[str, str]:
    """A 422's problems by field name."""
    return {item["field"]: item["problem"] for item in problem(response, 422)["errors"]}
