"""A red flag from the symptom check is named, with where it came from, wherever the clinic
sees it, and once clinic staff record that it was assessed, the pathway advice says so and is
no longer driven by the check's red-flag answers.

Vignette: Nina, on a loading programme, does the symptom check and answers that she cannot
put weight on the leg. Her clinician sees her the same day (the tendon is intact) and records
it. A snap she logs afterwards makes the advice urgent again.
"""

from __future__ import annotations

import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from web.api.calls import api_client
from web.clinician.records import days_ago, prescribe, save_check, visa_a
from web.patient.programme_records import log_form
from web.people import ClinicPeople, client_for

from achillespath.dates import day_words
from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db

CASELOAD = reverse("clinician:caseload")
SIGN = "Cannot put weight on the leg: suspected Achilles tendon rupture"
NOTE = "Seen in clinic: Simmonds negative, tendon intact."
URGENT = "Urgent: same-day assessment"


def nina_checks_and_cannot_bear_weight(people: ClinicPeople) -> None:
    prescribe(people.patient, started_days_ago=30)
    visa_a(people.patient, 1, 50)
    save_check(people.patient, can_bear_weight=False)


def told() -> str:
    return f"{SIGN} (symptom check of {day_words(days_ago(0))})"


def review_url(people: ClinicPeople) -> str:
    return reverse("clinician:warning-review", args=[people.patient.pk])


def record_the_assessment(people: ClinicPeople) -> None:
    client = client_for(people.clinician)
    seen = client.get(review_url(people)).context["form"]["seen"].value()
    client.post(review_url(people), {"note": NOTE, "seen": seen})


def patient_page(people: ClinicPeople) -> str:
    url = reverse("clinician:patient", args=[people.patient.pk])
    return client_for(people.clinician).get(url).content.decode()


def advice_section(page: str) -> str:
    """The pathway advice, without the timeline's history of what each check said."""
    return page.split(">Pathway advice</h2>")[1].split("<h2", maxsplit=1)[0]


def letter_html(people: ClinicPeople, recipient: Recipient) -> str:
    letter = referral_letter(people.patient, recipient, author=people.clinician, today=days_ago(0))
    return render_to_string(TEMPLATE, {"letter": letter})


def test_the_caseload_patient_page_and_review_page_name_the_sign_from_the_check(
    riverside: ClinicPeople,
) -> None:
    nina_checks_and_cannot_bear_weight(riverside)
    client = client_for(riverside.clinician)

    shown = [
        client.get(CASELOAD).content.decode(),
        patient_page(riverside),
        client.get(review_url(riverside)).content.decode(),
    ]

    assert all(told() in page for page in shown)


def test_after_the_assessment_the_advice_says_who_assessed_it_and_is_not_urgent(
    riverside: ClinicPeople,
) -> None:
    nina_checks_and_cannot_bear_weight(riverside)
    assert URGENT in advice_section(patient_page(riverside))

    record_the_assessment(riverside)
    page = advice_section(patient_page(riverside))

    today = day_words(days_ago(0))
    assert (
        f"The warning signs reported in the symptom check of {today} were assessed on "
        f"{today} by {riverside.clinician.get_full_name()}: \u201c{NOTE}\u201d" in page
    )
    assert URGENT not in page
    assert "Not suitable: possible rupture" not in page


def test_the_letter_says_the_assessment_stands_in_place_of_the_checks_answers(
    riverside: ClinicPeople,
) -> None:
    nina_checks_and_cannot_bear_weight(riverside)
    record_the_assessment(riverside)

    letter = letter_html(riverside, Recipient.GP)

    assert "The clinician&#x27;s judgement now stands" in letter
    assert "Urgency: urgent" not in letter


def test_a_snap_logged_after_the_assessment_makes_the_advice_urgent_again(
    riverside: ClinicPeople,
) -> None:
    nina_checks_and_cannot_bear_weight(riverside)
    record_the_assessment(riverside)

    client_for(riverside.patient_user).post("/log/", log_form(warning_signs="snap"))

    assert URGENT in advice_section(patient_page(riverside))


def test_the_gp_letter_names_the_sign_once_as_from_the_symptom_check(
    riverside: ClinicPeople,
) -> None:
    nina_checks_and_cannot_bear_weight(riverside)

    letter = letter_html(riverside, Recipient.GP)

    assert (
        f"The patient reported a warning sign in the symptom check on {day_words(days_ago(0))}"
        in letter
    )
    assert "daily exercise log" not in letter
    assert f"<li>{told()}</li>" in letter
    assert letter.count("Cannot put weight on the leg") == 1


def test_the_letter_numbers_each_source_of_its_concerns_once(riverside: ClinicPeople) -> None:
    nina_checks_and_cannot_bear_weight(riverside)
    client_for(riverside.patient_user).post("/log/", log_form(warning_signs="snap"))

    letter = letter_html(riverside, Recipient.GP)

    cited = re.search(r"Sources \[([\d, ]+)\]", letter)
    assert cited is not None
    numbers = cited.group(1).split(", ")
    assert len(numbers) == len(set(numbers))


def test_the_clinic_api_says_who_assessed_the_signs_when_and_with_what_note(
    riverside: ClinicPeople,
) -> None:
    nina_checks_and_cannot_bear_weight(riverside)
    url = f"/api/patients/{riverside.patient.pk}"
    assert api_client(riverside.clinician).get(url).json()["advice"]["assessed"] is None

    record_the_assessment(riverside)
    advice = api_client(riverside.clinician).get(url).json()["advice"]

    assessed = advice["assessed"]
    assert (assessed["assessed_on"], assessed["assessed_by"], assessed["note"]) == (
        days_ago(0).isoformat(),
        riverside.clinician.get_full_name(),
        NOTE,
    )
    # The same sentence as the patient page, from the same wording.
    assert escape(assessed["text"]) in " ".join(advice_section(patient_page(riverside)).split())
    assert advice["headline"] != URGENT
