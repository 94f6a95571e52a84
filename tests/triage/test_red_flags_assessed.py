"""Once a clinician has assessed the red flags a symptom check raised, the advice is no longer
driven by those answers (the clinician's judgement stands), but nothing else is let go: a
fluoroquinolone is still to be stopped and an unanswered question stays unanswered."""

from __future__ import annotations

from support.vignettes import ALL_CLEAR

from achillespath.assessment import assess
from achillespath.intake import Intake, Onset
from achillespath.result import Disposition
from achillespath.triage.red_flags import with_red_flags_assessed

MIDPORTION_AT_40 = {**ALL_CLEAR, "age": 40, "symptom_weeks": 8, "pain_site": ["midportion"]}


def test_nina_who_could_not_bear_weight_is_no_longer_urgent_once_assessed() -> None:
    nina = Intake.model_validate({**MIDPORTION_AT_40, "can_bear_weight": False, "onset": "sudden"})

    assessed = with_red_flags_assessed(nina)

    assert (assessed.can_bear_weight, assessed.onset) == (True, Onset.GRADUAL)
    assert assess(nina).disposition is Disposition.URGENT
    assert assess(assessed).red_flags == ()


def test_a_fluoroquinolone_is_still_to_be_stopped_after_the_assessment() -> None:
    grace = Intake.model_validate(
        {**MIDPORTION_AT_40, "heard_snap": True, "medications": ["ciprofloxacin 500mg"]}
    )

    result = assess(with_red_flags_assessed(grace))

    assert result.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert result.disposition is Disposition.URGENT


def test_an_unanswered_question_stays_unanswered_and_a_clear_intake_is_unchanged() -> None:
    skipped = Intake.model_validate({**MIDPORTION_AT_40, "fever": None})
    clear = Intake.model_validate(MIDPORTION_AT_40)

    assert with_red_flags_assessed(skipped).fever is None
    assert with_red_flags_assessed(clear) is clear


def test_calf_pain_with_a_clot_risk_answered_yes_is_no_longer_urgent_once_assessed() -> None:
    walker = Intake.model_validate(
        {**MIDPORTION_AT_40, "pain_site": ["calf"], "clot_risk_factor": True}
    )

    assessed = with_red_flags_assessed(walker)

    assert assess(walker).red_flags == ("calf_pain_with_clot_risk",)
    assert assessed.clot_risk_factor is False
    assert assess(assessed).red_flags == ()
