"""The symptom check asks red flags first, one at a time, and stops as soon as one is alarming."""

from __future__ import annotations

import pytest

from achillespath.intake import RED_FLAG_FIELDS, Intake
from achillespath.interview import (
    AnswerError,
    Ask,
    Done,
    Stop,
    load_interview,
    next_step,
    parse_answer,
)
from achillespath.result import Disposition

QUESTIONS = {question.field: question for question in load_interview().questions}

ALL_CLEAR = {
    "breathless_or_chest_pain": False,
    "onset": "gradual",
    "heard_snap": False,
    "can_bear_weight": True,
    "calf_swelling": False,
    "fever": False,
    "hot_red_swelling": False,
}


def asked_field(answers: dict[str, object], audience: str = "everyone") -> str:
    step = next_step(answers, audience)  # type: ignore[arg-type]
    assert isinstance(step, Ask)
    return step.question.field


def test_every_intake_field_has_exactly_one_question() -> None:
    fields = [question.field for question in load_interview().questions]
    assert sorted(fields) == sorted(Intake.model_fields)


def test_the_red_flag_questions_come_first_in_their_order() -> None:
    fields = [question.field for question in load_interview().questions]
    assert tuple(fields[: len(RED_FLAG_FIELDS)]) == RED_FLAG_FIELDS


def test_the_first_question_is_about_breathlessness_or_chest_pain() -> None:
    assert asked_field({}) == "breathless_or_chest_pain"


def test_chest_pain_stops_the_check_with_an_emergency() -> None:
    step = next_step({"breathless_or_chest_pain": True})
    assert isinstance(step, Stop)
    assert step.result.disposition is Disposition.EMERGENCY


@pytest.mark.parametrize(
    ("field", "alarming"),
    [
        ("onset", "sudden"),
        ("heard_snap", True),
        ("can_bear_weight", False),
        ("calf_swelling", True),
        ("fever", True),
        ("hot_red_swelling", True),
    ],
)
def test_an_alarming_red_flag_answer_stops_the_check_as_urgent(
    field: str, alarming: object
) -> None:
    step = next_step({"breathless_or_chest_pain": False, field: alarming})
    assert isinstance(step, Stop)
    assert step.result.disposition is Disposition.URGENT


def test_a_fluoroquinolone_stops_the_check_as_urgent() -> None:
    step = next_step({**ALL_CLEAR, "medications": ["Ciprofloxacin 500mg"]})
    assert isinstance(step, Stop)
    assert "stop_fluoroquinolone" in [rec.id for rec in step.result.recommendations]


def test_not_sure_moves_on_without_stopping() -> None:
    assert asked_field({"breathless_or_chest_pain": None}) == "onset"


def test_age_is_asked_straight_after_the_red_flag_questions() -> None:
    assert asked_field(dict(ALL_CLEAR)) == "age"
    assert asked_field(dict(ALL_CLEAR), "clinician") == "age"


def test_the_calf_squeeze_test_is_asked_of_clinicians_only() -> None:
    answers = {**ALL_CLEAR, "age": 40}
    assert asked_field(answers) == "can_single_leg_heel_raise"
    assert asked_field(answers, "clinician") == "calf_squeeze_foot_moves"


def test_not_rising_onto_the_toes_after_an_unsure_start_stops_the_check_as_urgent() -> None:
    step = next_step({**ALL_CLEAR, "onset": None, "age": 40, "can_single_leg_heel_raise": False})
    assert isinstance(step, Stop)
    assert step.result.disposition is Disposition.URGENT


def test_not_rising_onto_the_toes_after_a_gradual_start_moves_on() -> None:
    answers = {**ALL_CLEAR, "age": 40, "can_single_leg_heel_raise": False}
    assert asked_field(answers) == "medications"


def answered_up_to_where_it_hurts(**sites: object) -> dict[str, object]:
    """Every question before "where does it hurt" answered (red flags all clear), then these."""
    fields = list(QUESTIONS)
    skipped = {field: None for field in fields[: fields.index("pain_site")]}
    return skipped | ALL_CLEAR | {"age": 40} | sites


