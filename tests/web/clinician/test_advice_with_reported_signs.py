"""SAFETY (HAZ-05, HAZ-21): while a warning sign or a fluoroquinolone reported in a daily log
stands, the pathway advice (patient page, clinic API, referral letters) is the core's
assessment with it folded in: urgent or emergency, the red flag named, the stop-the-antibiotic
advice, and no loading or self-help advice beside them. Once a clinician records that it was
assessed, the advice is judged on the symptom check and treatments again.

Vignettes: Femi, loading for 3 weeks after a routine check, logs a snap; Grace logs
ciprofloxacin; Hal logs chest pain.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone
from web.api.calls import api_client
from web.clinician.records import log, prescribe, save_check, today
from web.people import ClinicPeople, client_for

from achillespath.result import Disposition
from achillespath.web.models import WarningSignReview
from achillespath.web.pathway_advice import pathway_advice_for

pytestmark = pytest.mark.django_db

NO_LOADING = {"loading_programme", "self_care_plan", "continue_current_plan"}


def on_programme_after_a_routine_check(people: ClinicPeople) -> None:
    save_check(people.patient)
    prescribe(people.patient, started_days_ago=21)


def test_femi_who_logged_a_snap_is_urgent_with_no_loading_advice(riverside: ClinicPeople) -> None:
    on_programme_after_a_routine_check(riverside)
    log(riverside.patient, 1, red_flag_reported=True, warning_signs="snap")

    advice = pathway_advice_for(riverside.patient, today())

    assert advice is not None
    assert advice.disposition is Disposition.URGENT
    assert "heard_snap" in advice.red_flags
    assert not NO_LOADING & {rec.id for rec in advice.recommendations}


def test_grace_who_logged_ciprofloxacin_is_told_to_stop_it(riverside: ClinicPeople) -> None:
    on_programme_after_a_routine_check(riverside)
    log(riverside.patient, 2, new_medicines="ciprofloxacin 500mg twice a day")

    advice = pathway_advice_for(riverside.patient, today())

    assert advice is not None
    assert advice.disposition is Disposition.URGENT
    assert "stop_fluoroquinolone" in {rec.id for rec in advice.recommendations}
    assert not NO_LOADING & {rec.id for rec in advice.recommendations}


def test_hal_who_logged_chest_pain_is_an_emergency(riverside: ClinicPeople) -> None:
    on_programme_after_a_routine_check(riverside)
    log(riverside.patient, 3, red_flag_reported=True, warning_signs="breathless_or_chest_pain")

    advice = pathway_advice_for(riverside.patient, today())

    assert advice is not None and advice.disposition is Disposition.EMERGENCY


def test_once_the_snap_is_recorded_as_assessed_the_advice_is_routine_again(
    riverside: ClinicPeople,
) -> None:
    on_programme_after_a_routine_check(riverside)
    log(riverside.patient, 1, red_flag_reported=True, warning_signs="snap")
    WarningSignReview.objects.create(
        patient=riverside.patient, reviewed_by=riverside.clinician, reviewed_at=timezone.now()
    )

    advice = pathway_advice_for(riverside.patient, today())

    assert advice is not None and advice.disposition is Disposition.ROUTINE


def test_the_clinic_api_gives_the_same_urgent_advice(riverside: ClinicPeople) -> None:
    on_programme_after_a_routine_check(riverside)
    log(riverside.patient, 1, red_flag_reported=True, warning_signs="snap")

    summary = api_client(riverside.clinician).get(f"/api/patients/{riverside.patient.pk}").json()

    assert summary["advice"]["assessment"]["disposition"] == "urgent"


def test_the_page_says_grace_s_risk_factors_count_the_medicine_her_log_reported(
    riverside: ClinicPeople,
) -> None:
    # Clinician review: the page said "From the symptom check only: medicines reported later
    # in daily logs are not counted here" under factors that came from the log.
    on_programme_after_a_routine_check(riverside)
    log(riverside.patient, 2, new_medicines="ciprofloxacin 500mg twice a day")

    response = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )
    page = " ".join(response.content.decode().split())

    assert response.context["advice"].risk_factors == ("Takes a fluoroquinolone antibiotic",)
    assert "not counted here" not in page
    assert (
        "From the symptom check, and from any medicine named in a daily log since that is not "
        "yet recorded as assessed."
    ) in page
