"""A symptom check saved before results carried clinician wording (pathway 2026.11.3) still
reads back in full: the patient sees their reasons as before, not just the disposition."""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.clinician.records import save_check
from web.people import ClinicPeople, client_for

from achillespath.web.models import Assessment

pytestmark = pytest.mark.django_db


def saved_before_clinician_wording(assessment: Assessment) -> Assessment:
    for recommendation in assessment.result["recommendations"]:
        del recommendation["clinician_reason"]
    del assessment.result["ate"]["clinician_reasons"]
    assessment.save()
    return assessment


def test_sams_old_result_still_shows_his_reasons_to_him(riverside: ClinicPeople) -> None:
    # Sam, three weeks into physiotherapy when he did the check.
    check = saved_before_clinician_wording(
        save_check(
            riverside.patient,
            treatments=[{"kind": "physiotherapy", "weeks": 3, "outcome": "no_change"}],
        )
    )

    response = client_for(riverside.patient_user).get(f"/check/result/{check.pk}/")

    page = response.content.decode().replace("&#x27;", "'")
    assert "You have done 3 weeks of exercise." in page
    assert "Your physiotherapist can check how you do the exercises" in page


def test_his_clinician_reads_the_advice_in_clinician_words_from_the_same_old_check(
    riverside: ClinicPeople,
) -> None:
    saved_before_clinician_wording(
        save_check(
            riverside.patient,
            treatments=[{"kind": "physiotherapy", "weeks": 3, "outcome": "no_change"}],
        )
    )

    response = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    page = response.content.decode()
    assert "Loading for 3 weeks so far; judge it at 12 weeks at the earliest" in page
    assert "You have done 3 weeks" not in page
