"""What a request leaves in the log: a refused request is one line, a failure its traceback."""

from __future__ import annotations

import logging

import pytest
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.web.models import Invitation, Role

pytestmark = pytest.mark.django_db


def request_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "django.request"]


def test_a_refused_page_is_one_warning_line_naming_the_path_and_the_user(
    riverside: ClinicPeople, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client_for(riverside.patient_user).get("/clinic/")

    assert response.status_code == 403
    (record,) = request_records(caplog)
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert record.getMessage() == (
        f"Forbidden (Permission denied): /clinic/ (user {riverside.patient_user.pk})"
    )
    assert "Traceback" not in caplog.text


def test_a_failure_is_still_logged_as_an_error_with_its_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(request: object) -> None:
        raise RuntimeError("the home page broke")

    monkeypatch.setattr("achillespath.web.views.home.signed_in_user", broken)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500
    (record,) = request_records(caplog)
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert "RuntimeError: the home page broke" in caplog.text


def test_a_refusal_at_an_invitations_link_logs_the_path_without_its_token(
    riverside: ClinicPeople, caplog: pytest.LogCaptureFixture
) -> None:
    invitation = Invitation.objects.create(
        clinic=riverside.clinic, role=Role.PATIENT, email="someone.else@example.org"
    )
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client_for(riverside.patient_user).get(f"/join/{invitation.token}/")

    assert response.status_code == 403
    (record,) = request_records(caplog)
    assert record.getMessage() == f"Forbidden: /join/[token]/ (user {riverside.patient_user.pk})"
    assert invitation.token not in caplog.text
