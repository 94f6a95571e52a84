"""The stepped care pathway, one named person per step: self-help, loading, add-ons, surgery.

Thresholds (pathway.toml): self-help for about 1 week (bupa-2022); loading for at least 12
weeks (Dutch guideline, Alfredson); add-ons after 12 weeks of loading; surgery after 26 weeks of
failed active treatment.
"""

from __future__ import annotations

from support.vignettes import assess_person, reason_for, recommendation_ids, tried

from achillespath.intake import Treatment, TreatmentKind, TreatmentOutcome, VisaAScores
from achillespath.result import Disposition


def test_runner_with_three_days_of_pain_gets_a_self_help_plan() -> None:
    result = assess_person(symptom_weeks=0.4, pain_site=("midportion",))

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("self_care_plan",)
    assert result.recommendations[0].rule == "stepped_care.self_care_first"
    assert result.recommendations[0].sources == ("bupa-2022",)


def test_pain_of_unknown_duration_with_nothing_tried_starts_with_self_help() -> None:
    result = assess_person()

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("self_care_plan",)


def test_runner_with_six_weeks_midportion_pain_and_no_treatment_is_routine_with_alfredson() -> None:
    result = assess_person(age=36, symptom_weeks=6, pain_site=("midportion",))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio", "loading_programme", "self_care_plan")
    loading = reason_for(result, "loading_programme")
    assert "Alfredson" in loading
    assert "off the edge of a step" in loading
    assert "12 weeks" in loading
    assert result.recommendations[1].rule == "stepped_care.loading_midportion"


def test_walker_with_insertional_pain_lowers_the_heel_on_the_flat_floor() -> None:
    result = assess_person(age=61, symptom_weeks=10, pain_site=("insertion",))

    loading = reason_for(result, "loading_programme")
    assert "flat floor" in loading
    assert "not off a step" in loading
    assert result.recommendations[1].rule == "stepped_care.loading_insertional"


def test_pain_at_both_sites_starts_with_the_insertional_floor_version() -> None:
    result = assess_person(symptom_weeks=5, pain_site=("midportion", "insertion"))

    assert result.recommendations[1].rule == "stepped_care.loading_insertional"


def test_unknown_site_leaves_the_choice_of_exercise_to_the_physiotherapist() -> None:
    result = assess_person(symptom_weeks=5)

    assert result.recommendations[1].rule == "stepped_care.loading_site_unknown"
    assert "physiotherapist will choose" in reason_for(result, "loading_programme")


def test_two_weeks_of_self_help_without_change_moves_on_to_loading() -> None:
    result = assess_person(treatments=tried(("self_care", 2, "no_change")))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio", "loading_programme", "self_care_plan")


def test_six_weeks_of_physio_without_improvement_continues_loading_to_twelve() -> None:
    result = assess_person(symptom_weeks=10, treatments=tried(("physiotherapy", 6, "no_change")))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio", "loading_programme")
    assert reason_for(result, "loading_programme").startswith(
        "You have done 6 weeks of exercise. Give it at least 12 weeks before judging it"
    )
    assert result.recommendations[1].rule == "stepped_care.continue_loading"


def test_physio_and_loading_programme_reported_twice_count_once() -> None:
    result = assess_person(
        symptom_weeks=14,
        treatments=tried(("physiotherapy", 8, "no_change"), ("loading_programme", 8, "no_change")),
    )

    assert "You have done 8 weeks" in reason_for(result, "loading_programme")


def test_twelve_weeks_of_failed_loading_opens_honest_add_on_options() -> None:
    result = assess_person(
        symptom_weeks=16,
        pain_site=("midportion",),
        treatments=tried(("loading_programme", 12, "no_change")),
    )

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == (
        "see_gp_or_physio",
        "eswt",
        "prp_or_blood_injection",
        "dry_needling",
        "loading_programme",
    )
    assert "none is sure to help" in reason_for(result, "see_gp_or_physio")
    assert "moderate evidence" in reason_for(result, "eswt")
    assert "other tendons, not the Achilles" in reason_for(result, "dry_needling")


def test_prp_is_described_as_no_better_than_a_sham_injection() -> None:
    result = assess_person(symptom_weeks=16, treatments=tried(("physiotherapy", 12, "worse")))

    assert "no better than a dummy (sham) injection" in reason_for(result, "prp_or_blood_injection")
    prp = next(rec for rec in result.recommendations if rec.id == "prp_or_blood_injection")
    assert prp.sources == ("nice-ipg438", "kearney-2021-atm", "devos-2010")


