"""Warning signs and new medicines in the daily log: the core judges them (achillespath.assess
with the matching intake answers) and the page shows its urgent or emergency advice at once."""

from __future__ import annotations

import pytest
from django.utils.html import escape
from web.patient.programme_records import LOG_URL, add_log, days_ago, log_form, prescribe
from web.people import ClinicPeople, client_for

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.labels import disposition_words_for
from achillespath.web.models import ExerciseLog, User

pytestmark = pytest.mark.django_db


def post(people: ClinicPeople, **fields: str | list[str]) -> str:
    response = client_for(people.patient_user).post(LOG_URL, log_form(**fields))
    assert response.status_code == 200
    return response.content.decode()


def test_a_snap_is_saved_as_a_warning_sign_and_the_core_says_get_seen_today(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, warning_signs="snap")

    expected = disposition_words_for(assess(Intake(heard_snap=True)))
    assert f'<h1 class="nhsuk-heading-l">{expected.headline}</h1>' in shown
    assert escape(expected.action) in shown
    assert "Get seen today. Get seen today" not in shown  # said once, not as title and text
    assert "You heard a snap or pop. This can mean the tendon has torn." in shown
    assert "Your next session" not in shown
    assert ExerciseLog.objects.get(patient=riverside.patient).red_flag_reported


def test_the_warning_page_says_not_to_exercise_once(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, warning_signs="snap")

    assert shown.count("until you have been checked") == 1


def test_a_logged_snap_says_where_to_go_for_a_possible_torn_tendon(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, warning_signs="snap")

    assert "a minor injuries unit or A&amp;E today. Do not wait for a GP appointment." in shown
    assert "Keep weight off the leg as much as you can." in shown
    # Walkthrough: "contact your GP surgery" above "do not wait for a GP appointment".
    assert "GP surgery" not in shown
    assert shown.count("Do not wait for a GP appointment.") == 1


def test_chest_pain_alone_still_says_not_to_do_the_exercises(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, warning_signs="breathless_or_chest_pain")

    assert "Do not do the exercises until you have been checked." in shown


def test_a_patient_of_a_clinic_is_told_the_clinic_can_see_the_report(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, warning_signs="snap")

    assert "your clinic can see that you reported this" in shown


def test_a_patient_nobody_looks_after_is_not_told_a_clinic_can_see_it(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    User.objects.filter(clinic=riverside.clinic).exclude(pk=riverside.patient_user.pk).update(
        is_active=False
    )

    shown = post(riverside, warning_signs="snap")

    assert "clinic can see" not in shown
    assert "tell your clinic" not in shown
    assert "nobody here will see this report" in shown


def test_chest_pain_or_breathlessness_says_call_999(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, warning_signs=["calf_swelling", "breathless_or_chest_pain"])

    assert '<h1 class="nhsuk-heading-l">Call 999 now</h1>' in shown
    assert "nhsuk-card--care--emergency" in shown
    assert "Your calf is swollen." in shown


def test_a_fluoroquinolone_among_new_medicines_says_stop_it_and_call_the_prescriber_today(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, new_medicines="Ciprofloxacin for a chest infection")

    assert "Stop taking the antibiotic and contact the person who prescribed it today." in shown
    assert "contact the person who prescribed it today" in shown
    log = ExerciseLog.objects.get(patient=riverside.patient)
    assert log.new_medicines == "Ciprofloxacin for a chest infection"
    assert not log.red_flag_reported


def test_another_new_medicine_is_stored_and_the_log_is_saved_as_usual(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    shown = post(riverside, new_medicines="ibuprofen")

    assert "Saved</h1>" in shown and "Your next session" in shown
    assert ExerciseLog.objects.get().new_medicines == "ibuprofen"


def test_after_a_warning_sign_the_next_saved_log_shows_what_to_do_not_the_next_session(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1, red_flag_reported=True)

    shown = post(riverside)

    assert "Saved</h1>" in shown
    assert "A warning sign was reported: get checked before you carry on" in shown
    assert "Your next session" not in shown
    assert "sets of 15" not in shown


def test_a_reported_warning_sign_stays_when_the_log_is_changed(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    client = client_for(riverside.patient_user)

    client.post(LOG_URL, log_form(warning_signs="fever"))
    client.post(f"/log/{days_ago(0).isoformat()}/", log_form(pain_during="3"))

    log = ExerciseLog.objects.get()
    assert (log.pain_during, log.red_flag_reported) == (3, True)


def test_the_signs_ticked_are_stored_by_id(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    post(riverside, warning_signs=["fever", "calf_swelling"])

    assert ExerciseLog.objects.get().warning_signs == "calf_swelling,fever"


def test_a_swollen_calf_stays_named_when_the_day_is_logged_again_without_a_tick(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    client = client_for(riverside.patient_user)

    client.post(LOG_URL, log_form(warning_signs="calf_swelling"))
    client.post(f"/log/{days_ago(0).isoformat()}/", log_form(pain_during="3"))

    log = ExerciseLog.objects.get()
    assert (log.pain_during, log.red_flag_reported, log.warning_signs) == (3, True, "calf_swelling")


def test_a_day_logged_again_with_another_sign_keeps_both(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    client = client_for(riverside.patient_user)

    client.post(LOG_URL, log_form(warning_signs="calf_swelling"))
    client.post(f"/log/{days_ago(0).isoformat()}/", log_form(warning_signs="snap"))

    assert ExerciseLog.objects.get().warning_signs == "snap,calf_swelling"


@pytest.mark.parametrize("url", [LOG_URL, f"/log/{days_ago(0).isoformat()}/"])
def test_the_log_page_says_the_exercises_are_paused_before_its_form_while_a_sign_stands(
    riverside: ClinicPeople, url: str
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1, red_flag_reported=True)

    shown = client_for(riverside.patient_user).get(url).content.decode()

    paused = "A warning sign was reported: get checked before you carry on with the exercises"
    assert paused in shown
    assert shown.index(paused) < shown.index('name="sets_done"')
    assert "Stop the exercises for now." in shown


def test_the_log_page_shows_no_pause_without_a_warning_sign(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1)

    shown = client_for(riverside.patient_user).get(LOG_URL).content.decode()

    assert "get checked before you carry on" not in shown


def test_a_painful_calf_that_is_warm_or_red_is_a_sign_of_its_own_that_says_get_seen_today(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    form = client_for(riverside.patient_user).get(LOG_URL).content.decode()
    shown = post(riverside, warning_signs="calf_warm_or_red")

    assert "A painful calf that is warm or red" in form
    assert "A swollen calf" in form  # still asked, and still meaning what it meant
    assert disposition_words_for(assess(Intake(calf_warm_or_red=True))).headline in shown
    assert "Your calf is painful and also warm or red." in shown
    assert ExerciseLog.objects.get().warning_signs == "calf_warm_or_red"


def test_heat_or_spreading_redness_over_the_tendon_is_asked_without_needing_swelling(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    form = client_for(riverside.patient_user).get(LOG_URL).content.decode()

    assert "Hot skin or spreading redness over the tendon" in form
    assert "Hot, red swelling over the tendon" not in form
