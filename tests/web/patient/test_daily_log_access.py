"""Who may use the daily log: only a signed-in patient, writing only to their own record."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.programme_records import LOG_URL, add_log, days_ago, log_form, page, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.models import ExerciseLog

pytestmark = pytest.mark.django_db

DAY_URL = "/log/{}/"


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_log_in(riverside: ClinicPeople, method: str) -> None:
    response = getattr(Client(), method)(LOG_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/log/")


@pytest.mark.parametrize("role", ["clinician", "admin"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_clinic_staff_are_refused(riverside: ClinicPeople, role: str, method: str) -> None:
    prescribe(riverside.patient)
    client = client_for(getattr(riverside, role))

    response = getattr(client, method)(LOG_URL, log_form() if method == "post" else None)

    assert response.status_code == 403
    assert not ExerciseLog.objects.exists()


def test_a_patients_log_goes_on_their_own_record_only(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    prescribe(riverside.patient)
    prescribe(riverside.other_patient)
    prescribe(hillside.patient)

    client_for(riverside.patient_user).post(LOG_URL, log_form())

    assert list(ExerciseLog.objects.values_list("patient", flat=True)) == [riverside.patient.pk]


def test_a_day_logged_by_another_patient_is_not_shown(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.other_patient, 1, pain=9, new_medicines="secret-medicine")
    add_log(hillside.patient, 1, pain=9, new_medicines="secret-medicine")

    shown = page(client_for(riverside.patient_user), DAY_URL.format(days_ago(1).isoformat()))

    assert "secret-medicine" not in shown
    assert "You have already logged this day." not in shown
