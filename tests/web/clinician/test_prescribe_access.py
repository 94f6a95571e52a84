"""Only clinic staff of the patient's own clinic may prescribe."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from web.clinician.records import today
from web.people import ClinicPeople, client_for

from achillespath.web.models import Prescription

pytestmark = pytest.mark.django_db

DATA = {"programme": "hsr", "start_date": "", "starting_load_kg": "0", "side": "both"}


def test_another_clinics_patient_is_not_found_and_nothing_is_saved(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    url = reverse("clinician:prescribe", args=[hillside.patient.pk])
    client = client_for(riverside.clinician)

    assert client.get(url).status_code == 404
    assert client.post(url, {**DATA, "start_date": today().isoformat()}).status_code == 404
    assert not Prescription.objects.exists()


def test_a_patient_may_not_prescribe_for_themselves(riverside: ClinicPeople) -> None:
    url = reverse("clinician:prescribe", args=[riverside.patient.pk])

    response = client_for(riverside.patient_user).post(
        url, {**DATA, "start_date": today().isoformat()}
    )

    assert response.status_code == 403
    assert not Prescription.objects.exists()


def test_anonymous_people_are_sent_to_log_in(riverside: ClinicPeople) -> None:
    response = Client().get(reverse("clinician:prescribe", args=[riverside.patient.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_clinic_admin_may_prescribe(riverside: ClinicPeople) -> None:
    url = reverse("clinician:prescribe", args=[riverside.patient.pk])

    response = client_for(riverside.admin).post(url, {**DATA, "start_date": today().isoformat()})

    assert response.status_code == 302
