"""SAFETY (hazard: exercise progression shown despite red flags). While a warning sign stands,
My plan shows what to do instead of any exercise, load or progression."""

from __future__ import annotations

import pytest
from web.patient.programme_records import PLAN_URL, add_assessment, add_log, page, prescribe
from web.people import ClinicPeople, client_for

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


def test_a_newer_routine_symptom_check_after_an_urgent_one_no_longer_pauses(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_assessment(riverside.patient, onset="sudden")
    add_assessment(riverside.patient, age=40, onset="gradual")

    assert PAUSED not in plan_page(riverside)


def test_a_warning_sign_logged_15_days_ago_no_longer_pauses(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=20)
    add_log(riverside.patient, 15, red_flag_reported=True)

    shown = plan_page(riverside)

    assert PAUSED not in shown
    assert "Today's session" in shown


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
