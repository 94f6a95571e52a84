""" "Why we are writing" follows the record: the advice's urgency first, then what the
pain-monitoring model advises for the load (physiotherapist) and which second-line options the
advice lists (GP, specialist). Reports in recent logs that pause the exercises (a warning sign,
a fluoroquinolone) make every letter ask for the same-day action, with no load advice (HAZ-05).
"""

from __future__ import annotations

import dataclasses

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinic_admin.vignettes import give_sam_a_record
from web.clinician.records import days_ago, log, prescribe, save_check, visa_a
from web.people import ClinicPeople

from achillespath.result import Disposition
from achillespath.web.models import ExerciseLog, TreatmentEpisode
from achillespath.web.reports.referral import TEMPLATE, Recipient, ReferralLetter, referral_letter
from achillespath.web.reports.referral_purpose import NO_LOADING_UNTIL_SEEN

pytestmark = pytest.mark.django_db

SAME_DAY = "Same-day assessment for a red flag: exclude rupture (calf squeeze test)"
STOP_FLUOROQUINOLONE = "Fluoroquinolone with tendon symptoms: stop the fluoroquinolone"
LOADING_SENTENCES = ("continue the calf-loading programme", "progress the load")


def letter_for(people: ClinicPeople, recipient: Recipient) -> ReferralLetter:
    return referral_letter(
        people.patient, recipient, author=people.clinician, today=timezone.localdate()
    )


def text_of(letter: ReferralLetter) -> str:
    return " ".join(render_to_string(TEMPLATE, {"letter": letter}).replace("&#x27;", "'").split())


def femi_logs_a_snap_yesterday(people: ClinicPeople) -> None:
    """Femi, 3 weeks into the Alfredson programme after a routine check, logs yesterday's
    session with sudden sharp pain and a snap at the back of the ankle."""
    save_check(people.patient, symptom_weeks=3)
    prescribe(people.patient, started_days_ago=20)
    for day in range(20, 1, -1):
        log(people.patient, day, pain=2, next_morning_pain=1)
    log(people.patient, 1, pain=2, warning_signs="sudden_pain,snap", red_flag_reported=True)


def test_the_physio_letter_for_a_patient_the_model_says_to_reduce_asks_for_a_lower_load(
    riverside: ClinicPeople,
) -> None:
    # Sam logs today's session at 7/10, above the 5/10 the model allows.
    give_sam_a_record(riverside.patient, timezone.localdate())
    ExerciseLog.objects.create(
        patient=riverside.patient, date=timezone.localdate(), sets_done=6, pain_during=7
    )

    letter = letter_for(riverside, Recipient.PHYSIO)

    assert letter.purpose == (
        "Referral for physiotherapy: please continue the calf-loading programme at a lower "
        "load: the pain-monitoring model advises reducing the load."
    )
    assert "progress" not in letter.purpose


def test_the_physio_letter_holds_the_load_when_the_model_says_hold(
    riverside: ClinicPeople,
) -> None:
    give_sam_a_record(riverside.patient, timezone.localdate())

    purpose = letter_for(riverside, Recipient.PHYSIO).purpose

    assert "at the current load" in purpose
    assert "the model advises holding the load for now" in purpose


def test_the_specialist_letter_at_3_weeks_asks_for_no_second_line_treatment(
    riverside: ClinicPeople,
) -> None:
    """Jo did the symptom check 3 weeks into gradual midportion pain and has loaded for a week."""
    save_check(riverside.patient, symptom_weeks=3)
    prescribe(riverside.patient, started_days_ago=7)
    TreatmentEpisode.objects.create(
        patient=riverside.patient, kind="loading_programme", side="right", start_date=days_ago(7)
    )

    purpose = letter_for(riverside, Recipient.SPECIALIST).purpose

    assert purpose == (
        "Referral for a specialist opinion on this patient's Achilles tendon pain. At this stage "
        "the pathway does not recommend second-line treatment (see Pathway advice)."
    )
    assert "ATE" not in purpose and "surg" not in purpose


def test_the_specialist_letter_at_15_weeks_lists_the_add_ons_but_not_surgery(
    riverside: ClinicPeople,
) -> None:
    give_sam_a_record(riverside.patient, timezone.localdate())

    purpose = letter_for(riverside, Recipient.SPECIALIST).purpose

    assert purpose == (
        "Referral for a specialist opinion on second-line treatment. The pathway lists these "
        "options for discussion: an Achilles tendon embolisation (ATE) assessment, shockwave "
        "therapy (ESWT), a blood or PRP injection and dry needling."
    )


