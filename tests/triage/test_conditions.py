"""Likely conditions: several can apply at once, in the pathway's fixed order."""

from __future__ import annotations

from support.vignettes import assess_person, reason_for, recommendation_ids

from achillespath.pathway.definition import load_pathway
from achillespath.result import Disposition


def test_midportion_pain_with_pain_under_the_heel_gives_both_conditions() -> None:
    result = assess_person(symptom_weeks=4, pain_site=("heel_underside", "midportion"))

    assert result.conditions == ("midportion_tendinopathy", "plantar_fasciitis")


def test_pain_where_the_tendon_meets_the_heel_is_insertional_tendinopathy() -> None:
    result = assess_person(symptom_weeks=4, pain_site=("insertion",))

    assert result.conditions == ("insertional_tendinopathy",)


def test_achilles_pain_with_no_site_and_no_red_flag_is_unspecified() -> None:
    result = assess_person(symptom_weeks=4)

    assert result.conditions == ("achilles_tendinopathy_unspecified",)


def test_an_empty_list_of_sites_is_not_answered_and_stays_unspecified() -> None:
    result = assess_person(symptom_weeks=4, pain_site=())

    assert result.conditions == ("achilles_tendinopathy_unspecified",)


def test_a_red_flag_without_a_site_is_not_labelled_unspecified_tendinopathy() -> None:
    result = assess_person(calf_swelling=True)

    assert result.conditions == ("possible_dvt",)


def test_swollen_finger_joints_suggest_inflammatory_arthritis_and_rheumatology() -> None:
    result = assess_person(symptom_weeks=0.5, other_joints_inflamed=True, pain_site=("insertion",))

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("possible_inflammatory_arthritis", "insertional_tendinopathy")
    assert "inflammatory arthritis" in reason_for(result, "rheumatology_review")


def test_woman_with_known_spondyloarthritis_has_possible_enthesitis_and_rheumatology() -> None:
    result = assess_person(sex="female", symptom_weeks=3, conditions=("spondyloarthritis",))

    assert "possible_inflammatory_arthritis" in result.conditions
    assert "rheumatology_review" in recommendation_ids(result)
    assert result.disposition is Disposition.ROUTINE


def test_man_with_gout_gets_a_rheumatology_review_but_no_new_condition() -> None:
    result = assess_person(symptom_weeks=0.5, conditions=("gout",))

    assert result.disposition is Disposition.ROUTINE
    assert "possible_inflammatory_arthritis" not in result.conditions
    assert recommendation_ids(result) == ("rheumatology_review", "self_care_plan")


def test_conditions_are_listed_in_the_order_the_pathway_defines() -> None:
    result = assess_person(
        fever=True, onset="sudden", pain_site=("heel_underside", "insertion", "midportion")
    )

    order = list(load_pathway().conditions)
    assert list(result.conditions) == sorted(result.conditions, key=order.index)
    assert result.conditions == (
        "suspected_rupture",
        "possible_infection",
        "midportion_tendinopathy",
        "insertional_tendinopathy",
        "plantar_fasciitis",
    )
