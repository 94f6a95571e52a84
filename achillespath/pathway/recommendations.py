"""The recommendation vocabulary (recommendations.toml): every id a rule may recommend.

The file order is the urgency order a result lists recommendations in. Each id has a title,
an action for the person and a sentence for the clinician; the reason it was recommended
comes from the rule that fired. Texts may name pathway thresholds in braces.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from achillespath.pathway.definition import PathwayDefinition

__all__ = ["RecommendationText", "recommendation_texts", "recommendation_vocabulary"]


class RecommendationText(BaseModel):
    """The fixed words for one recommendation id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1)
    patient: str = Field(min_length=1)
    clinician: str = Field(min_length=1)


@cache
def recommendation_vocabulary() -> dict[str, RecommendationText]:
    """Every recommendation id with its words as written (thresholds still in braces), in order."""
    text = resources.files(__package__).joinpath("recommendations.toml").read_text(encoding="utf-8")
    return {key: RecommendationText(**entry) for key, entry in tomllib.loads(text).items()}


def recommendation_texts(pathway: PathwayDefinition) -> dict[str, RecommendationText]:
    """The vocabulary with this pathway's thresholds filled in, most urgent id first."""
    return {
        key: RecommendationText(
            title=pathway.fill_thresholds(words.title),
            patient=pathway.fill_thresholds(words.patient),
            clinician=pathway.fill_thresholds(words.clinician),
        )
        for key, words in recommendation_vocabulary().items()
    }
