"""Medicines worth a check with the GP: steroids, statins and steroid injections near the tendon.
A medicines check never changes the urgency on its own."""

from __future__ import annotations

from support.vignettes import assess_person, reason_for, recommendation_ids

from achillespath.result import Disposition


def test_man_on_atorvastatin_is_told_to_keep_taking_it_and_ask_his_gp() -> None:
    result = assess_person(age=58, medications=("atorvastatin 20mg",), symptom_weeks=0.5)

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("medication_review", "self_care_plan")
    reason = reason_for(result, "medication_review")
    assert reason.startswith("You take a statin (atorvastatin 20mg).")
    assert "Keep taking it" in reason
    assert result.recommendations[0].rule == "medicines.statin"


def test_woman_on_prednisolone_for_asthma_is_told_not_to_stop_it_suddenly() -> None:
    result = assess_person(sex="female", medications=("prednisolone 10mg",), symptom_weeks=6)

    assert result.disposition is Disposition.ROUTINE
    assert "Do not stop it suddenly" in reason_for(result, "medication_review")
    assert result.risk_factors == ("corticosteroid",)


def test_steroid_injection_into_the_tendon_is_flagged_as_advised_against() -> None:
    result = assess_person(
        symptom_weeks=10,
        treatments=({"kind": "corticosteroid_injection", "weeks": 4, "outcome": "worse"},),
    )

    reason = reason_for(result, "medication_review")
    assert "into or around the Achilles tendon are advised against" in reason
    assert "nice-cks-2020" in result.recommendations[1].sources


def test_statin_and_steroid_injection_share_one_medicines_check_with_both_reasons() -> None:
    result = assess_person(
        medications=("Lipitor",),
        treatments=({"kind": "corticosteroid_injection", "weeks": 2, "outcome": None},),
    )

    checks = [rec for rec in result.recommendations if rec.id == "medication_review"]
    assert len(checks) == 1
    assert checks[0].rule == "medicines.statin"
    assert "statin" in checks[0].reason
    assert "steroid injection" in checks[0].reason
    assert checks[0].sources == ("statins-conflicting", "bupa-2022", "nice-cks-2020")


def test_inhaled_steroid_needs_no_medicines_check() -> None:
    result = assess_person(medications=("Clenil inhaler",), symptom_weeks=0.5)

    assert recommendation_ids(result) == ("self_care_plan",)
    assert result.risk_factors == ()


def test_blood_thinner_is_not_a_tendon_risk_factor() -> None:
    result = assess_person(medications=("apixaban 5mg",), symptom_weeks=0.5)

    assert result.risk_factors == ()
    assert recommendation_ids(result) == ("self_care_plan",)


def test_inhaled_budesonide_still_needs_no_medicines_check() -> None:
    result = assess_person(medications=("inhaled budesonide",), symptom_weeks=0.5)

    assert "medication_review" not in recommendation_ids(result)
    assert result.disposition is Disposition.SELF_CARE
