"""SAFETY (hazard: exercise progression shown despite red flags). While a warning sign stands,
My plan shows what to do instead of any exercise, load or progression."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from web.patient.programme_records import (
    LOG_URL,
    PLAN_URL,
    add_assessment,
    add_log,
    days_ago,
    log_form,
    page,
    prescribe,
)
from web.people import ClinicPeople, client_for

from achillespath.web.models import ExerciseLog, WarningSignReview

pytestmark = pytest.mark.django_db

PAUSED = "A warning sign was reported: get checked before you carry on with the exercises"


def plan_page(people: ClinicPeople) -> str:
    return page(client_for(people.patient_user), PLAN_URL)


def assert_no_exercise_shown(shown: str) -> None:
    assert "Today's session" not in shown
    assert "sets of 15" not in shown
    assert "Add a little load" not in shown
    assert "-week plan" not in shown


def test_a_warning_sign_logged_yesterday_pauses_the_exercises_with_what_to_do(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1, red_flag_reported=True)

    shown = plan_page(riverside)

    assert PAUSED in shown
    assert "Get medical help today." in shown
    assert "call NHS 111" in shown
    assert (
        "If you have chest pain or feel short of breath: This could be a medical emergency."
        in shown
    )
    assert_no_exercise_shown(shown)


def test_an_urgent_symptom_check_as_the_latest_assessment_pauses_the_exercises(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_assessment(riverside.patient, onset="sudden")

    shown = plan_page(riverside)

    assert PAUSED in shown
    assert "nhsuk-card--care--urgent" in shown
    assert_no_exercise_shown(shown)


def test_an_emergency_symptom_check_says_call_999(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    add_assessment(riverside.patient, breathless_or_chest_pain=True)

    shown = plan_page(riverside)

    assert "nhsuk-card--care--emergency" in shown
    assert "Call 999 now." in shown
    assert_no_exercise_shown(shown)


def test_a_reassuring_check_minutes_after_an_urgent_one_keeps_the_pause_until_it_is_assessed(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_assessment(riverside.patient, heard_snap=True)
    add_assessment(riverside.patient, age=40, onset="gradual")

    assert PAUSED in plan_page(riverside)

    WarningSignReview.objects.create(
        patient=riverside.patient, reviewed_by=riverside.clinician, reviewed_at=timezone.now()
    )

    assert PAUSED not in plan_page(riverside)


def test_a_warning_sign_reported_weeks_ago_still_pauses_until_a_clinician_records_it_was_assessed(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=60)
    old = add_log(riverside.patient, 14, red_flag_reported=True)
    ExerciseLog.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))

    assert PAUSED in plan_page(riverside)

    WarningSignReview.objects.create(
        patient=riverside.patient, reviewed_by=riverside.clinician, reviewed_at=timezone.now()
    )
    shown = plan_page(riverside)

    assert PAUSED not in shown
    assert "Today's session" in shown


def test_chest_pain_logged_three_days_ago_still_says_call_999(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    client = client_for(riverside.patient_user)
    three_days_ago = days_ago(3)
    client.post(
        f"/log/{three_days_ago.isoformat()}/",
        log_form(three_days_ago, warning_signs="breathless_or_chest_pain"),
    )
    add_log(riverside.patient, 1)

    shown = plan_page(riverside)

    assert "nhsuk-card--care--emergency" in shown
    assert "Call 999 now." in shown
    assert_no_exercise_shown(shown)


def test_a_fluoroquinolone_in_a_recent_log_pauses_with_the_stop_the_antibiotic_advice(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, new_medicines="ciprofloxacin 500 mg twice a day")

    shown = plan_page(riverside)

    assert PAUSED in shown
    assert "Stop the antibiotic and call today." in shown
    assert "contact the person who prescribed it today" in shown
    assert_no_exercise_shown(shown)


def test_another_medicine_in_a_recent_log_does_not_pause(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, new_medicines="ibuprofen")

    assert PAUSED not in plan_page(riverside)


@pytest.mark.parametrize("medicine", ["quinolone antibiotic", "fluoroquinolone", "a quinolone"])
def test_a_quinolone_antibiotic_logged_by_its_class_name_pauses_the_exercises(
    riverside: ClinicPeople, medicine: str
) -> None:
    prescribe(riverside.patient)
    logged = client_for(riverside.patient_user).post(LOG_URL, log_form(new_medicines=medicine))

    assert "contact the person who prescribed it today" in logged.content.decode()
    shown = plan_page(riverside)
    assert PAUSED in shown
    assert "Stop the antibiotic and call today." in shown
    assert_no_exercise_shown(shown)