def test_both_sides_is_asked_after_where_it_hurts() -> None:
    assert asked_field(answered_up_to_where_it_hurts(pain_site=["midportion"])) == "both_sides"


def test_the_clot_question_is_asked_right_after_where_it_hurts_only_with_calf_pain() -> None:
    with_calf = answered_up_to_where_it_hurts(pain_site=["midportion", "calf"])
    assert asked_field(with_calf) == "clot_risk_factor"
    assert asked_field(answered_up_to_where_it_hurts(pain_site=["insertion"])) == "both_sides"
    assert asked_field(answered_up_to_where_it_hurts(pain_site=None)) == "both_sides"


def test_calf_pain_and_a_walking_boot_stops_the_check_as_urgent() -> None:
    answers = answered_up_to_where_it_hurts(pain_site=["calf"], clot_risk_factor=True)
    step = next_step(answers)
    assert isinstance(step, Stop)
    assert step.result.disposition is Disposition.URGENT
    assert step.result.red_flags == ("calf_pain_with_clot_risk",)


def test_a_warm_or_red_calf_is_asked_after_the_clot_question_only_with_calf_pain() -> None:
    answers = answered_up_to_where_it_hurts(pain_site=["calf"], clot_risk_factor=False)
    assert asked_field(answers) == "calf_warm_or_red"
    assert "warm or red" in QUESTIONS["calf_warm_or_red"].text


def test_a_painful_calf_that_is_warm_or_red_stops_the_check_as_urgent() -> None:
    answers = answered_up_to_where_it_hurts(
        pain_site=["calf"], clot_risk_factor=False, calf_warm_or_red=True
    )
    step = next_step(answers)
    assert isinstance(step, Stop)
    assert step.result.disposition is Disposition.URGENT
    assert step.result.red_flags == ("calf_warm_or_red",)


def test_the_infection_question_takes_heat_or_spreading_redness_without_swelling() -> None:
    question = QUESTIONS["hot_red_swelling"]
    assert "hot" in question.text
    assert "redness" in question.text
    assert "spreading" in question.text
    assert "swollen" not in question.text  # swelling alone is common with tendon pain
    assert "with or without swelling" in question.hint


def test_pregnancy_is_not_asked_of_men() -> None:
    answers: dict[str, object] = {field: None for field in QUESTIONS}
    del answers["pregnant"]
    assert asked_field(dict(answers, sex="female")) == "pregnant"
    assert isinstance(next_step(dict(answers, sex="male")), Done)


def test_questions_are_numbered_out_of_those_that_apply() -> None:
    step = next_step({})
    assert isinstance(step, Ask)
    # Two examiner's questions for clinicians, and the two calf questions that wait for calf
    # pain (clot risk factors; a warm or red calf).
    assert (step.number, step.of_at_most) == (1, len(QUESTIONS) - 4)


def test_every_offered_choice_is_a_valid_intake_value() -> None:
    for question in load_interview().questions:
        for choice in question.choices:
            value = [choice.value] if question.kind == "choices" else choice.value
            if question.kind == "treatments":
                value = [{"kind": choice.value}]
            Intake.model_validate({question.field: value})


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        ("heard_snap", "yes", True),
        ("heard_snap", "N", False),
        ("onset", "1", "sudden"),
        ("onset", "gradual", "gradual"),
        ("pain_site", "1, 2", ["midportion", "insertion"]),
        ("age", "42", 42),
        ("symptom_weeks", "0.5", 0.5),
        ("medications", "Cipro 500mg, Lipitor", ["Cipro 500mg", "Lipitor"]),
        ("heard_snap", "   ", None),
    ],
)
def test_typed_answers_become_intake_values(field: str, typed: str, value: object) -> None:
    assert parse_answer(QUESTIONS[field], typed) == value


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("heard_snap", "maybe", "please answer yes or no"),
        ("onset", "7", "please choose a number from 1 to 2"),
        ("age", "forty", "please enter a whole number"),
        ("age", "130", "please enter a number from 0 to 120"),
        ("pain_score", "7.5", "please enter a whole number"),
    ],
)
def test_answers_that_do_not_fit_say_what_would(field: str, typed: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        parse_answer(QUESTIONS[field], typed)
