"""The assessment result: what the pathway decided, and why.

Every decision is a value that carries its reason, the rule that made it and its sources.
Each reason comes in two wordings of the same facts: `reason` for the patient, and
`clinician_reason` for clinicians, so that every page, letter and record states the same
decision without a clinician reading advice addressed to the patient ("you") as their own.
Source ids resolve through `achillespath.sources`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = [
    "AssessmentResult",
    "AteStatus",
    "AteVerdict",
    "Disposition",
    "Recommendation",
    "recommendations_to_show",
]


class Disposition(StrEnum):
    """How soon to act, most urgent first in `URGENCY_ORDER`."""

    EMERGENCY = "emergency"  # call emergency services now
    URGENT = "urgent"  # same-day clinician contact
    ROUTINE = "routine"  # book a GP or physiotherapist
    SELF_CARE = "self_care"  # manage at home with the self-help plan

    @property
    def rank(self) -> int:
        """Higher is more urgent: self_care 0, routine 1, urgent 2, emergency 3."""
        return URGENCY_ORDER.index(self)


URGENCY_ORDER: tuple[Disposition, ...] = (
    Disposition.SELF_CARE,
    Disposition.ROUTINE,
    Disposition.URGENT,
    Disposition.EMERGENCY,
)


class AteStatus(StrEnum):
    ELIGIBLE = "eligible"
    NOT_YET = "not_yet"
    NOT_SUITABLE = "not_suitable"
    SPECIALIST_REVIEW = "specialist_review"


_RESULT = ConfigDict(extra="forbid", frozen=True)


def _patient_words_when_missing(data: Any, clinician_field: str, patient_field: str) -> Any:
    """Results stored before pathway 2026.11.3 have no clinician wording; reading one back
    gives the patient's wording there, so an old record still loads instead of failing."""
    if isinstance(data, dict) and clinician_field not in data and patient_field in data:
        return {**data, clinician_field: data[patient_field]}
    return data


class Recommendation(BaseModel):
    """One thing to do next. `id` comes from the documented vocabulary in docs/rules.md.

    `reason` is written for the patient, `clinician_reason` for clinicians: the same facts.
    """

    model_config = _RESULT

    id: str
    reason: str
    clinician_reason: str
    sources: tuple[str, ...]
    rule: str

    @model_validator(mode="before")
    @classmethod
    def _stored_before_clinician_wording(cls, data: Any) -> Any:
        return _patient_words_when_missing(data, "clinician_reason", "reason")


class AteVerdict(BaseModel):
    """Whether Achilles tendon embolisation is worth a specialist's assessment, with reasons:
    `reasons` for the patient, `clinician_reasons` for clinicians (the same, in order)."""

    model_config = _RESULT

    status: AteStatus
    reasons: tuple[str, ...]
    clinician_reasons: tuple[str, ...]

    @model_validator(mode="before")
    @classmethod
    def _stored_before_clinician_wording(cls, data: Any) -> Any:
        return _patient_words_when_missing(data, "clinician_reasons", "reasons")


class AssessmentResult(BaseModel):
    model_config = _RESULT

    disposition: Disposition
    red_flags: tuple[str, ...]
    unanswered: tuple[str, ...]
    conditions: tuple[str, ...]
    recommendations: tuple[Recommendation, ...]
    ate: AteVerdict
    risk_factors: tuple[str, ...]
    pathway_version: str


def _is_red_flag_advice(recommendation: Recommendation) -> bool:
    # Rule ids are "<group>.<name>". A recommendation merged from several rules keeps the
    # first rule's id, and the assessment gives the red flags' advice first, so advice a red
    # flag shares with another rule still counts as the red flag's.
    return recommendation.rule.startswith("red_flag.")


def recommendations_to_show(result: AssessmentResult) -> tuple[Recommendation, ...]:
    """The recommendations the person is shown: all of them, or after a red flag only the red
    flags' own advice (what to do now, how soon and why).

    The check stops at a red flag, so routine advice beside the urgent advice would only blur
    how soon to act; the web result page and the terminal show the same (the clinician's view
    still shows the whole result).
    """
    if not result.red_flags:
        return result.recommendations
    return tuple(filter(_is_red_flag_advice, result.recommendations))
