"""Each progress chart is its own SVG image: no script, and a policy that lets its own style
apply while it can run and fetch nothing. The page keeps the strict policy."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.programme_records import PROGRESS_URL, add_log, add_visa_a, days_ago, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.models import PainRecord

pytestmark = pytest.mark.django_db

CHARTS = ("pain", "visa-a", "adherence")


@pytest.mark.parametrize("chart", CHARTS)
def test_a_chart_is_an_svg_image_without_script(riverside: ClinicPeople, chart: str) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1, pain=3, next_morning_pain=2)
    add_visa_a(riverside.patient, 1, 55)

    response = client_for(riverside.patient_user).get(f"/progress/charts/{chart}.svg")

    svg = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert svg.startswith("<?xml") and "<svg" in svg
    assert "<script" not in svg.lower() and "javascript" not in svg.lower()
    assert response["Content-Security-Policy"] == (
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    )


def test_the_page_itself_keeps_the_strict_policy(riverside: ClinicPeople) -> None:
    response = client_for(riverside.patient_user).get(PROGRESS_URL)

    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "style-src 'self'" in response["Content-Security-Policy"]


def test_the_pain_chart_draws_both_series(riverside: ClinicPeople) -> None:
    add_log(riverside.patient, 2, pain=3, next_morning_pain=2)

    svg = client_for(riverside.patient_user).get("/progress/charts/pain.svg").content.decode()

    assert "Pain during exercise" in svg and "Pain the next morning" in svg


def test_the_pain_chart_draws_the_pain_asked_with_the_visa_a(riverside: ClinicPeople) -> None:
    PainRecord.objects.create(patient=riverside.patient, date=days_ago(3), score=3)

    svg = client_for(riverside.patient_user).get("/progress/charts/pain.svg").content.decode()

    assert "Pain with your VISA-A" in svg
    assert "No data yet" not in svg


def test_an_unknown_chart_is_not_found(riverside: ClinicPeople) -> None:
    assert client_for(riverside.patient_user).get("/progress/charts/weight.svg").status_code == 404


@pytest.mark.parametrize("chart", CHARTS)
def test_charts_are_for_the_signed_in_patient_only(riverside: ClinicPeople, chart: str) -> None:
    path = f"/progress/charts/{chart}.svg"

    assert Client().get(path).status_code == 302
    assert client_for(riverside.clinician).get(path).status_code == 403


def test_a_chart_shows_only_the_patients_own_data(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    add_visa_a(hillside.patient, 1, 77)
    add_visa_a(riverside.other_patient, 1, 88)

    svg = client_for(riverside.patient_user).get("/progress/charts/visa-a.svg").content.decode()

    assert "No data yet" in svg
