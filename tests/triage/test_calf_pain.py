"""Pain in the calf muscle is not Achilles tendinopathy, and this check cannot say what causes it.

A strained muscle is the usual cause, but a clot without swelling is not ruled out by any answer
here. So calf pain gets a GP or physiotherapist examination (at least routine), is labelled for
what it is, and, with no Achilles site, brings no self-help plan or programme for Achilles pain.
"""

from __future__ import annotations

from support.vignettes import (
    TELL_ABOUT_MEDICINES,
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
    result = assess_person(symptom_weeks=2, pain_site=("calf",))

    reason = reason_for(result, "see_gp_or_physio")
    assert "cannot tell what is causing it" in reason
    assert "ruled out" not in reason
    assert "If your calf swells, get seen today." in reason
    assert "call 999" in reason


def test_runner_with_midportion_and_calf_pain_keeps_the_achilles_pathway_and_a_calf_check() -> None:
    result = assess_person(symptom_weeks=6, pain_site=("midportion", "calf"))

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("midportion_tendinopathy", "calf_pain")
    assert recommendation_ids(result) == ("see_gp_or_physio", "loading_programme", "self_care_plan")
    assert "calf muscle" in reason_for(result, "see_gp_or_physio")


def test_new_midportion_and_calf_pain_is_not_left_to_self_help_alone() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("midportion", "calf"))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio", "self_care_plan")


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
    assert recommendation_ids(result) == ("same_day_assessment", TELL_ABOUT_MEDICINES)
    assert result.conditions == ("possible_dvt", "calf_pain")
