"""Every page carries strict security headers and a Content-Security-Policy without inline
script; signed-in pages are never cached; errors show our own pages, never a traceback."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.web import settings as production

pytestmark = pytest.mark.django_db

EXPECTED_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
PAGES = ["/", "/accounts/login/", "/accounts/register/", "/about/intended-purpose/"]


def policy(header: str) -> dict[str, str]:
    directives = (part.strip().split(" ", 1) for part in header.split(";") if part.strip())
    return {name: value for name, value in directives}


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_strict_content_security_policy(path: str) -> None:
    response = Client().get(path)

    assert response.status_code == 200
    directives = policy(response["Content-Security-Policy"])
    assert EXPECTED_POLICY.items() <= directives.items()
    assert "unsafe" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_contain_no_inline_script_or_style(path: str) -> None:
    page = Client().get(path).content.decode()

    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts, "the page loads its module script"
    assert all(" src=" in tag for tag in scripts)
    assert "<style" not in page
    assert " style=" not in page


def test_every_page_has_the_security_headers() -> None:
    response = Client().get("/")

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_pages_for_a_signed_in_person_are_never_cached(riverside: ClinicPeople) -> None:
    response = client_for(riverside.patient_user).get("/")

    assert response["Cache-Control"] == "no-store"


def test_session_and_csrf_cookies_are_http_only_and_same_site_lax() -> None:
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.CSRF_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == settings.CSRF_COOKIE_SAMESITE == "Lax"


def test_cookies_are_secure_and_hsts_is_sent_only_when_served_over_https() -> None:
    # ACHILLESPATH_HTTPS is off by default: `make run` serves plain http://127.0.0.1:8000.
    assert not production.HTTPS
    assert not production.SESSION_COOKIE_SECURE
    assert production.SECURE_HSTS_SECONDS == 0


def test_debug_is_off_by_default() -> None:
    assert production.DEBUG is False


def test_a_form_sent_without_its_csrf_token_is_refused_with_our_page() -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post("/accounts/login/", {"username": "a@example.org", "password": "x"})

    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()


def test_a_missing_page_shows_our_404_page() -> None:
    response = Client().get("/no/such/page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_a_crash_shows_our_500_page_and_no_traceback() -> None:
    client = Client(raise_request_exception=False)
    with mock.patch(
        "achillespath.web.views.home.render", side_effect=RuntimeError("secret detail")
    ):
        response = client.get("/")

    page = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in page
    assert "secret detail" not in page
    assert "Traceback" not in page
