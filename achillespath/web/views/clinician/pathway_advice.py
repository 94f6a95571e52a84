"""The core's pathway advice as the clinician reads it: disposition, recommendations in the
clinician's words with their reasons and numbered sources, the ATE verdict, risk factors, and
which treatments were counted. Every reason is the core's clinician wording, never the one
written for the patient.

The advice itself comes from achillespath.web.pathway_advice (the latest symptom check merged
with the recorded treatment episodes and the prescribed programmes, assessed by the core);
nothing is decided here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from django.utils import timezone
from django.utils.formats import date_format
from pydantic import ValidationError

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.labels import disposition_words, label, question_for_clinicians
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AssessmentResult, Disposition
from achillespath.web.models import Assessment, Patient, WarningSignReview
from achillespath.web.pathway_advice import advice_basis, latest_check
from achillespath.web.views.clinician.citations import Citations
from achillespath.web.views.clinician.wording import (
    ATE_STATUS_NAMES,
    OUTCOME_NAMES,
    TREATMENT_NAMES,
)

__all__ = [
    "AssessedRedFlags",
    "CountedTreatment",
    "NoAdvice",
    "PathwayAdvice",
    "RecommendationLine",
    "assessed_red_flags",
    "assessed_words",
    "pathway_advice_for",
]


@dataclass(frozen=True)
class RecommendationLine:
    """One recommendation: `reason` is the rule's clinician wording."""

    title: str
    clinician: str
    reason: str
    reference_numbers: tuple[int, ...]


@dataclass(frozen=True)
class CountedTreatment:
    """One treatment the advice counted, and where it came from."""

    origin: str  # "symptom check", "recorded" or "prescribed"
    name: str
    weeks: float | None
    outcome: str


@dataclass(frozen=True)
class PathwayAdvice:
    checked_at: dt.datetime
    result: AssessmentResult
    headline: str
    red_flags: tuple[str, ...]
    unanswered: tuple[str, ...]  # the red-flag questions in clinician words, lower case
    conditions: tuple[str, ...]
    recommendations: tuple[RecommendationLine, ...]
    ate_status: str
    ate_reasons: tuple[str, ...]  # the verdict's clinician wording
    risk_factors: tuple[str, ...]
    treatments: tuple[CountedTreatment, ...]
    assessed: str = ""  # who assessed the check's red flags, when, so they no longer count

    is_available = True

    @property
    def is_alarming(self) -> bool:
        return self.result.disposition in (Disposition.URGENT, Disposition.EMERGENCY)

    @property
    def disposition_name(self) -> str:
        return self.result.disposition.value.replace("_", " ")


@dataclass(frozen=True)
class NoAdvice:
    """Why there is no advice to show."""

    reason: str
    is_available = False


def pathway_advice_for(
    patient: Patient, today: dt.date, citations: Citations
) -> PathwayAdvice | NoAdvice:
    """The core's advice for `patient` today, or why there is none (two queries). Sources are
    numbered in `citations`, so a page can list them with its other references."""
    check = latest_check(patient)
    if check is None:
        return NoAdvice(
            "No symptom check is saved on this record yet, so there is no pathway advice. "
            "Ask the patient to do the symptom check while logged in."
        )
    try:
        basis = advice_basis(patient, check, today)
    except ValidationError:
        saved_on = date_format(timezone.localtime(check.created_at), "j M Y")
        return NoAdvice(
            f"The symptom check saved on {saved_on} can no longer be read by this version of "
            "the pathway. Ask the patient to do the symptom check again."
        )
    treatments = _counted(basis.reported, basis.intake, basis.added)
    advice = _advice(check.created_at, assess(basis.intake), treatments, citations)
    if basis.assessed is None:
        return advice
    return replace(advice, assessed=assessed_red_flags(check, basis.assessed).words)


def _assessed_phrase(assessed_at: dt.datetime, assessed_by: str, note: str) -> str:
    assessed = date_format(timezone.localtime(assessed_at), "j M Y")
    quoted = f": \u201c{note}\u201d" if note else ""
    return f"assessed on {assessed} by {assessed_by}{quoted}"


@dataclass(frozen=True)
class AssessedRedFlags:
    """Clinic staff recorded that the red flags of the symptom check were assessed: when, by
    whom and with what note, so the advice no longer weighs those answers."""

    checked_at: dt.datetime
    assessed_at: dt.datetime
    assessed_by: str
    note: str

    @property
    def words(self) -> str:
        """The fact as the patient page and the clinic API say it."""
        checked = date_format(timezone.localtime(self.checked_at), "j M Y")
        assessed = _assessed_phrase(self.assessed_at, self.assessed_by, self.note)
        return (
            f"The warning signs reported in the symptom check of {checked} were {assessed}. "
            "The clinician's judgement now stands: this advice no longer weighs those answers."
        )


def _staff_name(review: WarningSignReview) -> str:
    """The staff member by name (or email; "clinic staff" once their account is gone)."""
    staff = review.reviewed_by
    return (staff.get_full_name() or staff.email) if staff is not None else "clinic staff"


def assessed_red_flags(check: Assessment, review: WarningSignReview) -> AssessedRedFlags:
    """The record `review` that the red flags of `check` were assessed, as the clinic reads
    it."""
    return AssessedRedFlags(
        checked_at=check.created_at,
        assessed_at=review.reviewed_at,
        assessed_by=_staff_name(review),
        note=review.note.strip(),
    )


def assessed_words(review: WarningSignReview) -> str:
    """When, by whom and with what note warning signs were assessed: 'assessed on 22 Nov 2026
    by Ann Lee: \u201cSeen in clinic\u201d', as the referral letter says it beside each sign."""
    return _assessed_phrase(review.reviewed_at, _staff_name(review), review.note.strip())


def _counted(
    reported: Intake, merged: Intake, added: tuple[str, ...]
) -> tuple[CountedTreatment, ...]:
    """The merged treatments labelled by origin: the check's, then those `added` (each with its
    origin), less the oldest when there were too many to keep."""
    origins = ("symptom check",) * len(reported.treatments or ()) + added
    kept = origins[len(origins) - len(merged.treatments or ()) :]
    return tuple(
        CountedTreatment(
            origin=origin,
            name=TREATMENT_NAMES[treatment.kind],
            weeks=treatment.weeks,
            outcome=OUTCOME_NAMES[treatment.outcome] if treatment.outcome else "Not known",
        )
        for origin, treatment in zip(kept, merged.treatments or (), strict=True)
    )


def _advice(
    checked_at: dt.datetime,
    result: AssessmentResult,
    treatments: tuple[CountedTreatment, ...],
    citations: Citations,
) -> PathwayAdvice:
    texts = recommendation_texts(load_pathway())
    return PathwayAdvice(
        checked_at=checked_at,
        result=result,
        headline=disposition_words(result.disposition).clinician_headline,
        red_flags=tuple(label("red_flags", flag) for flag in result.red_flags),
        unanswered=tuple(question_for_clinicians(field) for field in result.unanswered),
        conditions=tuple(label("conditions", condition) for condition in result.conditions),
        recommendations=tuple(
            RecommendationLine(
                title=texts[rec.id].title if rec.id in texts else rec.id.replace("_", " "),
                clinician=texts[rec.id].clinician if rec.id in texts else "",
                reason=rec.clinician_reason,
                reference_numbers=citations.numbers(rec.sources),
            )
            for rec in result.recommendations
        ),
        ate_status=ATE_STATUS_NAMES[result.ate.status],
        ate_reasons=result.ate.clinician_reasons,
        risk_factors=tuple(label("risk_factors", factor) for factor in result.risk_factors),
        treatments=treatments,
    )
