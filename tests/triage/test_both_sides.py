"""Both Achilles tendons affected: a GP cholesterol check (familial hypercholesterolaemia,
beeharry-2006-fh), and with inflammatory clues a further reason for rheumatology (spa-enthesitis).
It never lowers urgency and never takes the place of a red flag's advice."""

from __future__ import annotations

from support.vignettes import assess_person, reason_for, recommendation_ids

from achillespath.result import Disposition


def test_teacher_with_thick_sore_tendons_on_both_sides_is_offered_a_cholesterol_check() -> None:
    result = assess_person(age=38, both_sides=True, symptom_weeks=0.5)

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("cholesterol_check", "self_care_plan")
    check = result.recommendations[0]
    assert check.rule == "triage.both_sides"
    assert "familial hypercholesterolaemia" in check.reason
    assert "check lipids" in check.clinician_reason
    assert check.sources == ("beeharry-2006-fh", "tilley-2015-lipids", "spa-enthesitis")


def test_both_sides_with_a_stiff_back_and_sore_knees_adds_to_the_rheumatology_reason() -> None:
    result = assess_person(age=27, both_sides=True, other_joints_inflamed=True)

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result)[:2] == ("rheumatology_review", "cholesterol_check")
    assert "Both tendons are affected" in reason_for(result, "rheumatology_review")


def test_both_sides_with_known_psoriatic_arthritis_adds_to_the_rheumatology_reason() -> None:
    result = assess_person(age=45, both_sides=True, conditions=("spondyloarthritis",))

    assert "Both tendons are affected" in reason_for(result, "rheumatology_review")


def test_both_sides_alone_does_not_send_to_rheumatology() -> None:
    result = assess_person(age=45, both_sides=True, symptom_weeks=6, pain_site=("midportion",))

    assert "rheumatology_review" not in recommendation_ids(result)
    assert "cholesterol_check" in recommendation_ids(result)


def test_both_sides_with_a_snap_is_same_day_advice_standing_alone() -> None:
    result = assess_person(age=40, both_sides=True, heard_snap=True)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day",)


def test_one_side_only_brings_no_cholesterol_check() -> None:
    for answer in (False, None):
        result = assess_person(age=40, both_sides=answer, symptom_weeks=0.5)

        assert result.disposition is Disposition.SELF_CARE
        assert "cholesterol_check" not in recommendation_ids(result)
