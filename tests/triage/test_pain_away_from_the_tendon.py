"""Pain only under the heel or somewhere else is not labelled or managed as Achilles pain.

The Dutch guideline's diagnosis needs pain at the midportion or the insertion; pain elsewhere
has other local causes (bursitis, plantar fasciitis, nerve irritation) that a clinician tells
apart. So with no Achilles site given, the result is at least routine, with a GP or
physiotherapist check of the cause, no self-help or Achilles exercise advice, and no label that
calls it Achilles pain. Pain somewhere else beside Achilles pain keeps the Achilles pathway and
brings a check of the other pain. An empty list of sites is an unanswered question, as before.
"""

from __future__ import annotations

from support.vignettes import (
    EXERCISE_OR_SELF_HELP,
    assess_person,
    reason_for,
    recommendation_ids,
    tried,
)

from achillespath.labels import label
from achillespath.result import AteStatus, Disposition


def test_walker_with_new_pain_somewhere_else_sees_a_clinician_not_told_it_is_achilles() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("other",))

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("pain_elsewhere",)
    assert recommendation_ids(result) == ("see_gp_or_physio",)
    assert "did not mark pain at the Achilles tendon" in reason_for(result, "see_gp_or_physio")
    assert label("conditions", "pain_elsewhere").startswith("Pain away from the Achilles tendon")


def test_teacher_with_pain_only_under_the_heel_is_checked_and_offered_podiatry() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("heel_underside",))

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("plantar_fasciitis",)
    assert recommendation_ids(result) == ("see_gp_or_physio", "podiatry")
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))
    assert "achilles_tendinopathy_unspecified" not in result.conditions


def test_heel_and_midportion_pain_together_keep_the_achilles_pathway_and_name_both() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("midportion", "heel_underside"))

    assert result.disposition is Disposition.SELF_CARE
    assert result.conditions == ("midportion_tendinopathy", "plantar_fasciitis")
    assert recommendation_ids(result) == ("self_care_plan", "podiatry")


def test_runner_with_midportion_pain_and_pain_elsewhere_has_the_other_pain_checked() -> None:
    result = assess_person(symptom_weeks=0.5, pain_site=("midportion", "other"))

    assert result.disposition is Disposition.ROUTINE
    assert result.conditions == ("midportion_tendinopathy", "pain_elsewhere")
    assert recommendation_ids(result) == ("see_gp_or_physio", "self_care_plan")
    assert "pain somewhere away from the Achilles tendon" in reason_for(result, "see_gp_or_physio")


def test_long_standing_pain_only_under_the_heel_is_not_yet_for_achilles_embolisation() -> None:
    result = assess_person(
        symptom_weeks=40,
        pain_score=7,
        pain_site=("heel_underside", "other"),
        treatments=tried(("physiotherapy", 14, "no_change")),
    )

    assert result.ate.status is AteStatus.NOT_YET
    assert result.ate.reasons[0].startswith("You did not mark pain at the Achilles tendon")
    assert "ate_assessment" not in recommendation_ids(result)
