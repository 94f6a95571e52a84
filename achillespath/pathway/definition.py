"""The versioned pathway definition (pathway.toml): thresholds and rules with their sources.

Rules read their numbers, words and sources from here so that a clinical change is one reviewed
edit to one file. Every source id is checked against the bibliography when the definition is
loaded; how the rule sections refer to each other is checked by `achillespath.pathway.rulebook`.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from achillespath.result import AteStatus
from achillespath.sources import unknown_source_ids

__all__ = [
    "AlternativeMcid",
    "Answer",
    "AteCriterion",
    "Described",
    "MonitoringRules",
    "PainMonitoringRules",
    "PathwayDefinition",
    "RedFlag",
    "RedFlagCheck",
    "Rule",
    "Threshold",
    "VisaAChangeRules",
    "load_pathway",
    "parse_pathway",
]

_DATA = ConfigDict(extra="forbid", frozen=True)


def _known_sources(sources: tuple[str, ...]) -> tuple[str, ...]:
    unknown = unknown_source_ids(sources)
    if unknown:
        raise ValueError(f"unknown source id(s): {', '.join(unknown)}")
    if not sources:
        raise ValueError("every threshold needs at least one source")
    return sources


class Threshold(BaseModel):
    model_config = _DATA

    value: float
    unit: str
    sources: tuple[str, ...]
    note: str

    _check_sources = field_validator("sources")(_known_sources)


class PainMonitoringRules(BaseModel):
    """Silbernagel's pain-monitoring model as numbers on the 0-10 pain scale."""

    model_config = _DATA

    sources: tuple[str, ...]
    safe_max_pain_during: int = Field(ge=0, le=10)
    acceptable_max_pain_during: int = Field(ge=0, le=10)
    next_morning_rise_allowed: int = Field(ge=0, le=10)
    # Stiffness is in minutes, not 0-10 points, so it has its own allowance.
    next_morning_stiffness_rise_allowed_minutes: int = Field(default=0, ge=0, le=120)
    # Next-morning pain at or below this has settled; above the acceptable maximum, reduce.
    settled_max_next_morning_pain: int = Field(ge=0, le=10)
    acceptable_max_next_morning_pain: int = Field(ge=0, le=10)
    # This many next-morning pain reports in a row above the settled level: reduce.
    unsettled_mornings_before_reduce: int = Field(ge=1, le=28)
    weekly_rise_allowed: float = Field(ge=0, le=10)
    weekly_stiffness_rise_allowed_minutes: int = Field(ge=0, le=120)
    settled_sessions_before_progress: int = Field(ge=1, le=28)
    note: str

    _check_sources = field_validator("sources")(_known_sources)

    @model_validator(mode="after")
    def _zones_in_order(self) -> PainMonitoringRules:
        # A settled (or safe) level above the acceptable one would let progression follow pain
        # that calls for less load.
        if self.safe_max_pain_during > self.acceptable_max_pain_during:
            raise ValueError("safe_max_pain_during must not exceed acceptable_max_pain_during")
        if self.settled_max_next_morning_pain > self.acceptable_max_next_morning_pain:
            raise ValueError(
                "settled_max_next_morning_pain must not exceed acceptable_max_next_morning_pain"
            )
        return self


class AlternativeMcid(BaseModel):
    model_config = _DATA

    points: float
    weeks: int
    population: str
    sources: tuple[str, ...]

    _check_sources = field_validator("sources")(_known_sources)


class VisaAChangeRules(BaseModel):
    model_config = _DATA

    default_mcid: float = Field(gt=0, le=100)
    default_mcid_weeks: int = Field(gt=0)
    sources: tuple[str, ...]
    note: str
    alternative_mcids: tuple[AlternativeMcid, ...] = ()

    _check_sources = field_validator("sources")(_known_sources)


class MonitoringRules(BaseModel):
    """Follow-up settings during a loading programme (achillespath.monitoring)."""

    model_config = _DATA

    sources: tuple[str, ...]
    note: str
    no_log_days: int = Field(ge=1, le=60)
    visa_a_interval_weeks: int = Field(ge=1, le=26)
    visa_a_fixed_weeks: tuple[int, ...]
    visa_a_grace_days: int = Field(ge=0, le=28)
    review_weeks: int = Field(ge=1, le=104)

    _check_sources = field_validator("sources")(_known_sources)


class Rule(BaseModel):
    """What one rule recommends and why: a vocabulary id, the reason in the patient's words and
    in the clinician's (the same facts), and sources.

    Either reason may name thresholds or facts in braces; see `achillespath.pathway.rulebook`.
    """

    model_config = _DATA

    recommendation: str
    reason: str = Field(min_length=1)
    clinician_reason: str = Field(min_length=1)
    sources: tuple[str, ...]

    _check_sources = field_validator("sources")(_known_sources)