def test_add_ons_already_tried_are_not_offered_again() -> None:
    result = assess_person(
        symptom_weeks=30,
        treatments=tried(
            ("loading_programme", 12, "no_change"),
            ("eswt", 4, "no_change"),
            ("autologous_blood_injection", 4, "no_change"),
        ),
    )

    assert "eswt" not in recommendation_ids(result)
    assert "prp_or_blood_injection" not in recommendation_ids(result)
    assert "dry_needling" in recommendation_ids(result)


def test_six_months_of_failed_active_treatment_is_referred_to_a_surgeon() -> None:
    result = assess_person(
        symptom_weeks=40,
        treatments=tried(
            ("physiotherapy", 16, "no_change"),
            ("eswt", 6, "no_change"),
            ("prp_injection", 4, "worse"),
        ),
    )

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result)[:2] == ("see_gp_or_physio", "surgical_referral")
    surgery = reason_for(result, "surgical_referral")
    assert surgery.startswith("After 26 weeks of active treatment without recovery")
    assert "83 in 100" in surgery
    assert "6 in 100" in surgery
    assert "no trial has compared surgery with a dummy operation" in surgery


def test_twenty_five_weeks_of_failed_active_treatment_is_not_yet_surgery() -> None:
    result = assess_person(
        symptom_weeks=40,
        treatments=tried(("loading_programme", 20, "no_change"), ("eswt", 5, "no_change")),
    )

    assert "surgical_referral" not in recommendation_ids(result)


def test_surgery_is_not_listed_for_someone_who_prefers_no_operation_and_ate_says_why() -> None:
    result = assess_person(
        symptom_weeks=52,
        pain_score=7,
        activity_limited=True,
        prefers_non_surgical=True,
        treatments=tried(("loading_programme", 14, "no_change"), ("eswt", 14, "no_change")),
    )

    ids = recommendation_ids(result)
    assert "surgical_referral" not in ids
    assert "Surgery is not listed because you prefer not to have an operation." in reason_for(
        result, "see_gp_or_physio"
    )
    ate = reason_for(result, "ate_assessment")
    assert "29 procedures" in ate
    assert "You prefer to avoid an operation" in ate


def test_man_told_surgery_is_unsuitable_gets_the_reason_it_is_missing() -> None:
    result = assess_person(
        symptom_weeks=52,
        surgery_unsuitable=True,
        treatments=tried(("physiotherapy", 30, "no_change")),
    )

    assert "surgical_referral" not in recommendation_ids(result)
    assert "not suitable for you" in reason_for(result, "see_gp_or_physio")


def test_improving_on_physio_keeps_going_without_escalation() -> None:
    result = assess_person(symptom_weeks=20, treatments=tried(("physiotherapy", 16, "improved")))

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("continue_current_plan",)


def test_improving_after_earlier_failures_still_does_not_escalate() -> None:
    result = assess_person(
        symptom_weeks=60,
        treatments=tried(("physiotherapy", 30, "no_change"), ("eswt", 6, "improved")),
    )

    assert recommendation_ids(result) == ("continue_current_plan",)


def test_resolved_pain_gets_prevention_advice_only() -> None:
    result = assess_person(
        symptom_weeks=14, treatments=tried(("loading_programme", 12, "resolved"))
    )

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("prevention_advice",)


def test_worried_about_shoes_adds_podiatry_without_raising_urgency() -> None:
    result = assess_person(symptom_weeks=0.5, footwear_concern=True)

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("self_care_plan", "podiatry")


def test_priya_whose_visa_a_rose_from_40_to_62_on_her_programme_keeps_going_without_add_ons() -> (
    None
):
    programme = Treatment(
        kind=TreatmentKind.LOADING_PROGRAMME,
        weeks=13,
        outcome=TreatmentOutcome.IMPROVED,
        visa_a=VisaAScores(first=40, latest=62, mcid=14),
    )
    result = assess_person(symptom_weeks=20, pain_site=("midportion",), treatments=(programme,))

    assert result.disposition is Disposition.SELF_CARE
    assert [rec.rule for rec in result.recommendations] == ["stepped_care.improved_on_visa_a"]
    improving = result.recommendations[0]
    assert "from 40 to 62" in improving.reason
    assert "at least 14 points" in improving.reason
    assert "VISA-A from 40 to 62, at least the 14-point MCID" in improving.clinician_reason
    assert improving.sources == ("dutch-guideline-2021", "jospt-2021-mcid")


def test_an_improvement_reported_without_scores_keeps_the_general_words() -> None:
    result = assess_person(symptom_weeks=20, treatments=tried(("physiotherapy", 8, "improved")))

    assert [rec.rule for rec in result.recommendations] == ["stepped_care.improving"]
