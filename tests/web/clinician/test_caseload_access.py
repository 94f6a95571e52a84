"""Who may open the caseload, and where clinic staff land after logging in."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from web.people import PASSWORD, ClinicPeople, client_for

pytestmark = pytest.mark.django_db

CASELOAD = reverse("clinician:caseload")


def test_anonymous_people_are_sent_to_log_in(db: None) -> None:
    response = Client().get(CASELOAD)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={CASELOAD}"


def test_a_patient_may_not_open_the_caseload(riverside: ClinicPeople) -> None:
    assert client_for(riverside.patient_user).get(CASELOAD).status_code == 403


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinicians_and_clinic_admins_land_on_the_caseload_after_logging_in(
    riverside: ClinicPeople, role: str
) -> None:
    user = getattr(riverside, role)
    client = Client()

    response = client.post(
        reverse("login"), {"username": user.email, "password": PASSWORD}, follow=True
    )

    assert response.redirect_chain[-1][0] == CASELOAD
    assert response.status_code == 200


def test_the_caseload_only_answers_get(riverside: ClinicPeople) -> None:
    assert client_for(riverside.clinician).post(CASELOAD).status_code == 405
