"""The daily log saves one log per date and answers with the next session, adapted by the
pain-monitoring model: progress, hold or reduce, with the reason."""

from __future__ import annotations

import pytest
from web.patient.programme_records import (
    LOG_URL,
    add_log,
    days_ago,
    log_form,
    page,
    prescribe,
    today,
)
from web.people import ClinicPeople, client_for

from achillespath.web.models import ExerciseLog

pytestmark = pytest.mark.django_db


def test_a_log_is_saved_and_the_page_says_saved_with_the_next_session(
    riverside: ClinicPeople,
) -> None:
    prescription = prescribe(riverside.patient)

    response = client_for(riverside.patient_user).post(
        LOG_URL,
        log_form(sets_done="3", load_kg="2.5", pain_during="4", new_medicines="paracetamol"),
    )

    shown = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="nhsuk-panel__heading">Saved</h1>' in shown
    assert "Your log for today is saved." in shown
    assert "Your next session" in shown
    assert "Hold</strong> Same load for now" in shown
    assert shown.count("same load") == 1  # the heading does not repeat the reason's words
    log = ExerciseLog.objects.get(patient=riverside.patient)
    assert (log.date, log.sets_done, log.load_kg, log.pain_during) == (days_ago(0), 3, 2.5, 4)
    assert (log.prescription, log.new_medicines, log.red_flag_reported) == (
        prescription,
        "paracetamol",
        False,
    )


def test_sending_the_same_date_again_changes_that_log_rather_than_adding_one(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    client = client_for(riverside.patient_user)

    client.post(LOG_URL, log_form(pain_during="2"))
    # The page then shows that log, and its form says it replaces it.
    client.post(LOG_URL, log_form(pain_during="5", sets_done="2", replaces=today().isoformat()))

    log = ExerciseLog.objects.get(patient=riverside.patient)
    assert (log.pain_during, log.sets_done) == (5, 2)


def test_too_much_pain_during_the_session_makes_the_next_one_ease_off(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(load_kg="5", pain_during="8")
    )

    shown = response.content.decode()
    assert "Reduce</strong> Ease off" in shown
    assert "Your pain during exercise was 8/10, above the 5/10 that is allowed." in shown
    assert shown.count("2.5 kg") == 2


def test_the_form_offers_the_sets_and_load_of_todays_session(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, load=5)

    shown = page(client_for(riverside.patient_user), LOG_URL)

    assert 'name="sets_done" value="3"' in shown
    assert 'name="load_kg" value="5.0"' in shown
    assert f'name="date" value="{days_ago(0).isoformat()}"' in shown


def test_opening_the_log_for_a_day_already_logged_fills_the_form_to_change_it(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 0, pain=6, sets_done=2, load_kg=7.5, new_medicines="aspirin")

    shown = page(client_for(riverside.patient_user), LOG_URL)

    assert "You have already logged this day." in shown
    assert 'name="pain_during" value="6"' in shown
    assert 'name="sets_done" value="2"' in shown
    assert 'name="load_kg" value="7.5"' in shown
    assert 'value="aspirin"' in shown


def test_without_a_programme_the_log_explains_that_one_is_needed_first(
    riverside: ClinicPeople,
) -> None:
    client = client_for(riverside.patient_user)

    shown = page(client, LOG_URL)
    posted = client.post(LOG_URL, log_form()).content.decode()

    assert "You do not have one yet." in shown and "You do not have one yet." in posted
    assert not ExerciseLog.objects.exists()


def test_easing_off_is_not_undercut_by_the_add_weight_tip_and_says_when_to_get_help(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(load_kg="5", pain_during="7")
    )

    shown = response.content.decode()
    assert "Reduce</strong> Ease off" in shown
    assert "Add weight" not in shown
    assert "contact your physiotherapist or GP" in shown
