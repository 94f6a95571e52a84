"""The versioned pathway definition (pathway.toml): thresholds with their sources.

Rules read their numbers from here so that a clinical change is one reviewed edit to one file.
Every source id is checked against the bibliography when the definition is loaded.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from achillespath.sources import all_sources

__all__ = [
    "AlternativeMcid",
    "PainMonitoringRules",
    "PathwayDefinition",
    "Threshold",
    "VisaAChangeRules",
    "load_pathway",
    "parse_pathway",
]

_DATA = ConfigDict(extra="forbid", frozen=True)


def _known_sources(sources: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [source for source in sources if source not in all_sources()]
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
    weekly_rise_allowed: float = Field(ge=0, le=10)
    settled_sessions_before_progress: int = Field(ge=1, le=28)
    note: str

    _check_sources = field_validator("sources")(_known_sources)


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


class PathwayDefinition(BaseModel):
    """The whole definition. Rule sections beyond thresholds are added as the pathway grows."""

    model_config = ConfigDict(extra="allow", frozen=True)

    version: str
    reviewed: date
    next_review: date
    status: str
    thresholds: dict[str, Threshold]
    pain_monitoring: PainMonitoringRules
    visa_a: VisaAChangeRules

    def threshold(self, name: str) -> float:
        """The value of a named threshold; KeyError names the missing one."""
        try:
            return self.thresholds[name].value
        except KeyError:
            raise KeyError(f"pathway {self.version} has no threshold {name!r}") from None

    def sources_of(self, name: str) -> tuple[str, ...]:
        return self.thresholds[name].sources


def parse_pathway(text: str) -> PathwayDefinition:
    """Parse a pathway definition from TOML text (a clinic's own copy, or the packaged one)."""
    raw: dict[str, Any] = tomllib.loads(text)
    return PathwayDefinition.model_validate(raw)


@cache
def load_pathway() -> PathwayDefinition:
    """The packaged pathway definition, parsed once."""
    text = resources.files(__package__).joinpath("pathway.toml").read_text(encoding="utf-8")
    return parse_pathway(text)
