"""A pathway definition compiled once for assessment: checked, with its words pre-filled.

`rulebook_for` checks how the rule tables refer to each other (every rule recommends a
vocabulary id, every red flag names a rule, a condition and Intake questions that exist, and
every red-flag question has words for the patient and for clinicians), fills thresholds into
every reason, the patient's and the clinician's alike, and pre-builds each fixed recommendation.
It caches the result per definition, so `assess()` never re-parses TOML or re-formats fixed
text.

A definition must hold at least every rule, red flag, condition and risk factor the packaged
pathway holds, and exactly its ATE criteria: a clinic's copy may change numbers and words, or
add red flags, but may not silently drop a safety rule the code relies on.
"""

from __future__ import annotations

import string
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from achillespath.intake import (
    CALF_PAIN_RED_FLAG_FIELDS,
    MEDICINE_FIELDS,
    RED_FLAG_FIELDS,
    Intake,
)
from achillespath.pathway.definition import AteCriterion, PathwayDefinition, RedFlag, load_pathway
from achillespath.pathway.recommendations import recommendation_vocabulary
from achillespath.result import URGENCY_ORDER, Disposition, Recommendation
from achillespath.risk.medicines import drug_classes

__all__ = [
    "FACTS",
    "NO_ADVICE",
    "Advice",
    "Fact",
    "PathwayError",
    "Rulebook",
    "Thresholds",
    "most_urgent",
    "packaged_rulebook",
    "rulebook_for",
]

FACTS = frozenset(
    {
        "questions",
        "medicines",
        "loading_weeks",
        "active_weeks",
        "symptom_weeks",
        "treated_weeks",
        "visa_a_first",
        "visa_a_latest",
        "mcid",
        "add_on",
        "began",
    }
)
"""Facts about the person a reason may name in braces, filled in when the rule fires."""


class Fact(NamedTuple):
    """A fact worded twice: for the patient's reason and for the clinician's.

    A fact given as a plain string reads the same in both. A NamedTuple of strings stays
    hashable, so recommendations built from it are cached like any other.
    """

    patient: str
    clinician: str


class PathwayError(ValueError):
    """A pathway definition that cannot be assessed with; the message names the entry."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers the rules apply, read once from [thresholds] (units in pathway.toml)."""

    self_care_weeks: float
    loading_programme_weeks: float
    add_on_options_after_loading_weeks: float
    surgical_referral_after_active_treatment_weeks: float
    add_on_outcome_weeks: float
    adult_age_years: float
    obesity_bmi: float
    fluoroquinolone_higher_risk_age_years: float
    ate_min_symptom_weeks: float
    ate_min_conservative_care_weeks: float
    ate_min_pain_score: float
    dvt_recent_procedure_weeks: float

    @classmethod
    def of(cls, pathway: PathwayDefinition) -> Thresholds:
        try:
            return cls(**{name: pathway.threshold(name) for name in cls.__dataclass_fields__})
        except KeyError as missing:
            raise PathwayError(missing.args[0]) from None


class Advice(NamedTuple):
    """What one part of the pathway decided: how soon, and what to do.

    Per-call values are immutable NamedTuples: a frozen dataclass costs several times more to
    build, and assess() builds a few of these on every call.
    """

    disposition: Disposition
    recommendations: tuple[Recommendation, ...] = ()


NO_ADVICE = Advice(Disposition.SELF_CARE)
"""Nothing to do and no change of urgency: one shared value for the parts that find nothing."""


_MOST_URGENT_FIRST = URGENCY_ORDER[::-1]


def most_urgent(dispositions: Iterable[Disposition]) -> Disposition:
    """The most urgent of these dispositions (self-care when there are none)."""
    given = set(dispositions)
    for disposition in _MOST_URGENT_FIRST:
        if disposition in given:
            return disposition
    return Disposition.SELF_CARE


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a fast cache key
class _Rule:
    recommendation: str
    reason: str
    clinician_reason: str
    sources: tuple[str, ...]
    rule: str
    fixed: Recommendation | None


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _filled(pathway: PathwayDefinition, text: str, facts: frozenset[str], where: str) -> str:
    """The text with its thresholds filled in, leaving only these facts for later."""
    filled = pathway.fill_thresholds(text)
    unknown = _placeholders(filled) - facts
    if unknown:
        raise PathwayError(f"{where}: unknown placeholder(s) {sorted(unknown)}")
    return filled


