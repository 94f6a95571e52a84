"""Who may answer the VISA-A and see a result: only a signed-in patient, only their own."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.programme_records import VISA_A_41, VISA_A_URL, add_visa_a, page
from web.people import ClinicPeople, client_for

from achillespath.web.models import VisaAResponse

pytestmark = pytest.mark.django_db


def result_url(response: VisaAResponse) -> str:
    return f"/visa-a/results/{response.pk}/"


def test_anonymous_visitors_are_sent_to_log_in(riverside: ClinicPeople) -> None:
    mine = add_visa_a(riverside.patient, 1, 50)

    for path in (VISA_A_URL, result_url(mine)):
        response = Client().get(path)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={path}"


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_are_refused(riverside: ClinicPeople, role: str) -> None:
    mine = add_visa_a(riverside.patient, 1, 50)
    client = client_for(getattr(riverside, role))

    assert client.get(VISA_A_URL).status_code == 403
    assert client.post(VISA_A_URL, VISA_A_41).status_code == 403
    assert client.get(result_url(mine)).status_code == 403
    assert VisaAResponse.objects.count() == 1


def test_a_patient_sees_their_own_result(riverside: ClinicPeople) -> None:
    mine = add_visa_a(riverside.patient, 1, 50)

    assert "Your VISA-A score: 50 out of 100" in page(
        client_for(riverside.patient_user), result_url(mine)
    )


def test_another_patients_result_is_not_found(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    same_clinic = add_visa_a(riverside.other_patient, 1, 50)
    other_clinic = add_visa_a(hillside.patient, 1, 50)
    client = client_for(riverside.patient_user)

    assert client.get(result_url(same_clinic)).status_code == 404
    assert client.get(result_url(other_clinic)).status_code == 404


def test_an_answer_is_stored_on_the_patients_own_record(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    client_for(hillside.patient_user).post(VISA_A_URL, VISA_A_41)

    assert list(VisaAResponse.objects.values_list("patient", flat=True)) == [hillside.patient.pk]
