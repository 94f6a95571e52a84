"""Pain in the calf muscle is not Achilles tendinopathy, and this check cannot say what causes it.

A strained muscle is the usual cause, but a clot without swelling is not ruled out by any answer
here. So calf pain gets a GP or physiotherapist examination (at least routine), is labelled for
what it is, and, Achilles site or not, brings no self-help plan or exercise programme until the
calf has been examined. With a clot risk factor (a recent operation or embolisation, a cast or
boot, bed rest, a clot before, cancer treatment; NICE NG158) it is same day.
"""

from __future__ import annotations

from support.vignettes import (
    EXERCISE_OR_SELF_HELP,
    assess_person,
    reason_for,
    recommendation_ids,
    tried,
)

from achillespath.pathway.definition import load_pathway
from achillespath.result import AteStatus, Disposition


def test_walker_with_calf_pain_only_sees_a_clinician_and_is_not_told_it_is_achilles_pain() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("calf",))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio",)
    assert result.conditions == ("calf_pain",)
    name = load_pathway().conditions["calf_pain"].name
    assert "not Achilles tendinopathy" in name
    assert "Achilles tendon pain" not in name


def test_the_calf_pain_reason_never_says_a_clot_is_ruled_out_and_says_when_to_act() -> None:
    result = assess_person(
        symptom_weeks=2, pain_site=("calf",), clot_risk_factor=False, calf_warm_or_red=False
    )

    reason = reason_for(result, "see_gp_or_physio")
    assert "cannot tell what is causing it" in reason
    assert "ruled out" not in reason
    assert "If your calf swells or becomes warm or red, get seen today." in reason
    assert "call 999" in reason


def test_runner_with_midportion_and_calf_pain_has_the_calf_examined_before_any_exercises() -> None:
    result = assess_person(
        symptom_weeks=6,
        pain_site=("midportion", "calf"),
        clot_risk_factor=False,
        calf_warm_or_red=False,
    )

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("midportion_tendinopathy", "calf_pain")
    assert recommendation_ids(result) == ("see_gp_or_physio",)
    assert "calf muscle" in reason_for(result, "see_gp_or_physio")


def test_new_midportion_and_calf_pain_gets_no_self_help_beside_a_clot_not_ruled_out() -> None:
    result = assess_person(
        symptom_weeks=0.5,
        pain_site=("calf", "midportion"),
        clot_risk_factor=False,
        calf_warm_or_red=False,
    )

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio",)
    assert "sometimes a blood clot" in reason_for(result, "see_gp_or_physio")


def test_a_runner_two_weeks_out_of_a_walking_boot_with_calf_pain_is_sent_today() -> None:
    result = assess_person(symptom_weeks=8, pain_site=("midportion", "calf"), clot_risk_factor=True)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("calf_pain_with_clot_risk",)
    assert recommendation_ids(result) == ("same_day_assessment",)
    assert result.conditions[0] == "possible_dvt"
    reason = reason_for(result, "same_day_assessment")
    assert "walking boot" in reason
    assert reason.endswith("A blood clot in the leg (DVT) must be ruled out today.")


def test_calf_pain_a_week_after_achilles_surgery_on_record_is_sent_today_unasked() -> None:
    result = assess_person(pain_site=("calf",), treatments=tried(("surgery", 1, None)))

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("calf_pain_with_clot_risk",)
    assert recommendation_ids(result) == ("same_day_assessment",)


def test_calf_pain_after_an_embolisation_for_ten_weeks_of_pain_is_sent_today_despite_a_no() -> None:
    # The embolisation was for this pain, which began 10 weeks ago: it is within 12 weeks.
    result = assess_person(
        symptom_weeks=10,
        pain_site=("calf", "midportion"),
        clot_risk_factor=False,
        calf_warm_or_red=False,
        treatments=tried(("ate", 1, "no_change")),
    )

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("calf_pain_with_clot_risk",)


def test_an_operation_long_ago_does_not_count_when_nothing_applies_in_the_last_12_weeks() -> None:
    result = assess_person(
        symptom_weeks=100,
        pain_site=("calf", "midportion"),
        clot_risk_factor=False,
        calf_warm_or_red=False,
        treatments=tried(("surgery", 6, "improved")),
    )

    assert result.disposition is Disposition.ROUTINE
    assert result.red_flags == ()


def test_a_clot_risk_factor_without_calf_pain_changes_nothing() -> None:
    with_risk = assess_person(symptom_weeks=0.5, pain_site=("midportion",), clot_risk_factor=True)
    without = assess_person(symptom_weeks=0.5, pain_site=("midportion",))

    assert with_risk == without


def test_calf_pain_with_the_clot_question_skipped_names_it_and_gives_no_self_help() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("calf", "midportion"))

    assert result.disposition is Disposition.ROUTINE
    assert result.unanswered == ("clot_risk_factor", "calf_warm_or_red")
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))
    reason = reason_for(result, "see_gp_or_physio")
    assert "makes a blood clot more likely" in reason
    assert "whether your painful calf is warm or red" in reason


def test_long_standing_calf_pain_only_is_not_yet_for_achilles_embolisation() -> None:
    result = assess_person(
        symptom_weeks=40,
        pain_score=7,
        pain_site=("calf",),
        treatments=tried(("physiotherapy", 14, "no_change")),
    )

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.reasons[0].startswith("The pain is in the calf muscle")
    assert recommendation_ids(result) == ("see_gp_or_physio",)


def test_a_swollen_calf_is_still_same_day_whatever_the_site() -> None:
    result = assess_person(calf_swelling=True, pain_site=("calf",))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("same_day_assessment",)
    assert result.conditions == ("possible_dvt", "calf_pain")


def test_a_cyclist_whose_sore_calf_is_warm_and_red_is_sent_today_without_a_risk_factor() -> None:
    result = assess_person(
        symptom_weeks=1, pain_site=("calf",), clot_risk_factor=False, calf_warm_or_red=True
    )

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("calf_warm_or_red",)
    assert result.conditions == ("possible_dvt", "calf_pain")
    assert recommendation_ids(result) == ("same_day_assessment",)
    assert "blood clot in the leg (DVT) or an infection" in reason_for(
        result, "same_day_assessment"
    )


def test_a_sore_calf_that_is_not_swollen_warm_or_red_and_has_no_risk_factor_is_routine() -> None:
    result = assess_person(
        symptom_weeks=1, pain_site=("calf",), clot_risk_factor=False, calf_warm_or_red=False
    )

    assert result.disposition is Disposition.ROUTINE
    assert result.red_flags == ()
    assert result.unanswered == ()