def test_the_specialist_letter_asks_about_surgery_after_26_weeks_of_failed_treatment(
    riverside: ClinicPeople,
) -> None:
    # Before Sam's 15 weeks of loading, 12 weeks of shockwave therapy did not help: 27 weeks.
    give_sam_a_record(riverside.patient, timezone.localdate())
    TreatmentEpisode.objects.create(
        patient=riverside.patient,
        kind="eswt",
        side="right",
        start_date=days_ago(30 * 7),
        end_date=days_ago(18 * 7),
        outcome="no_change",
    )

    purpose = letter_for(riverside, Recipient.SPECIALIST).purpose

    assert purpose.startswith("Referral for a specialist opinion on second-line treatment.")
    assert "a surgical opinion" in purpose


def test_the_gp_letter_names_the_options_the_advice_lists(riverside: ClinicPeople) -> None:
    give_sam_a_record(riverside.patient, timezone.localdate())

    purpose = letter_for(riverside, Recipient.GP).purpose

    assert purpose.startswith("To update you on this patient's care for Achilles tendon pain.")
    assert "shockwave therapy (ESWT)" in purpose
    assert "surgical" not in purpose


@pytest.mark.parametrize("recipient", list(Recipient))
def test_a_snap_logged_yesterday_makes_every_letter_ask_for_a_same_day_assessment(
    riverside: ClinicPeople, recipient: Recipient
) -> None:
    femi_logs_a_snap_yesterday(riverside)

    letter = letter_for(riverside, recipient)
    text = text_of(letter)

    assert letter.urgency is Disposition.URGENT
    assert letter.purpose.startswith("Urgent")
    assert SAME_DAY in letter.purpose
    assert letter.purpose.endswith(NO_LOADING_UNTIL_SEEN)
    assert not any(sentence in letter.purpose for sentence in LOADING_SENTENCES)
    assert letter.load_advice is None
    assert "Pain-monitoring advice for the next session: none while" in text
    assert "Pain-monitoring advice for the next session: hold" not in text


def test_the_specialist_is_asked_for_a_same_day_assessment_not_about_ate_or_surgery(
    riverside: ClinicPeople,
) -> None:
    femi_logs_a_snap_yesterday(riverside)

    purpose = letter_for(riverside, Recipient.SPECIALIST).purpose

    assert purpose.startswith("Urgent referral for a same-day specialist assessment.")
    assert "ATE" not in purpose and "surg" not in purpose


def test_a_fluoroquinolone_logged_makes_the_physio_letter_ask_to_stop_it_not_to_load(
    riverside: ClinicPeople,
) -> None:
    """Grace, on the programme with settled pain, logs ciprofloxacin for a chest infection."""
    save_check(riverside.patient, symptom_weeks=6)
    prescribe(riverside.patient, started_days_ago=20)
    visa_a(riverside.patient, 20, 50)
    for day in range(20, 1, -1):
        log(riverside.patient, day, pain=1, next_morning_pain=1)
    log(riverside.patient, 1, pain=1, new_medicines="Ciprofloxacin for a chest infection")

    purpose = letter_for(riverside, Recipient.PHYSIO).purpose

    assert purpose.startswith("Urgent: before any further physiotherapy")
    assert STOP_FLUOROQUINOLONE in purpose
    assert SAME_DAY not in purpose
    assert not any(sentence in purpose for sentence in LOADING_SENTENCES)


def test_an_urgent_symptom_check_leads_the_gp_letter(riverside: ClinicPeople) -> None:
    save_check(riverside.patient, heard_snap=True)

    letter = letter_for(riverside, Recipient.GP)

    assert letter.purpose.startswith("Urgent: please make sure this patient is assessed today.")
    assert SAME_DAY in letter.purpose


def test_an_emergency_leads_with_emergency_care(riverside: ClinicPeople) -> None:
    save_check(riverside.patient, breathless_or_chest_pain=True)

    purpose = letter_for(riverside, Recipient.PHYSIO).purpose

    assert purpose.startswith("Emergency: this patient needs emergency care now")
    assert "possible pulmonary embolism" in purpose


def test_a_record_without_a_check_asks_the_physio_to_assess(riverside: ClinicPeople) -> None:
    letter = referral_letter(
        riverside.other_patient,
        Recipient.PHYSIO,
        author=riverside.clinician,
        today=timezone.localdate(),
    )

    assert letter.purpose == (
        "Referral for physiotherapy: please assess and manage this patient's Achilles tendon pain."
    )


def test_advice_less_urgent_than_the_letter_is_marked_as_not_weighing_the_logs(
    riverside: ClinicPeople,
) -> None:
    # Sam's advice is routine; a letter made urgent by a report the advice has not weighed
    # says so above the advice, so nobody follows its loading advice first.
    give_sam_a_record(riverside.patient, timezone.localdate())
    routine = letter_for(riverside, Recipient.PHYSIO)
    urgent = dataclasses.replace(routine, urgency=Disposition.URGENT)

    assert (routine.advice_is_less_urgent, urgent.advice_is_less_urgent) == (False, True)
    assert "does not weigh the warning sign or medicine reported" in text_of(urgent)
    assert "does not weigh the warning sign or medicine reported" not in text_of(routine)
