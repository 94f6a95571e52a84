"""Named-patient vignettes for the clinical rules: build an intake, read the result back.

`person(...)` answers every red-flag question "no" unless the vignette says otherwise, so a
test states only what makes its patient special. Use `Intake(...)` directly to leave
red-flag questions unanswered.
"""

from __future__ import annotations

from typing import Any

from achillespath.assessment import assess
from achillespath.intake import Intake, Treatment
from achillespath.result import AssessmentResult

__all__ = [
    "ALL_CLEAR",
    "EXERCISE_OR_SELF_HELP",
    "TELL_ABOUT_MEDICINES",
    "assess_person",
    "person",
    "reason_for",
    "recommendation_ids",
    "tried",
]

ALL_CLEAR: dict[str, Any] = {
    "breathless_or_chest_pain": False,
    "onset": "gradual",
    "heard_snap": False,
    "can_bear_weight": True,
    "calf_swelling": False,
    "fever": False,
    "hot_red_swelling": False,
    "medications": (),
}
"""Every red-flag question answered with its reassuring answer, and no medicines (left
unanswered, they leave a fluoroquinolone possible and rule out self-care like a red flag)."""

EXERCISE_OR_SELF_HELP = frozenset(
    {
        "self_care_plan",
        "loading_programme",
        "continue_current_plan",
        "eswt",
        "prp_or_blood_injection",
        "dry_needling",
        "prevention_advice",
    }
)
"""Never recommended alongside a red flag."""

TELL_ABOUT_MEDICINES = "tell_about_medicines"
"""Given when the medicines were not asked or not answered (pass ``medications=None``)."""


def person(**answers: Any) -> Intake:
    """An adult's intake with every red flag answered "no", plus these answers."""
    return Intake(**{"age": 40, **ALL_CLEAR, **answers})


def tried(*episodes: tuple[str, float | None, str | None]) -> tuple[Treatment, ...]:
    """Treatment episodes, oldest first, as (kind, weeks, outcome)."""
    return tuple(
        Treatment(kind=kind, weeks=weeks, outcome=outcome) for kind, weeks, outcome in episodes
    )


def assess_person(**answers: Any) -> AssessmentResult:
    return assess(person(**answers))


def recommendation_ids(result: AssessmentResult) -> tuple[str, ...]:
    return tuple(recommendation.id for recommendation in result.recommendations)


def reason_for(result: AssessmentResult, recommendation_id: str) -> str:
    """The reason given for one recommendation; fails the test when it is missing."""
    for recommendation in result.recommendations:
        if recommendation.id == recommendation_id:
            return recommendation.reason
    raise AssertionError(f"{recommendation_id} not in {recommendation_ids(result)}")
