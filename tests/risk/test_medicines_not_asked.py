"""The symptom check stops at the first urgent answer, before it asks about medicines, so the
urgent result itself says to mention them: a quinolone antibiotic is stopped at the first sign
of tendon harm, steroid tablets are never stopped suddenly (mhra-fluoroquinolones-2019)."""

from __future__ import annotations

from support.vignettes import ALL_CLEAR, TELL_ABOUT_MEDICINES, recommendation_ids

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.result import Disposition


def stopped_at(**alarming: object) -> Intake:
    """Reassuring answers up to the alarming one, where the check stops: nothing asked after."""
    asked_before = {"breathless_or_chest_pain": False, "onset": "gradual"}
    return Intake.model_validate({**asked_before, **alarming})


def test_runner_who_heard_a_snap_is_told_to_mention_a_quinolone_or_steroid_tablets_today() -> None:
    result = assess(stopped_at(heard_snap=True))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day", TELL_ABOUT_MEDICINES)
    line = result.recommendations[1]
    assert line.rule == "red_flag.medicines_not_asked"
    assert line.reason.startswith("This check stopped before asking about your medicines.")
    assert line.sources == ("mhra-fluoroquinolones-2019", "wise-2012-fluoroquinolones")


def test_chest_pain_call_999_carries_the_medicines_line_too() -> None:
    result = assess(Intake(breathless_or_chest_pain=True))

    assert result.disposition is Disposition.EMERGENCY
    assert recommendation_ids(result) == ("emergency_services", TELL_ABOUT_MEDICINES)


def test_the_line_is_not_given_when_the_medicines_are_known() -> None:
    on_cipro = assess(stopped_at(heard_snap=True, medications=("ciprofloxacin 500mg",)))
    on_nothing = assess(stopped_at(heard_snap=True, medications=()))

    assert recommendation_ids(on_cipro) == ("rupture_same_day", "stop_fluoroquinolone")
    assert recommendation_ids(on_nothing) == ("rupture_same_day",)


def test_a_result_with_no_red_flag_never_has_the_line() -> None:
    assert TELL_ABOUT_MEDICINES not in recommendation_ids(assess(Intake(**ALL_CLEAR, age=40)))
    assert TELL_ABOUT_MEDICINES not in recommendation_ids(assess(Intake()))
