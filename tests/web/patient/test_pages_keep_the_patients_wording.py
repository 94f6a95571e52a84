"""The patient's own pages keep the words written for them; the clinician's wording of the same
reasons (HAZ-20) never reaches them."""

from __future__ import annotations

import pytest
from web.clinician.records import save_check
from web.patient.programme_records import PLAN_URL, PROGRESS_URL, add_log, page, prescribe
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(riverside: ClinicPeople) -> ClinicPeople:
    """Sam: his check after 3 weeks of physiotherapy, then on the programme a week of logs at
    pain 1/10 and a week at 4/10, so the pain-monitoring model asks for less load."""
    prescribe(riverside.patient, started_days_ago=20)
    save_check(
        riverside.patient,
        treatments=[{"kind": "physiotherapy", "weeks": 3, "outcome": "no_change"}],
    )
    for days in range(1, 15):
        add_log(riverside.patient, days, pain=4 if days < 8 else 1)
    return riverside


def test_his_plan_tells_him_to_ease_off_in_his_own_words(sam: ClinicPeople) -> None:
    shown = page(client_for(sam.patient_user), PLAN_URL)

    assert "Your average pain during exercise over the last 7 days was 4.0/10" in shown
    assert "Ease off next time." in shown
    assert "The model advises" not in shown


def test_his_progress_page_says_his_pain_is_not_settling(sam: ClinicPeople) -> None:
    shown = page(client_for(sam.patient_user), PROGRESS_URL)

    assert "Your pain is not settling as it should." in shown
    assert "Pain-monitoring rule broken" not in shown


def test_his_saved_check_gives_him_his_reasons(sam: ClinicPeople) -> None:
    check = sam.patient.assessments.get()

    shown = page(client_for(sam.patient_user), f"/check/result/{check.pk}/")

    assert "Your physiotherapist can check how you do the exercises" in shown
    assert "Physiotherapy review of exercise technique and load." not in shown
