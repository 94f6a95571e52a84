"""My data is for patients only, about themselves only."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.web.models import PainRecord

pytestmark = pytest.mark.django_db

URLS = ["/my-data/", "/my-data/download.json", "/my-data/summary.pdf", "/my-data/delete/"]


@pytest.mark.parametrize("url", URLS)
def test_anyone_not_signed_in_is_sent_to_log_in(url: str) -> None:
    response = Client().get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/my-data/")


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_are_refused(riverside: ClinicPeople, url: str, role: str) -> None:
    assert client_for(getattr(riverside, role)).get(url).status_code == 403


def test_a_patients_download_holds_only_their_own_record(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    for patient, score in (
        (riverside.patient, 1),
        (riverside.other_patient, 7),
        (hillside.patient, 9),
    ):
        PainRecord.objects.create(patient=patient, date="2026-11-01", score=score)

    data = json.loads(client_for(riverside.patient_user).get("/my-data/download.json").content)

    assert [record["score"] for record in data["pain_records"]] == [1]
    assert data["profile"]["email"] == "patient@riverside.example"
