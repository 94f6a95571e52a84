"""Whether Achilles tendon embolisation (ATE) is worth a specialist's assessment, and why.

The criteria, their levels and reasons are data (pathway.toml [ate_criteria]); this module
holds one check per criterion id. By analogy with embolisation trials of other joints and
tendons (GENESIS II, ELECTRC, Okuno; brief section 7.5), not Achilles-specific evidence.

The status is the most serious level with a criterion that applies:
not_suitable > specialist_review > not_yet > eligible. The reasons list every criterion that
applies, most serious level first, so a clinician sees, say, both the kidney check and that the
pain is not yet long-standing. Eligible-level reasons (chronic pain, failed conservative care,
pain limiting activity, and supporting ones: prefers no operation, surgery unsuitable, plantar
fasciitis is no barrier, the checks still to come) are given only when nothing else applies.
Each reason comes in the patient's words (`reasons`) and the clinician's (`clinician_reasons`),
in the same order.

ATE is offered as an add-on option (`is_worth_assessing`) when eligible, or when a specialist
review is needed but no not-yet criterion applies. Someone who has already had ATE needs a
specialist review (already_had_ate): the team that did it follows them up, so the verdict never
reads "worth an ATE assessment" beside a recorded procedure, and stepped care does not offer a
new ATE assessment (pathway.stepped_care).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from achillespath.intake import Intake, LongTermCondition, TreatmentKind, TreatmentOutcome
from achillespath.pathway.rulebook import Rulebook, Thresholds
from achillespath.pathway.stepped_care import TreatmentHistory, weeks_of_pain
from achillespath.result import AteStatus, AteVerdict

__all__ = ["CRITERION_CHECKS", "AteFacts", "AteSuitability", "ate_suitability"]

_PRECEDENCE = (AteStatus.NOT_SUITABLE, AteStatus.SPECIALIST_REVIEW, AteStatus.NOT_YET)
_INFLAMMATORY = frozenset(
    {
        LongTermCondition.RHEUMATOID_ARTHRITIS,
        LongTermCondition.SPONDYLOARTHRITIS,
        LongTermCondition.GOUT,
    }
)
_GETTING_BETTER = frozenset({TreatmentOutcome.RESOLVED, TreatmentOutcome.IMPROVED})


@dataclass(slots=True)  # not frozen or a NamedTuple: the checks read it often (speed)
class AteFacts:
    """What the ATE checks look at, gathered once by the assessment."""

    intake: Intake
    conditions: tuple[str, ...]  # likely condition ids (triage.likely_conditions)
    long_term_conditions: tuple[LongTermCondition, ...]
    has_red_flag: bool
    takes_anticoagulant: bool
    is_under_adult_age: bool
    is_calf_pain_only: bool  # calf pain with no Achilles site (triage.is_calf_pain_only)
    is_other_site_only: bool  # only under the heel or elsewhere (triage.is_other_site_only)
    history: TreatmentHistory
    thresholds: Thresholds


class AteSuitability(NamedTuple):
    verdict: AteVerdict
    is_worth_assessing: bool


def _is_chronic(facts: AteFacts) -> bool:
    # A treatment episode longer than the weeks given means the pain has lasted that long, as
    # the surgical rung, which counts treatment weeks, already assumes.
    weeks = weeks_of_pain(facts.intake, facts.history)
    return weeks is not None and weeks >= facts.thresholds.ate_min_symptom_weeks


# Pain not known to be long-standing has two reasons, one for each case, so that neither says
# the person did not give a duration they gave.
def _is_too_recent(facts: AteFacts) -> bool:
    return weeks_of_pain(facts.intake, facts.history) is not None and not _is_chronic(facts)


def _has_no_duration(facts: AteFacts) -> bool:
    return weeks_of_pain(facts.intake, facts.history) is None


def _has_failed_conservative_care(facts: AteFacts) -> bool:
    limit = facts.thresholds.ate_min_conservative_care_weeks
    return facts.history.failed_conservative_weeks >= limit


def _pain_limits_activity(facts: AteFacts) -> bool:
    score = facts.intake.pain_score
    is_severe = score is not None and score >= facts.thresholds.ate_min_pain_score
    return facts.intake.activity_limited is True or is_severe


# Pain not shown to limit activity has two reasons, one for each case, so that neither quotes a
# pain score the person did not give.
def _pain_scored_below_limiting(facts: AteFacts) -> bool:
    return facts.intake.pain_score is not None and not _pain_limits_activity(facts)


def _limiting_pain_not_shown(facts: AteFacts) -> bool:
    return facts.intake.pain_score is None and not _pain_limits_activity(facts)


def _has_condition(condition: LongTermCondition) -> Callable[[AteFacts], bool]:
    return lambda facts: condition in facts.long_term_conditions


def _has_bleeding_risk(facts: AteFacts) -> bool:
    is_disorder = LongTermCondition.BLEEDING_DISORDER in facts.long_term_conditions
    return is_disorder or facts.intake.on_anticoagulant is True or facts.takes_anticoagulant


def _has_inflammatory_arthritis(facts: AteFacts) -> bool:
    is_known = not _INFLAMMATORY.isdisjoint(facts.long_term_conditions)
    return is_known or "possible_inflammatory_arthritis" in facts.conditions


def _is_improving(facts: AteFacts) -> bool:
    return facts.history.latest_outcome in _GETTING_BETTER


CRITERION_CHECKS: Mapping[str, Callable[[AteFacts], bool]] = {
    "suspected_rupture": lambda facts: "suspected_rupture" in facts.conditions,
    "active_infection": lambda facts: "possible_infection" in facts.conditions,
    "pregnant": lambda facts: facts.intake.pregnant is True,
    "contrast_allergy": lambda facts: facts.intake.contrast_allergy is True,
    "under_18": lambda facts: facts.is_under_adult_age,
    "already_had_ate": lambda facts: TreatmentKind.ATE in facts.history.kinds_tried,
    "kidney_disease": _has_condition(LongTermCondition.KIDNEY_DISEASE),
    "peripheral_arterial_disease": _has_condition(LongTermCondition.PERIPHERAL_ARTERIAL_DISEASE),
    "bleeding_risk": _has_bleeding_risk,
    "inflammatory_arthritis": _has_inflammatory_arthritis,
    "red_flag_first": lambda facts: facts.has_red_flag,
    "calf_pain_only": lambda facts: facts.is_calf_pain_only,
    "no_achilles_site": lambda facts: facts.is_other_site_only,
    "not_chronic": _is_too_recent,
    "duration_not_given": _has_no_duration,
    "no_failed_conservative_care": lambda facts: not _has_failed_conservative_care(facts),
    "pain_not_limiting": _pain_scored_below_limiting,
    "limiting_pain_not_shown": _limiting_pain_not_shown,
    "improving": _is_improving,
    "chronic_pain": _is_chronic,
    "conservative_care_failed": _has_failed_conservative_care,
    "pain_limits_activity": _pain_limits_activity,
    "prefers_non_surgical": lambda facts: facts.intake.prefers_non_surgical is True,
    "surgery_unsuitable": lambda facts: facts.intake.surgery_unsuitable is True,
    "plantar_fasciitis_no_barrier": lambda facts: "plantar_fasciitis" in facts.conditions,
    "checks_before_procedure": lambda facts: True,
}
"""One check per criterion id in pathway.toml [ate_criteria] (the rulebook holds them equal)."""


_Check = tuple[str, Callable[[AteFacts], bool]]


def ate_suitability(facts: AteFacts, book: Rulebook) -> AteSuitability:
    """The ATE verdict for these facts, and whether to offer an ATE assessment."""
    barriers, eligibility = _checks_by_level(book)
    applying = _applying(barriers, facts) or _applying(eligibility, facts)
    return _suitability(book, applying)


def _applying(checks: tuple[_Check, ...], facts: AteFacts) -> tuple[str, ...]:
    return tuple([criterion_id for criterion_id, check in checks if check(facts)])


@lru_cache(maxsize=16)
def _checks_by_level(book: Rulebook) -> tuple[tuple[_Check, ...], tuple[_Check, ...]]:
    """The book's criteria with their checks, in its order: barriers (any level above
    eligible), then the eligible-level ones.

    Eligible-level criteria cannot change the status and their reasons are shown only when no
    barrier applies, so they need checking only then (speed: most people have a barrier).
    """
    checks = [(criterion_id, CRITERION_CHECKS[criterion_id]) for criterion_id in book.ate_criteria]
    levels = {key: criterion.level for key, criterion in book.ate_criteria.items()}
    barriers = tuple(check for check in checks if levels[check[0]] is not AteStatus.ELIGIBLE)
    eligibility = tuple(check for check in checks if levels[check[0]] is AteStatus.ELIGIBLE)
    return barriers, eligibility


@lru_cache(maxsize=512)
def _suitability(book: Rulebook, applying: tuple[str, ...]) -> AteSuitability:
    # Few combinations of criteria occur, so each verdict is built once (speed).
    criteria = [book.ate_criteria[criterion_id] for criterion_id in applying]
    levels = {criterion.level for criterion in criteria}
    status = next((level for level in _PRECEDENCE if level in levels), AteStatus.ELIGIBLE)
    shown = _PRECEDENCE if status is not AteStatus.ELIGIBLE else (AteStatus.ELIGIBLE,)
    given = [c for level in shown for c in criteria if c.level is level]
    is_worth = status is AteStatus.ELIGIBLE or (
        status is AteStatus.SPECIALIST_REVIEW and AteStatus.NOT_YET not in levels
    )
    verdict = AteVerdict(
        status=status,
        reasons=tuple([c.reason for c in given]),
        clinician_reasons=tuple([c.clinician_reason for c in given]),
    )
    return AteSuitability(verdict, is_worth)
