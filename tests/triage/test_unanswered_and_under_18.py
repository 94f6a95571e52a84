"""The safety net: an unanswered red-flag question is not a "no", under-18s are not given the
adult pathway, and an age not given is not taken as adult. Each keeps the result at least
routine, with a GP or physiotherapist check. After a red flag, its urgent advice stands alone: no
routine check for the questions it left unasked (age among them), nor for being under 18."""

from __future__ import annotations

from support.vignettes import (
    ALL_CLEAR,
    EXERCISE_OR_SELF_HELP,
    TELL_ABOUT_MEDICINES,
    assess_person,
    reason_for,
    recommendation_ids,
)

from achillespath.assessment import assess
from achillespath.intake import MEDICINE_FIELDS, RED_FLAG_FIELDS, Intake
from achillespath.result import AteStatus, Disposition


def test_person_who_skips_every_red_flag_question_is_never_self_care() -> None:
    result = assess(Intake(symptom_weeks=0.5))

    assert result.disposition is Disposition.ROUTINE
    assert result.unanswered == RED_FLAG_FIELDS + MEDICINE_FIELDS
    assert "see_gp_or_physio" in recommendation_ids(result)


def test_maya_not_sure_about_chest_pain_is_sent_to_a_clinician_before_any_exercises() -> None:
    maya = assess(Intake(**{**ALL_CLEAR, "breathless_or_chest_pain": None}, age=44,
                         symptom_weeks=6, pain_site=("midportion",)))  # fmt: skip

    assert maya.disposition is Disposition.ROUTINE
    assert recommendation_ids(maya) == ("see_gp_or_physio",)
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(maya))


def test_unanswered_questions_are_listed_in_the_order_they_are_asked() -> None:
    answers = {**ALL_CLEAR, "fever": None, "onset": None}

    result = assess(Intake(**answers, symptom_weeks=0.5))

    assert result.unanswered == ("onset", "fever")


def test_unanswered_reason_names_the_missing_questions() -> None:
    answers = {**ALL_CLEAR, "heard_snap": None, "calf_swelling": None}

    result = assess(Intake(**answers, symptom_weeks=0.5))

    assert result.disposition is Disposition.ROUTINE
    reason = reason_for(result, "see_gp_or_physio")
    assert reason.startswith(
        "You did not say whether you heard a snap or pop or whether your calf is swollen."
    )
    assert result.recommendations[0].rule == "safety.unanswered_red_flags"


def test_chest_pain_before_any_other_question_means_999_with_no_routine_booking() -> None:
    result = assess(Intake(breathless_or_chest_pain=True))

    assert result.disposition is Disposition.EMERGENCY
    assert recommendation_ids(result) == ("emergency_services", TELL_ABOUT_MEDICINES)
    assert result.unanswered == RED_FLAG_FIELDS[1:] + MEDICINE_FIELDS


def test_a_sudden_start_with_later_questions_unasked_means_same_day_care_only() -> None:
    result = assess(Intake(breathless_or_chest_pain=False, onset="sudden"))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day", TELL_ABOUT_MEDICINES)
    assert "You did not say" not in " ".join(rec.reason for rec in result.recommendations)
    assert result.unanswered == RED_FLAG_FIELDS[2:] + MEDICINE_FIELDS


def test_tendon_pain_on_ciprofloxacin_with_red_flag_questions_skipped_is_stop_and_call() -> None:
    result = assess(Intake(medications=("ciprofloxacin",)))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
    assert result.unanswered == RED_FLAG_FIELDS


def test_new_pain_with_every_red_flag_answered_no_can_be_managed_at_home() -> None:
    result = assess_person(symptom_weeks=0.5)

    assert result.disposition is Disposition.SELF_CARE
    assert result.unanswered == ()
    assert recommendation_ids(result) == ("self_care_plan",)


def test_person_who_prefers_not_to_give_their_age_is_never_self_care() -> None:
    result = assess(Intake(**ALL_CLEAR, symptom_weeks=0.5))

    assert result.disposition is Disposition.ROUTINE
    check = result.recommendations[0]
    assert (check.id, check.rule) == ("see_gp_or_physio", "safety.age_unknown")
    assert check.reason.startswith("You did not say how old you are.")
    assert check.clinician_reason.startswith("Age not given: this pathway applies to adults")
    assert "adults aged 18 and over" in check.reason


def test_an_age_not_given_after_a_snap_brings_no_routine_booking() -> None:
    result = assess(Intake(**{**ALL_CLEAR, "heard_snap": True}))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day",)


def test_fifteen_year_old_gymnast_sees_a_clinician_not_a_loading_programme() -> None:
    result = assess_person(age=15, symptom_weeks=8, pain_site=("insertion",))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio",)
    assert reason_for(result, "see_gp_or_physio").startswith("You are under 18.")
    assert result.recommendations[0].rule == "safety.under_18"


def test_thirteen_year_old_with_brand_new_pain_is_still_not_self_care() -> None:
    result = assess_person(age=13, symptom_weeks=0.2)

    assert result.disposition is Disposition.ROUTINE
    assert "self_care_plan" not in recommendation_ids(result)


def test_sixteen_year_old_who_heard_a_snap_is_told_to_get_seen_today_and_nothing_routine() -> None:
    result = assess_person(age=16, heard_snap=True)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day",)
    assert "safety.under_18" not in [rec.rule for rec in result.recommendations]
    assert result.ate.status is AteStatus.NOT_SUITABLE


def test_under_18_is_not_suitable_for_embolisation() -> None:
    result = assess_person(age=17, symptom_weeks=40, pain_score=8)

    assert result.ate.status is AteStatus.NOT_SUITABLE
    assert "The procedure has only been studied in adults." in result.ate.reasons


def test_eighteen_year_old_follows_the_adult_pathway() -> None:
    result = assess_person(age=18, symptom_weeks=6, pain_site=("midportion",))

    assert recommendation_ids(result) == ("see_gp_or_physio", "loading_programme", "self_care_plan")
