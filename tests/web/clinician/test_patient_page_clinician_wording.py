"""The clinician's patient page gives the core's reasons in the clinician's words: never the
advice written to the patient ("you"), and never a raw rule id in a sentence (HAZ-20)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from web.clinician.records import log, save_check
from web.people import ClinicPeople, client_for

from achillespath.web.models import Patient

pytestmark = pytest.mark.django_db


def give_sam_three_weeks_of_physio_and_rising_pain(patient: Patient) -> None:
    """Sam's check after 3 weeks of physiotherapy that has not helped yet, then a week of logs
    at pain 1/10 and a week at 4/10: the pain-monitoring model's weekly trend is broken."""
    save_check(patient, treatments=[{"kind": "physiotherapy", "weeks": 3, "outcome": "no_change"}])
    for days in range(14):
        log(patient, days, pain=4 if days < 7 else 1)


def page_for(people: ClinicPeople) -> str:
    response = client_for(people.clinician).get(
        reverse("clinician:patient", args=[people.patient.pk])
    )
    assert response.status_code == 200
    return response.content.decode().replace("&#x27;", "'")


def flags_and_advice(page: str) -> str:
    return page[page.index(">Flags</h2>") : page.index(">VISA-A change</h2>")]


def test_the_recommendations_give_the_clinicians_reasons(riverside: ClinicPeople) -> None:
    give_sam_three_weeks_of_physio_and_rising_pain(riverside.patient)

    page = page_for(riverside)

    assert "Why: Physiotherapy review of exercise technique and load." in page
    assert "Why: Loading for 3 weeks so far; judge it at 12 weeks at the earliest" in page
    assert "Your physiotherapist can check" not in page
    assert "You have done 3 weeks of exercise" not in page


def test_the_ate_verdict_gives_the_clinicians_reasons(riverside: ClinicPeople) -> None:
    give_sam_three_weeks_of_physio_and_rising_pain(riverside.patient)

    page = page_for(riverside)

    assert (
        "<li>Physiotherapy, exercise, activity modification or injections not yet tried for 12 "
        "weeks without enough improvement.</li>"
    ) in page
    assert "have not yet been tried for 12 weeks" not in page


def test_the_pain_rule_flag_says_what_the_model_found_without_a_rule_id(
    riverside: ClinicPeople,
) -> None:
    give_sam_three_weeks_of_physio_and_rising_pain(riverside.patient)

    page = page_for(riverside)

    assert (
        "Pain-monitoring rule broken. Average pain during exercise over the last 7 days was "
        "4.0/10, up from 1.0/10 the week before. The model advises reducing the load."
    ) in page
    assert "(pain_monitoring." not in page
    assert "Ease off next time" not in page


def test_neither_the_flags_nor_the_advice_address_the_reader_as_you(
    riverside: ClinicPeople,
) -> None:
    give_sam_three_weeks_of_physio_and_rising_pain(riverside.patient)

    section = flags_and_advice(page_for(riverside))

    assert not re.findall(r"\b(?:you|your)\b", section, re.IGNORECASE)


def test_a_sudden_onset_reads_as_a_possible_rupture_to_the_clinician(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient, onset="sudden")

    page = page_for(riverside)

    assert (
        "Why: Sudden onset reported: possible rupture until examined (Simmonds/calf squeeze), "
        "even if weight-bearing."
    ) in page
    assert "even if you can still walk" not in page


def test_the_advice_and_the_timeline_name_the_disposition_for_the_clinician(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient, onset="sudden")

    page = page_for(riverside)

    assert "Urgent: same-day assessment</h3>" in page
    assert "Urgent: same-day assessment (pathway " in page
    assert "Get medical help today" not in page


def test_skipped_red_flag_questions_are_named_in_clinician_words(riverside: ClinicPeople) -> None:
    # Sam's check with onset and calf swelling left unanswered.
    save_check(riverside.patient, onset=None, calf_swelling=None)

    page = page_for(riverside)

    assert "<li>Sudden onset</li><li>Calf swelling</li>" in page
    assert "<li>Onset</li>" not in page
    assert "Why: Not answered: sudden onset and calf swelling. Serious pathology cannot be" in page
    assert "whether your calf is swollen" not in page
