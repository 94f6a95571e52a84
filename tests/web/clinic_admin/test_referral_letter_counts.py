"""Counts in the referral letter read as English: one week, one point; two weeks, two points."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinician.records import save_check, visa_a
from web.people import ClinicPeople

from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db


def letter_text(people: ClinicPeople) -> str:
    letter = referral_letter(
        people.patient, Recipient.GP, author=people.clinician, today=timezone.localdate()
    )
    return " ".join(render_to_string(TEMPLATE, {"letter": letter}).split())


def test_jos_single_week_and_single_point_are_singular(riverside: ClinicPeople) -> None:
    """Jo has had pain for a week, wore heel lifts for a week, and her VISA-A went from 60 to
    61, at a clinic that counts a change of 1 point as meaningful."""
    riverside.clinic.visa_a_mcid = 1
    riverside.clinic.save()
    riverside.patient.refresh_from_db()
    save_check(
        riverside.patient,
        symptom_weeks=1,
        treatments=[{"kind": "heel_lifts", "weeks": 1, "outcome": "no_change"}],
    )
    visa_a(riverside.patient, 20, 60)
    visa_a(riverside.patient, 2, 61)

    text = letter_text(riverside)

    assert "Symptoms for: 1 week at the time of the check" in text
    assert "Heel lifts: 1 week, " in text
    assert "a change of +1 point." in text
    assert "(MCID) of 1 point." in text


def test_more_than_one_is_plural(riverside: ClinicPeople) -> None:
    save_check(
        riverside.patient,
        symptom_weeks=1.5,
        treatments=[{"kind": "heel_lifts", "weeks": 2, "outcome": "no_change"}],
    )
    visa_a(riverside.patient, 20, 60)
    visa_a(riverside.patient, 2, 62)

    text = letter_text(riverside)

    assert "Symptoms for: 1.5 weeks at the time of the check" in text
    assert "Heel lifts: 2 weeks, " in text
    assert "a change of +2 points." in text
    assert "(MCID) of 14 points." in text
