"""An add-on whose effect is still awaited is not taken as failed: while the latest treatment is
an add-on that began under 12 weeks ago (add_on_outcome_weeks; Dutch guideline review at 3
months, ATM trial, ATE follow-up schedule) and has no outcome yet, the advice is to keep
loading and record its outcome, with no new add-on list and no surgical referral. When it is
not known when the add-on began (a treatment the person reported), the advice is as before.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.vignettes import assess_person, recommendation_ids

from achillespath.intake import Treatment, TreatmentKind, TreatmentOutcome
from achillespath.result import AssessmentResult, Disposition

AWAITING = "stepped_care.awaiting_add_on"
ADD_ON_KINDS = (
    TreatmentKind.ESWT,
    TreatmentKind.PRP_INJECTION,
    TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION,
    TreatmentKind.DRY_NEEDLING,
    TreatmentKind.HIGH_VOLUME_INJECTION,
    TreatmentKind.ATE,
)
ESCALATION = {
    "eswt",
    "prp_or_blood_injection",
    "dry_needling",
    "ate_assessment",
    "surgical_referral",
}


def loading(weeks: float) -> Treatment:
    return Treatment(kind=TreatmentKind.LOADING_PROGRAMME, weeks=weeks)


def add_on(
    kind: TreatmentKind,
    began_weeks_ago: float | None,
    weeks: float = 3,
    outcome: TreatmentOutcome | None = None,
) -> Treatment:
    return Treatment(kind=kind, weeks=weeks, weeks_since_start=began_weeks_ago, outcome=outcome)


def sam(*treatments: Treatment, **answers: object) -> AssessmentResult:
    """Sam: 40 weeks of midportion pain that limits his running."""
    return assess_person(
        symptom_weeks=40,
        pain_site=("midportion",),
        pain_score=6,
        treatments=treatments,
        **answers,
    )


def rules(result: AssessmentResult) -> list[str]:
    return [recommendation.rule for recommendation in result.recommendations]


def test_sam_whose_shockwave_began_4_weeks_ago_after_14_weeks_of_loading_awaits_its_effect() -> (
    None
):
    result = sam(loading(14), add_on(TreatmentKind.ESWT, began_weeks_ago=4))

    assert result.disposition is Disposition.ROUTINE
    assert rules(result) == [AWAITING]
    awaiting = result.recommendations[0]
    assert awaiting.reason == (
        "Your shockwave therapy began 4 weeks ago. Its effect is usually judged after about 12 "
        "weeks, so keep up your calf exercises meanwhile, and tell your GP or physiotherapist "
        "how it went when you know."
    )
    assert awaiting.clinician_reason == (
        "ESWT began 4 weeks ago; its effect is usually judged at about 12 weeks: continue "
        "loading meanwhile and record its outcome when known."
    )
    assert awaiting.sources == (
        "dutch-guideline-2021",
        "kearney-2021-atm",
        "ate-follow-up-schedule",
    )


def test_sam_whose_shockwave_began_16_weeks_ago_with_no_outcome_gets_add_on_options_again() -> None:
    result = sam(loading(14), add_on(TreatmentKind.ESWT, began_weeks_ago=16))

    assert "stepped_care.add_on_discussion" in rules(result)
    assert AWAITING not in rules(result)
    assert "eswt" not in recommendation_ids(result)  # already tried: not offered again


def test_ate_8_weeks_ago_after_30_weeks_of_failed_treatment_is_awaited_not_surgery() -> None:
    result = sam(loading(30), add_on(TreatmentKind.ATE, began_weeks_ago=8, weeks=0))

    assert rules(result) == [AWAITING]
    assert result.recommendations[0].reason.startswith(
        "Your tendon embolisation (ATE) began 8 weeks ago."
    )


def test_shockwave_recorded_as_improved_is_improving() -> None:
    treatments = (
        loading(14),
        add_on(TreatmentKind.ESWT, began_weeks_ago=4, outcome=TreatmentOutcome.IMPROVED),
    )

    assert rules(sam(*treatments)) == ["stepped_care.improving"]


def test_an_add_on_reported_without_when_it_began_is_judged_as_before() -> None:
    result = sam(loading(30), add_on(TreatmentKind.ESWT, began_weeks_ago=None))

    assert AWAITING not in rules(result)
    assert "stepped_care.surgical_referral" in rules(result)


def test_an_add_on_that_began_less_than_a_week_ago_says_so() -> None:
    result = sam(loading(14), add_on(TreatmentKind.DRY_NEEDLING, began_weeks_ago=0.4, weeks=0.4))

    assert result.recommendations[0].reason.startswith(
        "Your dry needling began less than a week ago."
    )
    assert result.recommendations[0].clinician_reason.startswith(
        "Dry needling began less than a week ago;"
    )


def test_a_red_flag_still_comes_first_while_an_add_on_is_awaited() -> None:
    result = sam(loading(14), add_on(TreatmentKind.ESWT, began_weeks_ago=4), heard_snap=True)

    assert result.disposition is Disposition.URGENT
    assert AWAITING not in rules(result)


def test_an_add_on_without_loading_still_starts_loading_first() -> None:
    result = sam(add_on(TreatmentKind.PRP_INJECTION, began_weeks_ago=2))

    assert rules(result)[0] == "stepped_care.start_loading"


@pytest.mark.parametrize("kind", ADD_ON_KINDS)
def test_every_add_on_is_named_in_both_wordings(kind: TreatmentKind) -> None:
    result = sam(loading(14), add_on(kind, began_weeks_ago=1))

    assert rules(result) == [AWAITING]
    assert " began 1 week ago" in result.recommendations[0].reason
    assert "{" not in result.recommendations[0].clinician_reason


@given(
    kind=st.sampled_from(ADD_ON_KINDS),
    began=st.floats(0, 11.9),
    loading_weeks=st.floats(0.1, 40),  # no longer than the pain (no duration check)
    add_on_weeks=st.floats(0, 11.9),
)
def test_an_awaited_add_on_never_comes_with_another_add_on_or_surgery(
    kind: TreatmentKind, began: float, loading_weeks: float, add_on_weeks: float
) -> None:
    result = sam(loading(loading_weeks), add_on(kind, began_weeks_ago=began, weeks=add_on_weeks))

    assert rules(result) == [AWAITING]
    assert ESCALATION.isdisjoint(recommendation_ids(result))