def _compile_rule(pathway: PathwayDefinition, rule_id: str) -> _Rule:
    rule = pathway.rules[rule_id]
    if rule.recommendation not in recommendation_vocabulary():
        raise PathwayError(f"rule {rule_id}: unknown recommendation {rule.recommendation!r}")
    reason = _filled(pathway, rule.reason, FACTS, f"rule {rule_id}")
    # The code passes the facts the patient's reason names; the clinician's may use only those.
    clinician_reason = _filled(
        pathway,
        rule.clinician_reason,
        frozenset(_placeholders(reason)),
        f"rule {rule_id} clinician_reason",
    )
    fixed = None
    if not _placeholders(reason):
        fixed = Recommendation(
            id=rule.recommendation,
            reason=reason,
            clinician_reason=clinician_reason,
            sources=rule.sources,
            rule=rule_id,
        )
    return _Rule(rule.recommendation, reason, clinician_reason, rule.sources, rule_id, fixed)


def _compile_criterion(pathway: PathwayDefinition, criterion_id: str) -> AteCriterion:
    criterion = pathway.ate_criteria[criterion_id]
    where = f"ate criterion {criterion_id}"
    return criterion.model_copy(
        update={
            "reason": _filled(pathway, criterion.reason, frozenset(), where),
            "clinician_reason": _filled(
                pathway, criterion.clinician_reason, frozenset(), f"{where} clinician_reason"
            ),
        }
    )


def _check_red_flag(pathway: PathwayDefinition, flag_id: str, flag: RedFlag) -> None:
    problems = []
    if flag.rule not in pathway.rules:
        problems.append(f"unknown rule {flag.rule!r}")
    if flag.condition is not None and flag.condition not in pathway.conditions:
        problems.append(f"unknown condition {flag.condition!r}")
    for question in (flag.question, flag.unless.question if flag.unless else None):
        if question is not None and question not in Intake.model_fields:
            problems.append(f"unknown Intake question {question!r}")
    if flag.drug_class is not None and flag.drug_class not in drug_classes():
        problems.append(f"unknown drug class {flag.drug_class!r}")
    if problems:
        raise PathwayError(f"red flag {flag_id}: {'; '.join(problems)}")


def _check_complete(pathway: PathwayDefinition, packaged: PathwayDefinition) -> None:
    tables = ("rules", "red_flags", "conditions", "risk_factors", "ate_criteria")
    for table in tables:
        missing = set(getattr(packaged, table)) - set(getattr(pathway, table))
        if missing:
            raise PathwayError(f"pathway {pathway.version} lacks {table}: {sorted(missing)}")
    extra = set(pathway.ate_criteria) - set(packaged.ate_criteria)
    if extra:
        raise PathwayError(f"ate_criteria {sorted(extra)} have no check in the code")
    for table in ("red_flag_questions", "red_flag_questions_for_clinicians"):
        asked = {*RED_FLAG_FIELDS, *MEDICINE_FIELDS, *CALF_PAIN_RED_FLAG_FIELDS}
        unnamed = asked - set(getattr(pathway, table))
        if unnamed:
            raise PathwayError(f"{table} lacks {sorted(unnamed)}")


