"""My plan: today's session from the core (week, phase, exercises with sets, reps and load),
the pain-monitoring advice with its reason and sources, and the dated plan as a table."""

from __future__ import annotations

from datetime import timedelta

import pytest
from web.patient.programme_records import (
    PLAN_URL,
    add_assessment,
    add_log,
    page,
    prescribe,
)
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db

# Every red-flag question answered "no", so no symptom check pauses the exercises.
NO_RED_FLAGS = {
    "onset": "gradual",
    "heard_snap": False,
    "can_bear_weight": True,
    "fever": False,
    "hot_red_swelling": False,
    "calf_swelling": False,
    "breathless_or_chest_pain": False,
}


def plan_page(people: ClinicPeople) -> str:
    return page(client_for(people.patient_user), PLAN_URL)


def test_week_2_of_the_midportion_programme_shows_the_week_phase_and_both_exercises(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "midportion", started_days_ago=10)

    shown = plan_page(riverside)

    assert "Week 2 of 12: Heavy-load heel-lowering." in shown
    assert "Twice a day, every day." in shown
    assert "Heel-lowering off a step, knee straight" in shown
    assert "Heel-lowering off a step, knee bent" in shown
    assert shown.count("3 sets of 15") == 2
    assert "lower that heel slowly below the step" in shown  # the how-to


def test_three_settled_sessions_at_one_load_add_one_load_step_with_the_reason(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "midportion", started_days_ago=10)
    add_log(riverside.patient, 3, pain=1, load_kg=5.0, next_morning_pain=1)
    add_log(riverside.patient, 2, pain=1, load_kg=5.0, next_morning_pain=1)
    add_log(riverside.patient, 1, pain=2, load_kg=5.0)

    shown = plan_page(riverside)

    assert "Progress</strong> Add a little load" in shown
    assert "Your last 3 sessions had pain at 2/10 or less and it settled each time." in shown
    assert shown.count("7.5 kg") == 2  # 5 kg plus the programme's 2.5 kg step


def test_pain_above_5_during_the_last_session_takes_one_load_step_off_and_says_why(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "midportion", started_days_ago=10)
    add_log(riverside.patient, 1, pain=7, load_kg=5.0)

    shown = plan_page(riverside)

    assert "Reduce</strong> Ease off" in shown
    assert "Your pain during exercise was 7/10, above the 5/10 that is allowed." in shown
    assert shown.count("2.5 kg") == 2


def test_the_load_advice_names_its_sources(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, "midportion", started_days_ago=10)

    shown = plan_page(riverside)

    assert "Where the pain rules come from" in shown
    assert "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J." in shown


def test_the_dated_plan_is_a_table_of_every_week_with_its_dates(riverside: ClinicPeople) -> None:
    prescription = prescribe(riverside.patient, "midportion", started_days_ago=10)

    shown = plan_page(riverside)

    last_week_ends = prescription.start_date + timedelta(days=83)
    assert "<caption" in shown and "Your 12-week plan</caption>" in shown
    assert 'scope="col" role="columnheader">Dates</th>' in shown
    assert f"to {last_week_ends:%-d %b %Y}" in shown
    assert "This week</strong>" in shown


def test_the_insertional_programme_keeps_every_exercise_on_the_floor(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "insertional", started_days_ago=3)

    shown = plan_page(riverside)

    assert "Heel-lowering on the floor, knee straight" in shown
    assert "off a step" not in shown


def test_silbernagel_phase_2_moves_step_exercises_to_the_floor_for_pain_at_the_insertion(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "silbernagel", started_days_ago=21)  # week 4: phase 2
    add_assessment(riverside.patient, age=50, pain_site=["insertion"], **NO_RED_FLAGS)

    shown = plan_page(riverside)

    assert "Week 4 of 26: Recovery." in shown
    assert "Stand on flat ground and rise up onto your toes on both feet." in shown
    assert "edge of a step" not in shown


def test_a_programme_that_has_not_started_says_when_it_starts(riverside: ClinicPeople) -> None:
    prescription = prescribe(riverside.patient, "hsr", started_days_ago=-3)

    shown = plan_page(riverside)

    assert f"Your programme starts on {prescription.start_date:%-d %B %Y}." in shown
    assert "Log today's session</a>" not in shown


def test_the_clinicians_starting_weight_is_shown_until_the_first_log(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "midportion", started_days_ago=1, load=5)

    assert "Your clinician set a starting weight of 5 kg" in plan_page(riverside)

    add_log(riverside.patient, 0, load_kg=5.0)

    assert "starting weight" not in plan_page(riverside)


def test_without_a_prescription_the_page_explains_and_links_to_the_check_and_messages(
    riverside: ClinicPeople,
) -> None:
    shown = plan_page(riverside)

    assert "You do not have an exercise programme yet." in shown
    assert 'href="/check/"' in shown
    assert 'href="/messages/"' in shown
