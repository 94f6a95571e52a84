"""`assess()` as a whole: deterministic, versioned, ordered, and every decision traceable."""

from __future__ import annotations

from support.vignettes import assess_person, person, recommendation_ids, tried

from achillespath.assessment import assess
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_vocabulary
from achillespath.result import AssessmentResult, AteStatus, Disposition
from achillespath.sources import all_sources

BUSY = person(
    age=63,
    weight_kg=92,
    height_cm=170,
    symptom_weeks=40,
    pain_site=("midportion", "heel_underside"),
    pain_score=7,
    activity_limited=True,
    conditions=("diabetes", "kidney_disease"),
    medications=("Lipitor 40mg", "apixaban 5mg bd"),
    footwear_concern=True,
    treatments=tried(
        ("self_care", 2, "no_change"),
        ("physiotherapy", 14, "no_change"),
        ("eswt", 6, "no_change"),
        ("prp_injection", 8, "worse"),
    ),
)
"""A retired teacher with a long history: many rules apply at once."""


def test_the_same_intake_always_gives_the_same_result() -> None:
    assert assess(BUSY) == assess(BUSY.model_copy())


def test_a_busy_history_gives_one_ordered_traceable_result() -> None:
    result = assess(BUSY)

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("midportion_tendinopathy", "plantar_fasciitis")
    assert result.risk_factors == ("statin", "diabetes", "obesity", "footwear")
    assert recommendation_ids(result) == (
        "see_gp_or_physio",
        "medication_review",
        "surgical_referral",
        "ate_assessment",
        "dry_needling",
        "loading_programme",
        "podiatry",
    )
    assert result.ate.status is AteStatus.SPECIALIST_REVIEW
    assert result.pathway_version == load_pathway().version


def test_recommendations_come_most_urgent_first_each_id_once() -> None:
    result = assess_person(onset="sudden", age=16, medications=("Cipro", "Lipitor"))

    ids = recommendation_ids(result)
    order = list(recommendation_vocabulary())
    assert ids == ("rupture_same_day", "stop_fluoroquinolone", "medication_review")
    assert list(ids) == sorted(ids, key=order.index)


def test_every_recommendation_names_its_rule_and_known_sources() -> None:
    for recommendation in assess(BUSY).recommendations:
        assert recommendation.rule in load_pathway().rules
        assert recommendation.sources
        assert set(recommendation.sources) <= set(all_sources())


def test_the_result_survives_a_round_trip_through_json() -> None:
    result = assess(BUSY)

    assert AssessmentResult.model_validate_json(result.model_dump_json()) == result


def test_passing_the_packaged_pathway_gives_the_default_result() -> None:
    assert assess(BUSY, load_pathway()) == assess(BUSY)
