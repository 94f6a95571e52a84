"""Whether Achilles tendon embolisation (ATE) is worth a specialist's assessment.

Eligible: chronic (13+ weeks), 12+ weeks of failed conservative care, pain limiting activity, no
contraindication. By analogy with embolisation trials of other joints (gae-trials-eligibility).
Status precedence: not_suitable > specialist_review > not_yet > eligible.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.vignettes import assess_person, recommendation_ids, tried

from achillespath.pathway.ate import CRITERION_CHECKS
from achillespath.pathway.definition import load_pathway
from achillespath.result import AssessmentResult, AteStatus

CHRONIC_AND_FAILED: dict[str, Any] = {
    "symptom_weeks": 40,
    "pain_score": 7,
    "activity_limited": True,
    "treatments": tried(("physiotherapy", 14, "no_change")),
}
"""A long-standing, limiting pain that 14 weeks of physiotherapy did not help."""


def chronic(**answers: Any) -> AssessmentResult:
    return assess_person(**{**CHRONIC_AND_FAILED, **answers})


def test_chronic_limiting_pain_after_failed_physio_is_eligible_with_honest_reasons() -> None:
    result = chronic()

    assert result.ate.status is AteStatus.ELIGIBLE
    assert result.ate.reasons == (
        "The pain has lasted at least 13 weeks.",
        "At least 12 weeks of physiotherapy, exercise, activity changes or injections have not "
        "helped enough.",
        "The pain limits your activities.",
        "This only means a specialist assessment is worth having: the specialist still checks "
        "kidney function, clotting, allergies and pregnancy first, and the evidence is small "
        "case series.",
    )
    assert "ate_assessment" in recommendation_ids(result)


def test_plantar_fasciitis_as_well_does_not_rule_out_embolisation() -> None:
    result = chronic(pain_site=("midportion", "heel_underside"))

    assert result.ate.status is AteStatus.ELIGIBLE
    assert any("does not rule it out" in reason for reason in result.ate.reasons)


def test_preferring_no_operation_is_a_supporting_reason() -> None:
    result = chronic(prefers_non_surgical=True)

    assert result.ate.status is AteStatus.ELIGIBLE
    assert any("without an operation" in reason for reason in result.ate.reasons)


def test_pregnant_woman_is_not_suitable() -> None:
    result = chronic(sex="female", pregnant=True)

    assert result.ate.status is AteStatus.NOT_SUITABLE
    assert result.ate.reasons == (
        "The procedure uses X-rays and dye, so it is not done in pregnancy.",
    )
    assert "ate_assessment" not in recommendation_ids(result)


def test_anaphylaxis_to_contrast_dye_is_not_suitable() -> None:
    result = chronic(contrast_allergy=True)

    assert result.ate.status is AteStatus.NOT_SUITABLE
    assert "anaphylaxis" in result.ate.reasons[0]


def test_kidney_disease_needs_a_specialist_to_check_egfr_first() -> None:
    result = chronic(conditions=("kidney_disease",))

    assert result.ate.status is AteStatus.SPECIALIST_REVIEW
    assert "eGFR" in result.ate.reasons[0]
    assert "ate_assessment" in recommendation_ids(result)


def test_warfarin_among_the_medicines_needs_specialist_review_for_bleeding() -> None:
    result = chronic(medications=("warfarin 3mg",))

    assert result.ate.status is AteStatus.SPECIALIST_REVIEW
    assert "bleeding" in result.ate.reasons[0]


@pytest.mark.parametrize(
    "answers",
    [
        {"on_anticoagulant": True},
        {"conditions": ("bleeding_disorder",)},
        {"conditions": ("peripheral_arterial_disease",)},
        {"conditions": ("rheumatoid_arthritis",)},
        {"other_joints_inflamed": True},
    ],
)
def test_each_specialist_review_criterion_alone_needs_specialist_review(
    answers: dict[str, Any],
) -> None:
    assert chronic(**answers).ate.status is AteStatus.SPECIALIST_REVIEW


def test_two_months_of_pain_is_not_yet_long_standing_enough() -> None:
    result = chronic(symptom_weeks=8, treatments=tried(("physiotherapy", 8, "no_change")))

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.reasons[0].startswith("The pain has not yet lasted 13 weeks")


def test_unknown_symptom_duration_is_not_yet() -> None:
    result = chronic(symptom_weeks=None, treatments=tried(("physiotherapy", 8, "no_change")))

    assert result.ate.status is AteStatus.NOT_YET


def test_unknown_duration_after_14_weeks_of_failed_physio_counts_as_long_standing() -> None:
    # Pain treated for 14 weeks has lasted at least 14 weeks.
    result = chronic(symptom_weeks=None)

    assert result.ate.status is AteStatus.ELIGIBLE
    assert "The pain has lasted at least 13 weeks." in result.ate.reasons


def test_dev_who_scores_his_pain_3_and_is_not_held_back_is_told_it_is_below_5() -> None:
    """Dev, 52: 40 weeks of pain, 14 weeks of physiotherapy that did not help, pain 3 out of 10,
    and it does not stop him walking or running."""
    result = chronic(age=52, pain_score=3, activity_limited=False)

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.reasons == (
        "The pain does not seem to limit your activities (pain below 5 out of 10 and no limits "
        "reported).",
    )
    assert "ate_assessment" not in recommendation_ids(result)


def test_ruth_who_gave_no_pain_score_is_told_so_not_that_her_pain_is_below_5() -> None:
    """Ruth, 58: the same history as Dev, but she skipped the pain score and was not sure whether
    the pain limits her activities."""
    result = chronic(age=58, pain_score=None, activity_limited=None)

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.reasons == (
        "No pain score was given and no limits to your activities were reported, so pain that "
        "limits your daily life is not shown.",
    )
    assert "ate_assessment" not in recommendation_ids(result)


def test_no_pain_score_with_pain_that_limits_activity_is_still_eligible() -> None:
    result = chronic(pain_score=None, activity_limited=True)

    assert result.ate.status is AteStatus.ELIGIBLE
    assert "The pain limits your activities." in result.ate.reasons


def test_mo_who_scores_his_pain_exactly_5_and_is_not_held_back_is_eligible() -> None:
    # The minimum is inclusive, as in GENESIS II (pain at least 50/100); Okuno's "more than
    # 50/100" would turn this away. The threshold's note must say which trial it follows.
    result = chronic(pain_score=5, activity_limited=False)

    assert result.ate.status is AteStatus.ELIGIBLE
    assert "The pain limits your activities." in result.ate.reasons
    note = load_pathway().thresholds["ate_min_pain_score"].note
    assert "GENESIS II" in note
    assert "stricter reading" not in note


def test_only_eight_weeks_of_conservative_care_is_not_yet() -> None:
    result = chronic(treatments=tried(("activity_modification", 8, "no_change")))

    assert result.ate.status is AteStatus.NOT_YET


def test_twelve_weeks_of_activity_change_counts_as_conservative_care() -> None:
    result = chronic(treatments=tried(("activity_modification", 12, "no_change")))

    assert result.ate.status is AteStatus.ELIGIBLE


def test_someone_improving_on_their_current_plan_is_not_yet() -> None:
    result = chronic(treatments=tried(("physiotherapy", 14, "no_change"), ("eswt", 4, "improved")))

    assert result.ate.status is AteStatus.NOT_YET
    assert any("getting better" in reason for reason in result.ate.reasons)


def test_not_suitable_outranks_specialist_review_and_every_reason_is_listed() -> None:
    result = chronic(
        pregnant=True,
        conditions=("kidney_disease",),
        symptom_weeks=6,
        treatments=tried(("physiotherapy", 12, "no_change")),
    )

    assert result.ate.status is AteStatus.NOT_SUITABLE
    assert len(result.ate.reasons) == 3
    assert "pregnancy" in result.ate.reasons[0]
    assert "eGFR" in result.ate.reasons[1]
    assert "13 weeks" in result.ate.reasons[2]


def test_specialist_review_with_a_not_yet_reason_is_not_offered_as_an_option() -> None:
    result = chronic(conditions=("kidney_disease",), pain_score=2, activity_limited=False)

    assert result.ate.status is AteStatus.SPECIALIST_REVIEW
    assert "ate_assessment" not in recommendation_ids(result)


def test_embolisation_is_not_offered_before_loading_has_had_twelve_weeks() -> None:
    result = chronic(
        treatments=tried(("activity_modification", 12, "no_change"), ("physiotherapy", 4, None))
    )

    assert result.ate.status is AteStatus.ELIGIBLE
    assert "ate_assessment" not in recommendation_ids(result)


def test_lee_who_has_had_ate_is_sent_back_to_the_team_that_did_it() -> None:
    result = chronic(
        treatments=tried(("physiotherapy", 14, "no_change"), ("ate", 0, "no_change")),
    )

    assert result.ate.status is AteStatus.SPECIALIST_REVIEW
    assert result.ate.reasons[0].startswith("You have already had embolisation (ATE).")
    assert result.ate.clinician_reasons[0].startswith("ATE already recorded:")
    assert "ate_assessment" not in recommendation_ids(result)


def test_a_recorded_ate_whose_outcome_is_not_known_yet_still_counts_as_had() -> None:
    result = chronic(treatments=tried(("physiotherapy", 14, "no_change"), ("ate", 0, None)))

    assert result.ate.status is AteStatus.SPECIALIST_REVIEW
    assert "ate_assessment" not in recommendation_ids(result)


def test_every_ate_criterion_in_the_pathway_has_exactly_one_check() -> None:
    assert list(CRITERION_CHECKS) == list(load_pathway().ate_criteria)
