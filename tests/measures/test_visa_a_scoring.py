"""VISA-A totals are the plain sum of the item points (Robinson 2001), with item-group subtotals."""

from __future__ import annotations

import pytest

from achillespath.measures import VisaAAnswers, VisaAScore, score_visa_a


def answers(items_1_to_7: tuple[int, ...], q8: tuple[str, int]) -> VisaAAnswers:
    branch, points = q8
    raw = {f"q{number}": value for number, value in enumerate(items_1_to_7, start=1)}
    return VisaAAnswers.model_validate({**raw, "q8": {"branch": branch, "points": points}})


# Worked examples, each added up by hand.
# (q1 ... q7), q8 -> (total, pain, function, activity)
WORKED_EXAMPLES = [
    pytest.param((10, 10, 10, 10, 10, 10, 10), ("A", 30), (100, 30, 30, 40), id="all-best-is-100"),
    pytest.param((0, 0, 0, 0, 0, 0, 0), ("A", 0), (0, 0, 0, 0), id="all-worst-is-0"),
    pytest.param((0, 0, 0, 0, 0, 0, 0), ("C", 0), (0, 0, 0, 0), id="worst-on-branch-c-is-0"),
    # 40 min stiffness = 6; 6+5+7 = 18; 8+4+3 = 15; modified training 4 + 8B 11-20 min 10 = 14
    pytest.param((6, 5, 7, 8, 4, 3, 4), ("B", 10), (47, 18, 15, 14), id="runner-mid-recovery-47"),
    # No sport at all: pain and daily function perfect, yet the total caps at 60
    pytest.param((10, 10, 10, 10, 10, 10, 0), ("C", 0), (60, 30, 30, 0), id="sedentary-caps-at-60"),
    # Best possible on branch B (pain that does not stop training): 70 + 20
    pytest.param((10, 10, 10, 10, 10, 10, 10), ("B", 20), (90, 30, 30, 30), id="best-on-8b-is-90"),
    # Best possible on branch C (pain stops training): 70 + 10
    pytest.param((10, 10, 10, 10, 10, 10, 10), ("C", 10), (80, 30, 30, 20), id="best-on-8c-is-80"),
]


@pytest.mark.parametrize(("items", "q8", "expected"), WORKED_EXAMPLES)
def test_total_and_item_group_subtotals_match_the_hand_worked_example(
    items: tuple[int, ...], q8: tuple[str, int], expected: tuple[int, int, int, int]
) -> None:
    score = score_visa_a(answers(items, q8))

    total, pain, function, activity = expected
    assert score.total == total
    assert score.subtotal("pain") == pain
    assert score.subtotal("function") == function
    assert score.subtotal("activity") == activity


def test_item_groups_are_robinsons_questions_1_3_4_6_and_7_8() -> None:
    score = score_visa_a(answers((1, 2, 3, 4, 5, 6, 7), ("A", 14)))

    assert [(s.group.id, s.group.items, s.group.max_points) for s in score.subtotals] == [
        ("pain", ("q1", "q2", "q3"), 30),
        ("function", ("q4", "q5", "q6"), 30),
        ("activity", ("q7", "q8"), 40),
    ]
    assert [s.group.label for s in score.subtotals] == [
        "Questions 1-3: pain",
        "Questions 4-6: function in daily life",
        "Questions 7-8: sport and physical activity",
    ]


def test_score_cites_robinson_2001_and_records_the_q8_branch() -> None:
    score = score_visa_a(answers((5, 5, 5, 5, 5, 5, 7), ("B", 14)))

    assert score.sources == ("robinson-2001",)
    assert score.q8_branch == "B"


def test_score_carries_no_invented_severity_band() -> None:
    fields = set(VisaAScore.model_fields)

    assert fields == {"total", "subtotals", "q8_branch", "sources"}
    assert not fields & {"band", "severity", "category", "grade", "interpretation"}


def test_asking_for_an_unknown_item_group_names_the_groups() -> None:
    score = score_visa_a(answers((5, 5, 5, 5, 5, 5, 7), ("B", 14)))

    with pytest.raises(KeyError, match="pain, function, activity"):
        score.subtotal("severity")
