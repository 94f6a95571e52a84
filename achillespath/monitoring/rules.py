"""The follow-up settings from pathway.toml ``[monitoring]``, typed."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from achillespath.pathway.definition import PathwayDefinition, load_pathway

__all__ = ["MonitoringRules", "monitoring_rules"]


class MonitoringRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: tuple[str, ...]
    note: str
    no_log_days: int = Field(ge=1, le=60)
    visa_a_interval_weeks: int = Field(ge=1, le=26)
    visa_a_fixed_weeks: tuple[int, ...]
    visa_a_grace_days: int = Field(ge=0, le=28)
    recent_report_days: int = Field(ge=1, le=90)
    review_weeks: int = Field(ge=1, le=104)


def monitoring_rules(pathway: PathwayDefinition | None = None) -> MonitoringRules:
    """The ``[monitoring]`` section of the given (or packaged) pathway definition."""
    pathway = pathway or load_pathway()
    return MonitoringRules.model_validate((pathway.model_extra or {})["monitoring"])
