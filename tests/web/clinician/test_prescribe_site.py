"""A programme that lowers the heel below a step does not fit pain at the insertion (the
core's plan.check_fits_site): the page warns, and saving one needs the clinician to confirm."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web.clinician.records import save_check, today
from web.people import ClinicPeople, client_for

from achillespath.web.models import Prescription

pytestmark = pytest.mark.django_db


def url(riverside: ClinicPeople) -> str:
    return reverse("clinician:prescribe", args=[riverside.patient.pk])


def post(riverside: ClinicPeople, **changes: Any) -> Any:
    data = {
        "programme": "midportion",
        "start_date": today().isoformat(),
        "starting_load_kg": "0",
        "side": "right",
        **changes,
    }
    return client_for(riverside.clinician).post(url(riverside), data)


@pytest.fixture
def insertional(riverside: ClinicPeople) -> ClinicPeople:
    save_check(riverside.patient, pain_site=["insertion"])
    return riverside


def test_the_page_warns_which_programmes_do_not_fit_insertional_pain(
    insertional: ClinicPeople,
) -> None:
    response = client_for(insertional.clinician).get(url(insertional))

    assert response.context["unfit"] == [
        "Heavy-load heel-lowering (Alfredson programme)",
        "Heavy slow resistance (HSR) programme",
    ]
    assert "Pain at the insertion" in response.content.decode()


def test_a_step_programme_for_insertional_pain_is_refused_naming_programmes_not_ids(
    insertional: ClinicPeople,
) -> None:
    response = post(insertional)

    errors = response.context["form"].errors["programme"]
    assert errors == [
        "The latest symptom check recorded pain at the insertion: Heavy-load heel-lowering "
        "(Alfredson programme) lowers the heel below a step, which is not advised for pain at "
        "the insertion; use Heel-lowering on the floor (insertional programme) or Gradual calf "
        "programme with pain monitoring (Silbernagel programme). Choose another programme, or "
        "tick the box to prescribe it anyway."
    ]
    assert 'name="confirm_site"' in response.content.decode()
    assert not Prescription.objects.exists()


def test_the_clinician_may_confirm_it_when_the_pain_has_moved(insertional: ClinicPeople) -> None:
    response = post(insertional, confirm_site="on")

    assert response.status_code == 302
    assert Prescription.objects.get(patient=insertional.patient).programme == "midportion"


def test_a_fitting_programme_needs_no_confirmation(insertional: ClinicPeople) -> None:
    response = post(insertional, programme="silbernagel")

    assert response.status_code == 302


def test_without_a_recorded_site_nothing_is_refused(riverside: ClinicPeople) -> None:
    response = post(riverside)

    assert response.status_code == 302
    assert (
        "confirm_site" not in client_for(riverside.clinician).get(url(riverside)).content.decode()
    )
