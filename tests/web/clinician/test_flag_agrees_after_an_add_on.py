"""After a loading programme fell short at its review, an add-on recorded since decides the
caseload flag as it decides the pathway advice: the patient page, the clinic API and the
specialist letter never say "discuss add-on options" once it helped or while its effect is
awaited.

Vignettes (clinician review; the clinic's MCID is the pathway's 14 points): Erin did the symptom
check (20 weeks of midportion pain), was prescribed the midportion programme 16 weeks ago with a
VISA-A of 40, and scored 46 yesterday; shockwave therapy (ESWT) was recorded after her review.
The demo's Erin Walsh is the same story.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from web.api.calls import api_client
from web.clinician.records import days_ago, prescribe, save_check, today, visa_a
from web.people import ClinicPeople, client_for

from achillespath.monitoring.flags import FlagKind, caseload_flags
from achillespath.web.demo import load_demo
from achillespath.web.follow_up import follow_up_for
from achillespath.web.models import Patient, TreatmentEpisode, User
from achillespath.web.pathway_advice import pathway_advice_for
from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db

DISCUSS = "discuss add-on options"
SHORT = FlagKind.NO_MEANINGFUL_IMPROVEMENT


def shockwave(patient: Patient, begun: dt.date, outcome: str = "") -> TreatmentEpisode:
    return TreatmentEpisode.objects.create(
        patient=patient, kind="eswt", side="right", start_date=begun, outcome=outcome
    )


def erin_short_at_her_review(people: ClinicPeople) -> None:
    save_check(people.patient)
    prescribe(people.patient, started_days_ago=16 * 7)
    visa_a(people.patient, 16 * 7, 40)
    visa_a(people.patient, 1, 46)


def everywhere(people: ClinicPeople) -> dict[str, Any]:
    """The advice's rules and the flags' reasons on the patient page, the API and the
    specialist letter, and each as a whole text."""
    page = client_for(people.clinician).get(reverse("clinician:patient", args=[people.patient.pk]))
    body = api_client(people.clinician).get(f"/api/patients/{people.patient.pk}")
    letter = referral_letter(
        people.patient, Recipient.SPECIALIST, author=people.clinician, today=today()
    )
    return {
        "rules": [rec.rule for rec in page.context["advice"].result.recommendations],
        "api_rules": [
            rec["rule"] for rec in body.json()["advice"]["assessment"]["recommendations"]
        ],
        "letter_rules": [rec.rule for rec in letter.advice.result.recommendations],
        "flags": {line.kind: line.reason for line in page.context["flags"]},
        "texts": (
            page.content.decode(),
            body.content.decode(),
            render_to_string(TEMPLATE, {"letter": letter}),
        ),
    }


def test_erin_whose_shockwave_was_recorded_improved_is_told_nowhere_to_discuss_add_ons(
    riverside: ClinicPeople,
) -> None:
    erin_short_at_her_review(riverside)
    shockwave(riverside.patient, days_ago(21), outcome="improved")

    seen = everywhere(riverside)

    assert seen["rules"] == seen["api_rules"] == seen["letter_rules"] == ["stepped_care.improving"]
    assert SHORT not in seen["flags"]
    for text in seen["texts"]:
        assert DISCUSS not in text


def test_erin_whose_shockwave_began_3_weeks_ago_is_flagged_as_awaiting_it(
    riverside: ClinicPeople,
) -> None:
    erin_short_at_her_review(riverside)
    shockwave(riverside.patient, days_ago(21))

    seen = everywhere(riverside)

    assert (
        seen["rules"]
        == seen["api_rules"]
        == seen["letter_rules"]
        == ["stepped_care.awaiting_add_on"]
    )
    assert seen["flags"][SHORT].endswith(
        "less than the 14-point meaningful change. ESWT began 3 weeks ago; its effect is usually "
        "judged at about 12 weeks: continue loading meanwhile and record its outcome when known."
    )
    for text in seen["texts"]:
        assert DISCUSS not in text


def test_erin_with_nothing_recorded_since_her_review_is_still_told_to_discuss_add_ons(
    riverside: ClinicPeople,
) -> None:
    erin_short_at_her_review(riverside)

    seen = everywhere(riverside)

    assert "stepped_care.add_on_discussion" in seen["rules"]
    assert DISCUSS in seen["flags"][SHORT]


TODAY = dt.date(2026, 11, 21)


def test_the_demos_erin_with_shockwave_recorded_improved_has_no_flag_to_discuss_add_ons() -> None:
    # The clinician's steps: record ESWT for Erin from today, outcome Improved.
    load_demo(TODAY)
    erin = Patient.objects.get(display_name="Erin Walsh")
    shockwave(erin, TODAY, outcome="improved")
    clinician = User.objects.get(email="clinician@example.org")

    flags = caseload_flags(follow_up_for(erin), TODAY)
    advice = pathway_advice_for(erin, TODAY)
    letter = referral_letter(erin, Recipient.SPECIALIST, author=clinician, today=TODAY)

    assert SHORT not in {flag.kind for flag in flags}
    assert advice is not None
    assert [rec.rule for rec in advice.recommendations] == ["stepped_care.improving"]
    assert DISCUSS not in render_to_string(TEMPLATE, {"letter": letter})