class Answer(BaseModel):
    """One answer to one Intake question."""

    model_config = _DATA

    question: str
    answer: bool | str


RedFlagCheck = Literal["calf_pain_with_clot_risk"]
"""Red flags that combine several answers, each worked out by its own code (triage.red_flags)."""


class RedFlag(BaseModel):
    """One alarming answer: an Intake `question` with its `alarming` answer, a drug class, or a
    named `check` that combines several answers (calf pain with a clot risk factor).

    `unless` names another answer that, when given, stops the alarming one from firing: a clue
    that pain alone can explain is a red flag only while that answer is missing (an unanswered
    question never rules a red flag out).
    """

    model_config = _DATA

    disposition: Literal["emergency", "urgent"]
    rule: str
    question: str | None = None
    alarming: bool | str | None = None
    unless: Answer | None = None
    drug_class: str | None = None
    check: RedFlagCheck | None = None
    condition: str | None = None

    @model_validator(mode="after")
    def _one_trigger(self) -> RedFlag:
        by_answer = self.question is not None and self.alarming is not None
        triggers = (by_answer, self.drug_class is not None, self.check is not None)
        if sum(triggers) != 1:
            raise ValueError(
                "a red flag needs exactly one of question + alarming, drug_class or check"
            )
        if self.unless is not None and not by_answer:
            raise ValueError("unless qualifies an alarming answer, not a drug class")
        return self


class Described(BaseModel):
    """A condition or risk factor id: its name for people, and the evidence behind it."""

    model_config = _DATA

    name: str
    sources: tuple[str, ...]

    _check_sources = field_validator("sources")(_known_sources)


class AteCriterion(BaseModel):
    """One ATE suitability criterion: the level it sets when it applies, and why, in the
    patient's words and in the clinician's."""

    model_config = _DATA

    level: AteStatus
    reason: str = Field(min_length=1)
    clinician_reason: str = Field(min_length=1)
    sources: tuple[str, ...]

    _check_sources = field_validator("sources")(_known_sources)


def _flatten_rule_groups(raw: Any) -> Any:
    """``[rules.red_flag.fever]`` in TOML becomes the rule id ``"red_flag.fever"``.

    A group that is not a table is passed through under its own name, so that validation
    names it in the error.
    """
    if not isinstance(raw, dict):
        return raw
    flat: dict[str, Any] = {}
    for group, rules in raw.items():
        if isinstance(rules, dict):
            flat.update({f"{group}.{name}": rule for name, rule in rules.items()})
        else:
            flat[group] = rules
    return flat


class _KeepUnknown(dict[str, str]):
    """Format values that leave a placeholder they do not know as it was, for a later pass."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class PathwayDefinition(BaseModel):
    """The whole definition: thresholds, the pain and VISA-A settings, and the rule tables.

    Rule tables keep their file order, which is the order a result lists their ids in. They
    default to empty so that a definition holding only thresholds still parses; the rulebook
    refuses to assess with one that lacks a rule it needs.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    reviewed: date
    next_review: date
    status: str
    thresholds: dict[str, Threshold]
    pain_monitoring: PainMonitoringRules
    visa_a: VisaAChangeRules
    monitoring: MonitoringRules
    red_flags: dict[str, RedFlag] = {}
    red_flag_questions: dict[str, str] = {}
    red_flag_questions_for_clinicians: dict[str, str] = {}
    conditions: dict[str, Described] = {}
    risk_factors: dict[str, Described] = {}
    ate_criteria: dict[str, AteCriterion] = {}
    rules: dict[str, Rule] = {}

    _flatten_rules = field_validator("rules", mode="before")(_flatten_rule_groups)

    def threshold(self, name: str) -> float:
        """The value of a named threshold; KeyError names the missing one."""
        try:
            return self.thresholds[name].value
        except KeyError:
            raise KeyError(f"pathway {self.version} has no threshold {name!r}") from None

    def sources_of(self, name: str) -> tuple[str, ...]:
        return self.thresholds[name].sources

    def fill_thresholds(self, template: str) -> str:
        """The text with every ``{threshold_name}`` replaced by its value (12.0 shows as 12).

        Other placeholders are left in place for facts filled in later, so that words shown to
        people always carry the number this version of the pathway applies.
        """
        values = _KeepUnknown({name: f"{t.value:g}" for name, t in self.thresholds.items()})
        return template.format_map(values)


def parse_pathway(text: str) -> PathwayDefinition:
    """Parse a pathway definition from TOML text (a clinic's own copy, or the packaged one)."""
    raw: dict[str, Any] = tomllib.loads(text)
    return PathwayDefinition.model_validate(raw)


@cache
def load_pathway() -> PathwayDefinition:
    """The packaged pathway definition, parsed once."""
    text = resources.files(__package__).joinpath("pathway.toml").read_text(encoding="utf-8")
    return parse_pathway(text)
