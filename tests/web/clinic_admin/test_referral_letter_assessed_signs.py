"""Beside each warning sign, the letter says when, by whom and with what note it was assessed,
in the words of the clinician's patient page; a sign reported since stands as reported."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinician.records import log, prescribe
from web.people import ClinicPeople

from achillespath.web.models import WarningSignReview
from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db


def gp_letter_html(people: ClinicPeople) -> str:
    letter = referral_letter(
        people.patient, Recipient.GP, author=people.clinician, today=timezone.localdate()
    )
    return " ".join(render_to_string(TEMPLATE, {"letter": letter}).split())


def pats_swollen_calf_is_assessed_in_clinic(people: ClinicPeople) -> None:
    # Walkthrough: the letter listed "A swollen calf (22 Nov)" without saying it was assessed.
    people.clinician.first_name, people.clinician.last_name = "Ann", "Lee"
    people.clinician.save()
    prescribe(people.patient, started_days_ago=14)
    yesterday = timezone.now() - dt.timedelta(days=1)
    log(
        people.patient,
        1,
        red_flag_reported=True,
        warning_signs="calf_swelling",
        signs_reported_at=yesterday,
    )
    WarningSignReview.objects.create(
        patient=people.patient,
        reviewed_by=people.clinician,
        reviewed_at=yesterday + dt.timedelta(minutes=5),
        note="Seen in clinic; DVT excluded by scan",
    )


def test_the_gp_letter_says_the_swollen_calf_was_assessed_by_whom_and_what_was_found(
    riverside: ClinicPeople,
) -> None:
    pats_swollen_calf_is_assessed_in_clinic(riverside)
    day = timezone.localdate(timezone.now() - dt.timedelta(days=1))
    on = f"{day.day} {day:%b %Y}"

    assert (
        f"A swollen calf (daily log of {on}), assessed on {on} by Ann Lee: "
        "\u201cSeen in clinic; DVT excluded by scan\u201d"
    ) in gp_letter_html(riverside)


def test_a_sign_reported_after_the_assessment_is_not_said_to_be_assessed(
    riverside: ClinicPeople,
) -> None:
    pats_swollen_calf_is_assessed_in_clinic(riverside)
    fever = log(riverside.patient, 0, red_flag_reported=True, warning_signs="fever")
    fever.signs_reported_at = timezone.now() + dt.timedelta(hours=1)
    fever.save()

    shown = gp_letter_html(riverside)

    [fever_line] = [line for line in shown.split("<li>") if line.startswith("A fever")]
    assert "assessed" not in fever_line.split("</li>")[0]
    assert "A swollen calf (daily log of" in shown and "by Ann Lee" in shown
