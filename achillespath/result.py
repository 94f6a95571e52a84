"""The assessment result: what the pathway decided, and why.

Every decision is a value that carries its reason, the rule that made it and its sources, so
the patient page, the clinician view, the audit log and the hazard log all show the same words.
Source ids resolve through `achillespath.sources`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

__all__ = [
    "AssessmentResult",
    "AteStatus",
    "AteVerdict",
    "Disposition",
    "Recommendation",
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


class Recommendation(BaseModel):
    """One thing to do next. `id` comes from the documented vocabulary in docs/rules.md."""

    model_config = _RESULT

    id: str
    reason: str
    sources: tuple[str, ...]
    rule: str


class AteVerdict(BaseModel):
    """Whether Achilles tendon embolisation is worth a specialist's assessment, with reasons."""

    model_config = _RESULT

    status: AteStatus
    reasons: tuple[str, ...]


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
