"""Only points on each item's published scale are accepted; every error names the item once,
as its location, so a reader printing "item: problem" does not name it twice."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from achillespath.measures import (
    ITEM_SCALES,
    Q8_SCALES,
    VisaAAnswers,
    q1_points_from_minutes,
    score_visa_a,
)

BEST: dict[str, Any] = {
    "q1": 10,
    "q2": 10,
    "q3": 10,
    "q4": 10,
    "q5": 10,
    "q6": 10,
    "q7": 10,
    "q8": {"branch": "A", "points": 30},
}


def with_answer(**changes: Any) -> dict[str, Any]:
    return {**BEST, **changes}


def at(item: str, problem: str) -> str:
    """A pattern for pydantic's text of one error: the item's location, then its problem."""
    return re.escape(f"{item}\n  Value error, {problem}")


def test_q7_off_the_scale_names_the_item_and_its_allowed_values() -> None:
    with pytest.raises(
        ValidationError, match=at("q7", "5 is not on the scale; allowed 0, 4, 7, 10")
    ):
        VisaAAnswers.model_validate(with_answer(q7=5))


@pytest.mark.parametrize("item", ["q1", "q2", "q3", "q4", "q5", "q6"])
@pytest.mark.parametrize("points", [-1, 11, 100])
def test_items_1_to_6_accept_only_0_to_10(item: str, points: int) -> None:
    with pytest.raises(
        ValidationError, match=at(item, f"{points} is not on the scale; allowed 0, 1")
    ):
        VisaAAnswers.model_validate(with_answer(**{item: points}))


@pytest.mark.parametrize(
    ("branch", "points", "allowed"),
    [
        ("A", 20, "0, 7, 14, 21, 30"),
        ("B", 30, "0, 4, 10, 14, 20"),
        ("C", 20, "0, 2, 5, 7, 10"),
        ("C", 4, "0, 2, 5, 7, 10"),
    ],
)
def test_q8_points_must_be_on_the_chosen_branch_scale(
    branch: str, points: int, allowed: str
) -> None:
    message = at("q8", f"{points} is not on branch {branch}'s scale; allowed {allowed}")
    with pytest.raises(ValidationError, match=message):
        VisaAAnswers.model_validate(with_answer(q8={"branch": branch, "points": points}))


def test_a_second_q8_branch_cannot_be_expressed() -> None:
    two_branches = {"branch": "A", "points": 30, "B": 20}

    with pytest.raises(ValidationError, match=at("q8", "unexpected key")):
        VisaAAnswers.model_validate(with_answer(q8=two_branches))


def test_q8_as_separate_branch_keys_is_rejected() -> None:
    with pytest.raises(ValidationError, match="q8a is not a VISA-A item"):
        VisaAAnswers.model_validate({**with_answer(), "q8a": 30, "q8b": 20})


def test_q8_branch_must_be_a_b_or_c() -> None:
    with pytest.raises(ValidationError, match=r"q8\.branch"):
        VisaAAnswers.model_validate(with_answer(q8={"branch": "D", "points": 0}))


def test_a_missing_item_is_named_with_its_allowed_values() -> None:
    incomplete = with_answer()
    del incomplete["q7"]

    with pytest.raises(ValidationError, match="q7 is missing; allowed 0, 4, 7, 10"):
        VisaAAnswers.model_validate(incomplete)


def test_a_missing_q8_says_how_to_give_one_branch() -> None:
    incomplete = with_answer()
    del incomplete["q8"]

    with pytest.raises(
        ValidationError, match=re.escape('q8 is missing; give one branch as {"branch"')
    ):
        VisaAAnswers.model_validate(incomplete)


def test_an_unknown_key_is_named() -> None:
    with pytest.raises(ValidationError, match="q9 is not a VISA-A item"):
        VisaAAnswers.model_validate(with_answer(q9=3))


@pytest.mark.parametrize("not_an_int", [True, "7", 7.0, None])
def test_points_must_be_whole_numbers_not_text_floats_or_booleans(not_an_int: object) -> None:
    with pytest.raises(ValidationError, match="q2"):
        VisaAAnswers.model_validate(with_answer(q2=not_an_int))


def test_answers_are_frozen() -> None:
    answers = VisaAAnswers.model_validate(BEST)

    with pytest.raises(ValidationError):
        answers.q1 = 0


@pytest.mark.parametrize(("minutes", "points"), [(0, 10), (10, 9), (50, 5), (90, 1), (100, 0)])
def test_q1_minutes_of_morning_stiffness_convert_to_ten_minus_minutes_over_ten(
    minutes: int, points: int
) -> None:
    assert q1_points_from_minutes(minutes) == points


@pytest.mark.parametrize("minutes", [-10, 5, 15, 110, 120])
def test_q1_minutes_off_the_10_minute_steps_are_rejected_not_rounded(minutes: int) -> None:
    with pytest.raises(ValueError, match=f"q1 minutes: {minutes} is not on the scale"):
        q1_points_from_minutes(minutes)


def test_q1_minutes_must_be_a_whole_number() -> None:
    with pytest.raises(ValueError, match="not a whole number"):
        q1_points_from_minutes(10.0)  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------

valid_answers = st.fixed_dictionaries(
    {item: st.sampled_from(scale) for item, scale in ITEM_SCALES.items()}
    | {
        "q8": st.sampled_from(sorted(Q8_SCALES)).flatmap(
            lambda branch: st.fixed_dictionaries(
                {"branch": st.just(branch), "points": st.sampled_from(Q8_SCALES[branch])}
            )
        )
    }
)


@given(valid_answers)
def test_any_valid_combination_totals_0_to_100_and_equals_the_sum(raw: dict[str, Any]) -> None:
    score = score_visa_a(VisaAAnswers.model_validate(raw))

    expected = sum(raw[item] for item in ITEM_SCALES) + raw["q8"]["points"]
    assert score.total == expected
    assert 0 <= score.total <= 100
    assert sum(subtotal.points for subtotal in score.subtotals) == score.total


@given(
    valid_answers,
    st.sampled_from(sorted(ITEM_SCALES)),
    st.integers(min_value=-1000, max_value=1000),
)
def test_any_value_off_an_items_scale_is_rejected(
    raw: dict[str, Any], item: str, points: int
) -> None:
    assume(points not in ITEM_SCALES[item])
    with pytest.raises(ValidationError, match=at(item, f"{points} is not on the scale")):
        VisaAAnswers.model_validate({**raw, item: points})


@given(st.sampled_from(sorted(Q8_SCALES)), st.integers(min_value=-1000, max_value=1000))
def test_any_q8_value_off_its_branch_scale_is_rejected(branch: str, points: int) -> None:
    assume(points not in Q8_SCALES[branch])
    with pytest.raises(ValidationError, match=at("q8", f"{points} is not on branch {branch}'s")):
        VisaAAnswers.model_validate(with_answer(q8={"branch": branch, "points": points}))
