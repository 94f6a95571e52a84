"""A programme prescribed in the app is judged at its 12-week review from the VISA-A, as the
caseload's "no meaningful improvement" flag judges it, and the patient page, the clinic API and
the referral letter give that outcome: improved by the MCID, keep going with no add-on options;
short of it, the add-on options beside the flag; before the review, continue loading.

Vignettes (clinician review; the clinic's MCID is the pathway's 14 points): Priya, Tom and Ana
each did the symptom check (20 weeks of midportion pain) and were prescribed the midportion
programme, with a VISA-A of 40 the day it began.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web.api.calls import api_client
from web.clinician.records import days_ago, prescribe, save_check, today, visa_a
from web.people import ClinicPeople, client_for

from achillespath.intake import TreatmentOutcome
from achillespath.monitoring.flags import FlagKind
from achillespath.monitoring.follow_up import FollowUp, VisaARecord
from achillespath.monitoring.loading_outcome import loading_review
from achillespath.pathway.definition import load_pathway
from achillespath.web.pathway_advice import prescribed_loading
from achillespath.web.reports.referral import Recipient, referral_letter

pytestmark = pytest.mark.django_db

ADD_ONS = "stepped_care.add_on_discussion"
IMPROVED = "stepped_care.improved_on_visa_a"
CONTINUE = "stepped_care.continue_loading"


def on_a_programme(people: ClinicPeople, *, weeks: int, latest: int) -> None:
    save_check(people.patient)
    prescribe(people.patient, started_days_ago=weeks * 7)
    visa_a(people.patient, weeks * 7, 40)
    visa_a(people.patient, 1, latest)


def everywhere(people: ClinicPeople) -> dict[str, Any]:
    """The advice's rules and the flags on the patient page, the API and the letter."""
    page = client_for(people.clinician).get(reverse("clinician:patient", args=[people.patient.pk]))
    body = api_client(people.clinician).get(f"/api/patients/{people.patient.pk}").json()
    letter = referral_letter(
        people.patient, Recipient.SPECIALIST, author=people.clinician, today=today()
    )
    advice = page.context["advice"]
    return {
        "page": [rec.rule for rec in advice.result.recommendations],
        "api": [rec["rule"] for rec in body["advice"]["assessment"]["recommendations"]],
        "letter": [rec.rule for rec in letter.advice.result.recommendations],
        "page_flags": {line.kind for line in page.context["flags"]},
        "api_flags": {flag["kind"] for flag in body["flags"]},
        "letter_flags": {flag.kind for flag in letter.concerns},
        "treatments": [(t.origin, t.weeks, t.outcome) for t in advice.treatments],
        "reasons": [rec.clinician_reason for rec in advice.result.recommendations],
    }


def test_priya_whose_visa_a_rose_from_40_to_62_keeps_going_with_no_add_on_options(
    riverside: ClinicPeople,
) -> None:
    on_a_programme(riverside, weeks=13, latest=62)

    seen = everywhere(riverside)

    assert seen["page"] == seen["api"] == seen["letter"] == [IMPROVED]
    assert "VISA-A from 40 to 62, at least the 14-point MCID" in seen["reasons"][0]
    assert seen["treatments"] == [("prescribed", 13.0, "Improved")]
    assert FlagKind.NO_MEANINGFUL_IMPROVEMENT not in seen["page_flags"] | seen["letter_flags"]
    assert FlagKind.NO_MEANINGFUL_IMPROVEMENT.value not in seen["api_flags"]


def test_tom_whose_visa_a_rose_from_40_to_46_gets_the_add_on_options_beside_the_flag(
    riverside: ClinicPeople,
) -> None:
    on_a_programme(riverside, weeks=13, latest=46)

    seen = everywhere(riverside)

    for rules in (seen["page"], seen["api"], seen["letter"]):
        assert ADD_ONS in rules
        assert IMPROVED not in rules
    assert seen["treatments"] == [("prescribed", 13.0, "No change")]
    assert FlagKind.NO_MEANINGFUL_IMPROVEMENT in seen["page_flags"] & seen["letter_flags"]
    assert FlagKind.NO_MEANINGFUL_IMPROVEMENT.value in seen["api_flags"]


def test_ana_at_10_weeks_with_40_to_70_still_continues_loading_until_the_review(
    riverside: ClinicPeople,
) -> None:
    on_a_programme(riverside, weeks=10, latest=70)

    seen = everywhere(riverside)

    for rules in (seen["page"], seen["api"], seen["letter"]):
        assert CONTINUE in rules
        assert IMPROVED not in rules
    assert seen["treatments"] == [("prescribed", 10.0, "Not known")]
    assert FlagKind.NO_MEANINGFUL_IMPROVEMENT not in seen["page_flags"]


def test_only_the_current_programme_takes_the_review_a_replaced_one_keeps_no_outcome(
    riverside: ClinicPeople,
) -> None:
    first = prescribe(riverside.patient, started_days_ago=126, active=False)
    current = prescribe(riverside.patient, started_days_ago=91)
    follow_up = FollowUp(
        programme_start=current.start_date,
        visa_a=(
            VisaARecord(taken_on=days_ago(91), total=40),
            VisaARecord(taken_on=days_ago(1), total=62),
        ),
    )
    review = loading_review(follow_up, today(), load_pathway().monitoring)

    counted = prescribed_loading([first, current], [], today(), review)

    assert [treatment.outcome for _, treatment in counted] == [None, TreatmentOutcome.IMPROVED]
    assert counted[1][1].visa_a is not None
    assert (counted[1][1].visa_a.first, counted[1][1].visa_a.latest) == (40, 62)
