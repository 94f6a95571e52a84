"""A result carries every reason in two wordings of the same facts: the patient's (`reason`,
`ate.reasons`) and the clinician's (`clinician_reason`, `ate.clinician_reasons`), filled with the
same thresholds and facts about the person (hazard log HAZ-20)."""

from __future__ import annotations

from support.vignettes import ALL_CLEAR, assess_person, tried

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.result import AssessmentResult, AteStatus, Recommendation


def recommendation(result: AssessmentResult, recommendation_id: str) -> Recommendation:
    return next(rec for rec in result.recommendations if rec.id == recommendation_id)


def test_sam_three_weeks_into_loading_keeps_going_and_his_clinician_knows_when_to_judge() -> None:
    sam = assess_person(
        symptom_weeks=10, pain_site=("midportion",), treatments=tried(("physiotherapy", 3, None))
    )

    keep_going = recommendation(sam, "loading_programme")
    assert keep_going.reason == (
        "You have done 3 weeks of exercise. Give it at least 12 weeks before judging it: it "
        "often takes that long to help."
    )
    assert keep_going.clinician_reason == (
        "Loading for 3 weeks so far; judge it at 12 weeks at the earliest (response often takes "
        "that long)."
    )
    check = recommendation(sam, "see_gp_or_physio")
    assert check.reason.startswith("Your physiotherapist can check how you do the exercises")
    assert check.clinician_reason == "Physiotherapy review of exercise technique and load."


def test_priya_whose_pain_came_on_suddenly_is_a_possible_rupture_to_her_clinician() -> None:
    priya = assess_person(onset="sudden")

    visit = recommendation(priya, "rupture_same_day")
    assert visit.reason.startswith("The pain started suddenly. This can mean the tendon has torn")
    assert visit.clinician_reason == (
        "Sudden onset reported: possible rupture until examined (Simmonds/calf squeeze), even if "
        "weight-bearing."
    )


def test_three_rupture_clues_are_joined_in_the_same_order_in_both_wordings() -> None:
    result = assess_person(onset="sudden", heard_snap=True, can_bear_weight=False)

    assert result.recommendations[0].clinician_reason == (
        "Sudden onset reported: possible rupture until examined (Simmonds/calf squeeze), even if "
        "weight-bearing. Snap or pop reported: possible rupture until examined. Unable to bear "
        "weight: possible rupture until examined."
    )


def test_rosa_on_ciprofloxacin_is_named_with_her_own_entry_in_both_wordings() -> None:
    rosa = assess_person(medications=("Ciprofloxacin 500mg",))

    stop = recommendation(rosa, "stop_fluoroquinolone")
    assert stop.reason.startswith("You take Ciprofloxacin 500mg, a fluoroquinolone antibiotic.")
    assert stop.clinician_reason.startswith(
        "Takes Ciprofloxacin 500mg, a fluoroquinolone, and has tendon pain."
    )


def test_lee_after_failed_loading_hears_of_ate_with_his_preference_in_both_wordings() -> None:
    lee = assess_person(
        symptom_weeks=40,
        pain_score=7,
        activity_limited=True,
        prefers_non_surgical=True,
        treatments=tried(("physiotherapy", 14, "no_change")),
    )

    ate = recommendation(lee, "ate_assessment")
    assert ate.reason.endswith("You prefer to avoid an operation, and ATE does not cut the tendon.")
    assert ate.clinician_reason.startswith("Achilles tendon embolisation (ATE) occludes")
    assert ate.clinician_reason.endswith(
        "No sham-controlled trial. Prefers to avoid an operation; ATE does not cut the tendon."
    )


def test_lee_is_eligible_for_ate_and_his_clinician_reads_the_same_four_reasons() -> None:
    lee = assess_person(
        symptom_weeks=40,
        pain_score=7,
        activity_limited=True,
        treatments=tried(("physiotherapy", 14, "no_change")),
    )

    assert lee.ate.status is AteStatus.ELIGIBLE
    assert len(lee.ate.reasons) == 4
    assert lee.ate.clinician_reasons == (
        "Symptoms for at least 13 weeks.",
        "At least 12 weeks of physiotherapy, exercise, activity modification or injections "
        "without enough improvement.",
        "Pain limits activity.",
        "Means only that a specialist assessment is worth having: the specialist still checks "
        "renal function, clotting, allergy and pregnancy first, and the evidence is small case "
        "series.",
    )


def test_a_pain_of_unknown_length_is_not_yet_for_ate_and_says_the_length_was_not_given() -> None:
    result = assess_person(pain_site=("midportion",))

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.clinician_reasons[0] == (
        "Symptom duration not given; the procedure is only for pain of at least 13 weeks."
    )
    assert result.ate.reasons[0].startswith("You did not say how long you have had the pain.")
    assert len(result.ate.clinician_reasons) == len(result.ate.reasons)


def test_a_six_week_pain_is_not_yet_for_ate_without_saying_its_length_was_not_given() -> None:
    result = assess_person(pain_site=("midportion",), symptom_weeks=6)

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.reasons[0] == (
        "The pain has not yet lasted 13 weeks; the procedure is only for long-standing pain."
    )
    assert not any("did not say" in reason for reason in result.ate.reasons)


def test_maya_who_skipped_two_red_flag_questions_hears_them_asked_and_her_clinician_named() -> None:
    # Maya did not answer whether it started suddenly or whether her calf is swollen.
    maya = assess(Intake(**{**ALL_CLEAR, "onset": None, "calf_swelling": None}))

    check = recommendation(maya, "see_gp_or_physio")
    assert check.reason.startswith(
        "You did not say whether the pain started suddenly or whether your calf is swollen. "
        "Without an answer, a serious problem cannot be ruled out, so a GP or physiotherapist "
        "should check you."
    )
    assert check.clinician_reason.startswith(
        "Not answered: sudden onset and calf swelling. Serious pathology cannot be excluded, so a "
        "GP or physiotherapist review is advised."
    )
    assert maya.unanswered == ("onset", "calf_swelling")


def test_every_skipped_red_flag_question_is_named_for_the_clinician_in_the_order_asked() -> None:
    result = assess(Intake(symptom_weeks=0.5))

    assert recommendation(result, "see_gp_or_physio").clinician_reason.startswith(
        "Not answered: breathlessness or chest pain, sudden onset, a snap or pop, weight-bearing, "
        "calf swelling, fever, heat or spreading redness over the tendon and current medicines (a "
        "fluoroquinolone not excluded). Serious pathology cannot be excluded"
    )
