"""The intake's treatment episodes: the VISA-A scores an outcome was judged by must show that
outcome, or the intake is refused naming the field."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from achillespath.intake import Intake, TreatmentOutcome


def judged(outcome: str | None, first: int, latest: int) -> dict[str, Any]:
    return {
        "treatments": [
            {
                "kind": "loading_programme",
                "weeks": 13,
                "outcome": outcome,
                "visa_a": {"first": first, "latest": latest, "mcid": 14},
            }
        ]
    }


@pytest.mark.parametrize(
    ("outcome", "first", "latest"),
    [("improved", 40, 54), ("no_change", 40, 53), ("no_change", 40, 27), ("worse", 40, 26)],
)
def test_scores_that_show_the_outcome_given_are_accepted(
    outcome: str, first: int, latest: int
) -> None:
    intake = Intake.model_validate(judged(outcome, first, latest))

    assert (intake.treatments or ())[0].outcome is TreatmentOutcome(outcome)


@pytest.mark.parametrize("outcome", [None, "resolved", "no_change"])
def test_scores_that_do_not_show_the_outcome_given_are_refused_naming_them(
    outcome: str | None,
) -> None:
    with pytest.raises(ValidationError) as refused:
        Intake.model_validate(judged(outcome, 40, 62))

    error = refused.value.errors()[0]
    assert error["loc"] == ("treatments", 0, "visa_a")
    assert "these scores show the outcome improved" in error["msg"]


def test_a_score_outside_0_to_100_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError) as refused:
        Intake.model_validate(judged("improved", 40, 101))

    assert refused.value.errors()[0]["loc"] == ("treatments", 0, "visa_a", "latest")
