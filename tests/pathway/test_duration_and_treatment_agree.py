"""How long the pain has lasted is at least as long as the treatment tried for it.

Treatment recorded for longer than the weeks of pain given (an episode recorded later, against a
duration reported at the check) once made the advice recommend a surgeon after 26 weeks of
treatment while the ATE verdict said the pain was under 13 weeks old. Now every rule counts the
longer of the two, and the advice says the two disagree and asks for a check of when the pain
began.
"""

from __future__ import annotations

from support.vignettes import assess_person, recommendation_ids, tried

from achillespath.result import AteStatus, Disposition


def test_chloe_with_26_weeks_of_physio_on_record_but_8_weeks_of_pain_gets_one_story() -> None:
    result = assess_person(
        symptom_weeks=8.4,
        pain_score=6,
        treatments=tried(("physiotherapy", 26.1, "no_change")),
    )

    assert "surgical_referral" in recommendation_ids(result)
    assert result.ate.status is AteStatus.ELIGIBLE
    assert "The pain has lasted at least 13 weeks." in result.ate.reasons
    check = result.recommendations[0]
    assert check.rule == "stepped_care.duration_shorter_than_treatment"
    assert check.reason.startswith(
        "You said the pain has lasted 8.4 weeks, but a treatment listed went on for 26.1 weeks."
    )
    assert "the advice counts the longer. Confirm when symptoms began." in check.clinician_reason


def test_two_weeks_of_pain_after_ten_weeks_of_physio_that_helped_is_checked_not_self_care() -> None:
    result = assess_person(symptom_weeks=2, treatments=tried(("physiotherapy", 10, "improved")))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result) == ("see_gp_or_physio", "continue_current_plan")


def test_priya_with_heel_lifts_and_less_running_in_the_same_half_week_is_not_flagged() -> None:
    # Episodes side by side do not add up to more pain than she has had.
    result = assess_person(
        symptom_weeks=0.5,
        treatments=tried(
            ("heel_lifts", 0.5, "improved"), ("activity_modification", 0.5, "improved")
        ),
    )

    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("continue_current_plan",)


def test_pain_as_long_as_the_treatment_brings_no_duration_check() -> None:
    result = assess_person(symptom_weeks=14, treatments=tried(("physiotherapy", 14, "no_change")))

    rules = [rec.rule for rec in result.recommendations]
    assert "stepped_care.duration_shorter_than_treatment" not in rules
