"""Not rising onto the toes of the painful leg: a rupture clue that tendon pain can also explain.

After a sudden or unknown start it means same-day assessment (a torn tendon often cannot lift
the heel even when the person can walk: bjgp-2015-rupture). After a gradual start it is usually
pain (silbernagel-2020), but it still rules out managing alone: a GP or physiotherapist check.
The clinician is told of it in every case.
"""

from __future__ import annotations

from support.vignettes import (
    ALL_CLEAR,
    EXERCISE_OR_SELF_HELP,
    assess_person,
    recommendation_ids,
)

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.result import AssessmentResult, Disposition, Recommendation


def advice(result: AssessmentResult, recommendation_id: str) -> Recommendation:
    return next(rec for rec in result.recommendations if rec.id == recommendation_id)


def test_walker_unsure_how_it_started_who_cannot_rise_onto_her_toes_is_seen_today() -> None:
    result = assess_person(age=52, onset=None, can_single_leg_heel_raise=False, symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("cannot_heel_raise",)
    assert result.conditions == ("suspected_rupture",)
    assert recommendation_ids(result) == ("rupture_same_day",)
    same_day = advice(result, "rupture_same_day")
    assert same_day.reason.startswith("You cannot rise onto your toes on the painful leg")
    assert "heel raise" in same_day.clinician_reason
    assert "aaos-2010-rupture" in same_day.sources


def test_squash_player_with_a_sudden_start_hears_both_clues_in_todays_advice() -> None:
    result = assess_person(age=36, onset="sudden", can_single_leg_heel_raise=False)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("sudden_onset", "cannot_heel_raise")
    assert recommendation_ids(result) == ("rupture_same_day",)
    assert "started suddenly" in advice(result, "rupture_same_day").reason
    assert "heel raise" in advice(result, "rupture_same_day").clinician_reason


def test_runner_with_gradual_pain_too_sore_to_heel_raise_sees_a_clinician_first() -> None:
    result = assess_person(
        age=44,
        can_single_leg_heel_raise=False,
        symptom_weeks=0.5,
        pain_score=9,
        activity_limited=True,
    )

    assert result.disposition is Disposition.ROUTINE
    assert result.red_flags == ()
    check = result.recommendations[0]
    assert (check.id, check.rule) == ("see_gp_or_physio", "triage.cannot_heel_raise")
    assert "Tendon pain often stops people doing this" in check.reason
    assert check.clinician_reason.startswith("Unable to single-leg heel raise")
    assert "silbernagel-2020" in check.sources


def test_a_gradual_start_with_a_fever_names_the_heel_raise_in_todays_advice_only() -> None:
    result = assess_person(age=60, fever=True, can_single_leg_heel_raise=False)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("fever",)
    assert recommendation_ids(result) == ("same_day_assessment",)
    assert "You also cannot rise onto your toes" in advice(result, "same_day_assessment").reason
    assert "heel raise" in advice(result, "same_day_assessment").clinician_reason


def test_chest_pain_with_no_heel_raise_is_still_999_first() -> None:
    result = assess(Intake(breathless_or_chest_pain=True, can_single_leg_heel_raise=False))

    assert result.disposition is Disposition.EMERGENCY
    assert recommendation_ids(result)[0] == "emergency_services"
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


def test_someone_who_can_heel_raise_or_did_not_try_follows_the_usual_pathway() -> None:
    for answer in (True, None):
        result = assess(Intake(**ALL_CLEAR, age=30, can_single_leg_heel_raise=answer))

        assert result.disposition is Disposition.SELF_CARE
        assert recommendation_ids(result) == ("self_care_plan",)
