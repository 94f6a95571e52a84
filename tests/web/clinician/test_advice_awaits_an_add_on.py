"""A recorded add-on with no outcome yet is awaited for 12 weeks from its start date: the
patient page, the clinic API and the referral letter say to keep loading and record its
outcome, not to discuss add-ons again or see a surgeon.

Vignette (clinician review): Sam did the symptom check (20 weeks of midportion pain) and was
prescribed the midportion programme 18 weeks ago; shockwave therapy was recorded after it.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.api.calls import api_client
from web.clinician.records import days_ago, prescribe, save_check, today
from web.people import ClinicPeople, client_for

from achillespath.web.models import TreatmentEpisode
from achillespath.web.reports.referral import Recipient, referral_letter

pytestmark = pytest.mark.django_db

AWAITING = "stepped_care.awaiting_add_on"


def sam_with_shockwave_begun(people: ClinicPeople, *, weeks_ago: int) -> None:
    save_check(people.patient)
    prescribe(people.patient, started_days_ago=18 * 7)
    TreatmentEpisode.objects.create(
        patient=people.patient,
        kind="eswt",
        side="right",
        start_date=days_ago(weeks_ago * 7),
        end_date=days_ago(weeks_ago * 7 - 14),
    )


def advice_rules(people: ClinicPeople) -> dict[str, list[str]]:
    page = client_for(people.clinician).get(reverse("clinician:patient", args=[people.patient.pk]))
    body = api_client(people.clinician).get(f"/api/patients/{people.patient.pk}").json()
    letter = referral_letter(
        people.patient, Recipient.SPECIALIST, author=people.clinician, today=today()
    )
    return {
        "page": [rec.rule for rec in page.context["advice"].result.recommendations],
        "api": [rec["rule"] for rec in body["advice"]["assessment"]["recommendations"]],
        "letter": [rec.rule for rec in letter.advice.result.recommendations],
    }


def test_shockwave_begun_4_weeks_ago_is_awaited_everywhere(riverside: ClinicPeople) -> None:
    sam_with_shockwave_begun(riverside, weeks_ago=4)

    seen = advice_rules(riverside)

    assert seen["page"] == seen["api"] == seen["letter"] == [AWAITING]


def test_shockwave_begun_16_weeks_ago_with_no_outcome_brings_the_add_on_options_again(
    riverside: ClinicPeople,
) -> None:
    sam_with_shockwave_begun(riverside, weeks_ago=16)

    seen = advice_rules(riverside)

    for rules in seen.values():
        assert "stepped_care.add_on_discussion" in rules
        assert "stepped_care.eswt" not in rules
        assert AWAITING not in rules
