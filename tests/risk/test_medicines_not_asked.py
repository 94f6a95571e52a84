"""The symptom check stops at the first urgent answer, before it asks about medicines, so the
urgent result itself says to mention them: a quinolone antibiotic is stopped at the first sign
of tendon harm, steroid tablets are never stopped suddenly (mhra-fluoroquinolones-2019)."""

from __future__ import annotations

import pytest
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


def test_a_result_whose_medicines_are_known_and_named_never_has_the_line() -> None:
    assert TELL_ABOUT_MEDICINES not in recommendation_ids(assess(Intake(**ALL_CLEAR, age=40)))
    on_ibuprofen = assess(Intake(**{**ALL_CLEAR, "medications": ("ibuprofen 400mg",)}, age=40))
    assert TELL_ABOUT_MEDICINES not in recommendation_ids(on_ibuprofen)


def test_runner_not_sure_of_her_medicines_is_never_self_care_and_told_to_stop_a_quinolone() -> None:
    # "None or not sure" once read both as none: self-care, with a quinolone never ruled out.
    result = assess(Intake(**{**ALL_CLEAR, "medications": None}, age=30, symptom_weeks=0.5))

    assert result.disposition is Disposition.ROUTINE
    assert result.unanswered == ("medications",)
    assert recommendation_ids(result) == (TELL_ABOUT_MEDICINES, "see_gp_or_physio")
    line = result.recommendations[0]
    assert line.rule == "safety.medicines_unanswered"
    assert line.sources == ("mhra-fluoroquinolones-2019",)
    assert "called quinolones, can harm tendons" in line.reason
    assert "You did not say which medicines you take." in result.recommendations[1].reason


def test_runner_who_said_none_gets_her_self_help_plan() -> None:
    result = assess(Intake(**ALL_CLEAR, age=30, symptom_weeks=0.5))

    assert result.disposition is Disposition.SELF_CARE
    assert result.unanswered == ()


@pytest.mark.parametrize(
    "entry", ["antibiotic for water infection", "anitbiotics from the GP", "abx"]
)
def test_man_on_an_antibiotic_he_cannot_name_is_told_to_stop_it_if_it_is_a_quinolone(
    entry: str,
) -> None:
    result = assess(Intake(**{**ALL_CLEAR, "medications": (entry,)}, age=50, symptom_weeks=0.5))

    assert result.disposition is Disposition.ROUTINE
    assert recommendation_ids(result)[0] == TELL_ABOUT_MEDICINES
    assert result.recommendations[0].rule == "medicines.unnamed_antibiotic"
    assert result.recommendations[0].reason.startswith(
        f"You take {entry}, an antibiotic this check cannot name."
    )


def test_a_named_quinolone_antibiotic_gets_the_red_flag_not_the_unnamed_line() -> None:
    result = assess(Intake(**{**ALL_CLEAR, "medications": ("quinolone antibiotic",)}, age=50))

    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