class Rulebook:
    """One pathway definition, checked and ready: thresholds, tables and pre-built advice."""

    __slots__ = (
        "_rank",
        "_rules",
        "ate_criteria",
        "condition_order",
        "red_flag_dispositions",
        "red_flag_questions",
        "red_flag_questions_for_clinicians",
        "red_flag_triggers",
        "red_flags",
        "risk_factor_order",
        "thresholds",
        "version",
    )

    def __init__(self, pathway: PathwayDefinition) -> None:
        _check_complete(pathway, load_pathway())
        for flag_id, flag in pathway.red_flags.items():
            _check_red_flag(pathway, flag_id, flag)
        self.version = pathway.version
        self.thresholds = Thresholds.of(pathway)
        self.red_flags: Mapping[str, RedFlag] = pathway.red_flags
        self.red_flag_triggers = tuple(
            (flag_id, flag.question or "", flag.alarming, flag.unless, flag.drug_class, flag.check)
            for flag_id, flag in pathway.red_flags.items()
        )
        self.red_flag_dispositions = {
            flag_id: Disposition(flag.disposition) for flag_id, flag in pathway.red_flags.items()
        }
        self.red_flag_questions: Mapping[str, str] = pathway.red_flag_questions
        self.red_flag_questions_for_clinicians: Mapping[str, str] = (
            pathway.red_flag_questions_for_clinicians
        )
        self.condition_order = tuple(pathway.conditions)
        self.risk_factor_order = tuple(pathway.risk_factors)
        self.ate_criteria: Mapping[str, AteCriterion] = {
            key: _compile_criterion(pathway, key) for key in pathway.ate_criteria
        }
        self._rules = {rule_id: _compile_rule(pathway, rule_id) for rule_id in pathway.rules}
        self._rank = {key: rank for rank, key in enumerate(recommendation_vocabulary())}

    def recommend(self, rule_id: str, **facts: str | Fact) -> Recommendation:
        """The recommendation this rule makes, both its reasons completed with the facts given.

        A `Fact` fills the patient's reason with its `patient` words and the clinician's with
        its `clinician` words; a plain string fills both.
        """
        rule = self._rules[rule_id]
        if rule.fixed is not None:
            return rule.fixed
        return _with_facts(rule, tuple(facts.items()))

    def in_order(self, recommendations: Iterable[Recommendation]) -> tuple[Recommendation, ...]:
        """Each recommendation id once, most urgent first (the vocabulary's order).

        When several rules recommend the same id, the first rule's id is kept, and all their
        reasons (each wording on its own) and sources are joined in order.
        """
        merged: dict[int, Recommendation] = {}  # by the id's rank in the vocabulary
        for recommendation in recommendations:
            rank = self._rank[recommendation.id]
            first = merged.get(rank)
            merged[rank] = recommendation if first is None else _joined(first, recommendation)
        return tuple([merged[rank] for rank in sorted(merged)])


# Built recommendations are immutable, so the same facts reuse one object: a bounded cache
# keeps assess() fast (building a pydantic model costs more than the rest of a rule).
@lru_cache(maxsize=4096)
def _with_facts(rule: _Rule, facts: tuple[tuple[str, str | Fact], ...]) -> Recommendation:
    return Recommendation(
        id=rule.recommendation,
        reason=rule.reason.format_map(_worded(facts, for_clinician=False)),
        clinician_reason=rule.clinician_reason.format_map(_worded(facts, for_clinician=True)),
        sources=rule.sources,
        rule=rule.rule,
    )


def _worded(facts: tuple[tuple[str, str | Fact], ...], *, for_clinician: bool) -> dict[str, str]:
    return {
        name: value
        if isinstance(value, str)
        else (value.clinician if for_clinician else value.patient)
        for name, value in facts
    }


def _joined_text(first: str, second: str) -> str:
    return first if second in first else f"{first} {second}"


@lru_cache(maxsize=4096)
def _joined(first: Recommendation, second: Recommendation) -> Recommendation:
    return Recommendation(
        id=first.id,
        reason=_joined_text(first.reason, second.reason),
        clinician_reason=_joined_text(first.clinician_reason, second.clinician_reason),
        sources=tuple(dict.fromkeys(first.sources + second.sources)),
        rule=first.rule,
    )


_COMPILED: dict[int, tuple[weakref.ref[PathwayDefinition], Rulebook]] = {}


def rulebook_for(pathway: PathwayDefinition) -> Rulebook:
    """The rulebook of this definition, compiled on first use and then reused.

    Raises `PathwayError` naming the entry when the definition cannot be assessed with.
    """
    cached = _COMPILED.get(id(pathway))
    if cached is not None and cached[0]() is pathway:
        return cached[1]
    book = Rulebook(pathway)
    # Keyed by identity (definitions hold dicts, so they are not hashable); the weak reference
    # drops the entry when the definition goes, so a new object at the same address recompiles.
    key = id(pathway)
    _COMPILED[key] = (weakref.ref(pathway, lambda _: _COMPILED.pop(key, None)), book)
    return book


@cache
def packaged_rulebook() -> Rulebook:
    """The rulebook of the packaged definition, found without a look-up per assessment."""
    return rulebook_for(load_pathway())
