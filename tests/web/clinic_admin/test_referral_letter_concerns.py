"""A letter goes to a clinician outside the clinic: "What the record shows today" says who
reported what and when, never the caseload's instruction to the clinic's own clinician
("Contact them today.", "check how they are getting on")."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinician.records import days_ago, log, prescribe, save_check, visa_a
from web.people import ClinicPeople

from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter
from achillespath.web.reports.referral_concerns import FLAGGED_FOR_CONTACT

pytestmark = pytest.mark.django_db


def concerns(people: ClinicPeople, recipient: Recipient = Recipient.GP) -> tuple[str, ...]:
    letter = referral_letter(
        people.patient, recipient, author=people.clinician, today=timezone.localdate()
    )
    text = render_to_string(TEMPLATE, {"letter": letter}).lower()
    assert "contact them" not in text
    assert "how they are getting on" not in text
    return letter.concern_texts


def on_the_programme(people: ClinicPeople) -> None:
    save_check(people.patient, symptom_weeks=6)
    prescribe(people.patient, started_days_ago=20)
    visa_a(people.patient, 20, 50)


@pytest.mark.parametrize("recipient", list(Recipient))
def test_a_logged_warning_sign_says_the_patient_reported_it_and_the_clinic_flagged_it(
    riverside: ClinicPeople, recipient: Recipient
) -> None:
    on_the_programme(riverside)
    log(riverside.patient, 2, warning_signs="calf_swelling", red_flag_reported=True)

    # Dated the day it was reported (today), not the day the log is for.
    assert concerns(riverside, recipient)[0] == (
        f"The patient reported a warning sign in a daily exercise log on {days_ago(0):%-d %b %Y} "
        f"(see Red flags below). {FLAGGED_FOR_CONTACT}"
    )


def test_a_logged_fluoroquinolone_is_named_in_the_patients_words(
    riverside: ClinicPeople,
) -> None:
    on_the_programme(riverside)
    log(riverside.patient, 1, new_medicines="Cipro 500mg for a chest infection")

    assert concerns(riverside)[0] == (
        "The patient reported taking a fluoroquinolone antibiotic in a daily exercise log on "
        f"{days_ago(0):%-d %b %Y}: \u201cCipro 500mg for a chest infection\u201d. "
        f"{FLAGGED_FOR_CONTACT}"
    )


def test_no_recent_log_says_for_how_long_without_telling_anyone_to_check(
    riverside: ClinicPeople,
) -> None:
    on_the_programme(riverside)
    log(riverside.patient, 9)

    assert f"No exercise logged for 9 days, since {days_ago(9):%-d %b %Y}." in concerns(riverside)


def test_a_finding_is_told_in_the_caseloads_words_with_its_date(riverside: ClinicPeople) -> None:
    on_the_programme(riverside)
    log(riverside.patient, 0, pain=8)

    told = concerns(riverside)

    assert told[0].startswith("Pain-monitoring rule broken. Pain during exercise 8/10")
    assert told[0].endswith(f"(since {days_ago(0):%-d %b %Y})")
