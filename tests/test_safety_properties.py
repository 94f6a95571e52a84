"""Safety invariants of `assess()` over any valid intake (hypothesis).

Under-triage is the worst defect: an alarming answer never lowers urgency, a red flag never
comes with exercise or self-help advice, and an unanswered red-flag question (or age) is never
"no". Not rising onto the toes and pain in both tendons can only raise urgency.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from support.vignettes import EXERCISE_OR_SELF_HELP, recommendation_ids

from achillespath.assessment import assess
from achillespath.intake import (
    CALF_PAIN_RED_FLAG_FIELDS,
    MEDICINE_FIELDS,
    RED_FLAG_FIELDS,
    Intake,
    LongTermCondition,
    Onset,
    PainSite,
    Treatment,
    TreatmentKind,
    TreatmentOutcome,
)
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_vocabulary
from achillespath.result import AssessmentResult, Disposition

ALARMING: dict[str, Any] = {
    "breathless_or_chest_pain": True,
    "onset": Onset.SUDDEN,
    "heard_snap": True,
    "can_bear_weight": False,
    "calf_swelling": True,
    "fever": True,
    "hot_red_swelling": True,
    "calf_warm_or_red": True,
    "calf_squeeze_foot_moves": False,
}
REASSURING: dict[str, Any] = {
    "breathless_or_chest_pain": False,
    "onset": Onset.GRADUAL,
    "heard_snap": False,
    "can_bear_weight": True,
    "calf_swelling": False,
    "fever": False,
    "hot_red_swelling": False,
}
MEDICINES = [
    "Cipro 500mg BD",
    "ofloxacin eye drops",
    "prednisolone 5mg",
    "Lipitor 20mg",
    "warfarin",
    "paracetamol",
    "metformin",
    "fluticasone inhaler",
    "levofloxacine",
]


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | values


booleans = maybe(st.booleans())
weeks = maybe(st.floats(min_value=0, max_value=200, allow_nan=False))
treatments = st.builds(
    Treatment,
    kind=st.sampled_from(TreatmentKind),
    weeks=weeks,
    outcome=maybe(st.sampled_from(TreatmentOutcome)),
)
intakes = st.builds(
    Intake,
    age=maybe(st.integers(min_value=0, max_value=120)),
    weight_kg=maybe(st.floats(min_value=20, max_value=400)),
    height_cm=maybe(st.floats(min_value=50, max_value=250)),
    onset=maybe(st.sampled_from(Onset)),
    heard_snap=booleans,
    can_bear_weight=booleans,
    fever=booleans,
    hot_red_swelling=booleans,
    calf_swelling=booleans,
    breathless_or_chest_pain=booleans,
    clot_risk_factor=booleans,
    calf_warm_or_red=booleans,
    calf_squeeze_foot_moves=booleans,
    can_single_leg_heel_raise=booleans,
    symptom_weeks=weeks,
    pain_site=maybe(st.lists(st.sampled_from(PainSite), max_size=3, unique=True).map(tuple)),
    both_sides=booleans,
    pain_score=maybe(st.integers(min_value=0, max_value=10)),
    activity_limited=booleans,
    other_joints_inflamed=booleans,
    conditions=maybe(
        st.lists(st.sampled_from(LongTermCondition), max_size=3, unique=True).map(tuple)
    ),
    medications=maybe(st.lists(st.sampled_from(MEDICINES), max_size=3).map(tuple)),
    previous_achilles_injury=booleans,
    family_history=booleans,
    training_change=booleans,
    footwear_concern=booleans,
    treatments=maybe(st.lists(treatments, max_size=5).map(tuple)),
    prefers_non_surgical=booleans,
    surgery_unsuitable=booleans,
    contrast_allergy=booleans,
    pregnant=booleans,
    on_anticoagulant=booleans,
)


def with_answers(intake: Intake, **answers: Any) -> Intake:
    return Intake(**{**intake.model_dump(exclude_unset=True), **answers})


@settings(max_examples=300)
@given(intakes)
def test_every_valid_intake_gives_a_result_that_revalidates(intake: Intake) -> None:
    result = assess(intake)

    assert AssessmentResult.model_validate(result.model_dump()) == result
    assert result.pathway_version == load_pathway().version


@settings(max_examples=300)
@given(intakes)
def test_a_red_flag_never_comes_with_exercise_or_self_help_advice(intake: Intake) -> None:
    result = assess(intake)

    if result.red_flags:
        assert result.disposition.rank >= Disposition.URGENT.rank
        assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))
    if result.disposition.rank >= Disposition.URGENT.rank:
        assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


@settings(max_examples=300)
@given(intakes)
def test_an_unanswered_red_flag_question_never_comes_with_exercise_or_self_help_advice(
    intake: Intake,
) -> None:
    result = assess(intake)

    if result.unanswered:
        assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


@settings(max_examples=200)
@given(intakes, st.sampled_from(sorted(ALARMING)))
def test_an_alarming_answer_never_lowers_urgency(intake: Intake, field: str) -> None:
    before = assess(intake).disposition
    after = assess(with_answers(intake, **{field: ALARMING[field]})).disposition

    assert after.rank >= before.rank
    assert after.rank >= Disposition.URGENT.rank


@settings(max_examples=200)
@given(intakes, st.sampled_from(RED_FLAG_FIELDS))
def test_answering_a_skipped_red_flag_question_no_never_raises_urgency(
    intake: Intake, field: str
) -> None:
    skipped = with_answers(intake, **{field: None})
    answered = with_answers(intake, **{field: REASSURING[field]})

    assert assess(answered).disposition.rank <= assess(skipped).disposition.rank


@settings(max_examples=300)
@given(intakes)
def test_an_unanswered_red_flag_question_is_never_self_care(intake: Intake) -> None:
    result = assess(intake)

    asked = RED_FLAG_FIELDS + MEDICINE_FIELDS
    if PainSite.CALF in (intake.pain_site or ()):
        asked += CALF_PAIN_RED_FLAG_FIELDS
    assert result.unanswered == tuple(f for f in asked if getattr(intake, f) is None)
    if result.unanswered:
        assert result.disposition is not Disposition.SELF_CARE
    if result.unanswered and not result.red_flags:
        assert "see_gp_or_physio" in recommendation_ids(result)


def urgent_advice() -> frozenset[str]:
    """What an urgent or emergency result may recommend: its red flags' own advice, and the
    medicines check or, when the medicines were not asked, the line to mention them (about the
    medicines themselves, changing no urgency)."""
    pathway = load_pathway()
    red_flag_ids = {pathway.rules[flag.rule].recommendation for flag in pathway.red_flags.values()}
    return frozenset({*red_flag_ids, "medication_review", "tell_about_medicines"})


@settings(max_examples=300)
@given(intakes)
def test_urgent_or_emergency_advice_comes_with_nothing_routine_beside_it(intake: Intake) -> None:
    # No podiatry, rheumatology, under-18 or unanswered-question check, no pathway step.
    result = assess(intake)

    if result.disposition.rank >= Disposition.URGENT.rank:
        assert set(recommendation_ids(result)) <= urgent_advice()


@settings(max_examples=200)
@given(intakes, st.sampled_from(RED_FLAG_FIELDS))
def test_a_red_flag_is_never_followed_by_a_routine_check_for_unasked_questions(
    intake: Intake, field: str
) -> None:
    result = assess(with_answers(intake, **{field: ALARMING[field]}))

    assert result.disposition.rank >= Disposition.URGENT.rank
    assert "safety.unanswered_red_flags" not in [rec.rule for rec in result.recommendations]


@settings(max_examples=200)
@given(intakes)
def test_an_unknown_age_is_never_self_care(intake: Intake) -> None:
    result = assess(with_answers(intake, age=None))

    assert result.disposition is not Disposition.SELF_CARE
    if not result.red_flags:  # one GP or physiotherapist check, whose reasons include this
        assert any("Age not given" in rec.clinician_reason for rec in result.recommendations)


@settings(max_examples=200)
@given(intakes)
def test_not_rising_onto_the_toes_never_lowers_urgency_nor_leaves_self_care(
    intake: Intake,
) -> None:
    before = assess(intake).disposition
    result = assess(with_answers(intake, can_single_leg_heel_raise=False))

    assert result.disposition.rank >= max(before.rank, Disposition.ROUTINE.rank)
    if intake.onset is not Onset.GRADUAL:
        assert "cannot_heel_raise" in result.red_flags
        assert result.disposition.rank >= Disposition.URGENT.rank
    assert any("heel raise" in rec.clinician_reason for rec in result.recommendations)


@settings(max_examples=200)
@given(intakes)
def test_both_sides_never_lowers_urgency_and_brings_a_cholesterol_check_unless_a_red_flag_does(
    intake: Intake,
) -> None:
    before = assess(intake)
    result = assess(with_answers(intake, both_sides=True))

    assert result.disposition.rank >= max(before.disposition.rank, Disposition.ROUTINE.rank)
    assert result.red_flags == before.red_flags
    # After a red flag its same-day or 999 advice stands alone (HAZ-26).
    assert ("cholesterol_check" in recommendation_ids(result)) is not bool(result.red_flags)


@settings(max_examples=200)
@given(intakes, st.integers(min_value=0, max_value=17))
def test_under_18s_never_get_adult_programmes_or_procedures(intake: Intake, age: int) -> None:
    result = assess(with_answers(intake, age=age))

    adult_only = EXERCISE_OR_SELF_HELP | {"surgical_referral", "ate_assessment"}
    assert adult_only.isdisjoint(recommendation_ids(result))
    assert result.disposition is not Disposition.SELF_CARE
    assert result.ate.status == "not_suitable"


@settings(max_examples=300)
@given(intakes)
def test_recommendations_are_unique_in_vocabulary_order_with_known_rules(intake: Intake) -> None:
    result = assess(intake)

    ids = recommendation_ids(result)
    order = list(recommendation_vocabulary())
    assert len(set(ids)) == len(ids)
    assert list(ids) == sorted(ids, key=order.index)
    assert all(rec.rule in load_pathway().rules for rec in result.recommendations)
    assert all("{" not in rec.reason for rec in result.recommendations)


@settings(max_examples=200)
@given(intakes)
def test_the_result_is_deterministic(intake: Intake) -> None:
    assert assess(intake) == assess(intake.model_copy(deep=True))


recent_procedures = st.lists(
    st.builds(Treatment, kind=st.sampled_from([TreatmentKind.SURGERY, TreatmentKind.ATE])),
    min_size=1,
    max_size=2,
)


@settings(max_examples=300)
@given(intakes, st.data())
def test_calf_pain_with_any_clot_risk_factor_is_never_below_urgent(
    intake: Intake, data: st.DataObject
) -> None:
    sites = tuple(dict.fromkeys((*(intake.pain_site or ()), PainSite.CALF)))
    # A risk factor answered yes, or an operation or ATE on record with the question unanswered.
    risk = data.draw(
        st.sampled_from(["answered", "recorded"]).map(
            lambda how: (
                {"clot_risk_factor": True}
                if how == "answered"
                else {
                    "clot_risk_factor": None,
                    "treatments": (*(intake.treatments or ()), *data.draw(recent_procedures)),
                }
            )
        )
    )
    result = assess(intake.model_copy(update={"pain_site": sites, **risk}))

    assert result.disposition in {Disposition.URGENT, Disposition.EMERGENCY}
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


@settings(max_examples=300)
@given(intakes)
def test_a_painful_calf_that_is_warm_or_red_is_never_below_urgent(intake: Intake) -> None:
    sites = tuple(dict.fromkeys((*(intake.pain_site or ()), PainSite.CALF)))
    result = assess(intake.model_copy(update={"pain_site": sites, "calf_warm_or_red": True}))

    assert result.disposition in {Disposition.URGENT, Disposition.EMERGENCY}
    assert "calf_warm_or_red" in result.red_flags
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


@settings(max_examples=300)
@given(intakes)
def test_pain_only_under_the_heel_or_elsewhere_is_never_self_care_nor_achilles_pain(
    intake: Intake,
) -> None:
    result = assess(
        intake.model_copy(update={"pain_site": (PainSite.HEEL_UNDERSIDE, PainSite.OTHER)})
    )

    assert result.disposition is not Disposition.SELF_CARE
    assert "achilles_tendinopathy_unspecified" not in result.conditions
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


@settings(max_examples=300)
@given(intakes)
def test_calf_pain_never_comes_with_exercise_or_self_help_advice(intake: Intake) -> None:
    sites = tuple(dict.fromkeys((*(intake.pain_site or ()), PainSite.CALF)))
    result = assess(intake.model_copy(update={"pain_site": sites}))

    assert result.disposition is not Disposition.SELF_CARE
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))
