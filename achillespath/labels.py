"""Plain-English words for the ids a result carries.

Dispositions and red flags are worded in labels.toml; conditions and risk factors are named
in the pathway definition, with its thresholds filled in, so the words follow the rules.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

from achillespath.pathway.definition import load_pathway
from achillespath.result import Disposition

__all__ = ["DispositionWords", "Labels", "disposition_words", "label", "load_labels"]

_DATA = ConfigDict(extra="forbid", frozen=True)

LabelKind = Literal["conditions", "red_flags", "risk_factors"]


class DispositionWords(BaseModel):
    model_config = _DATA

    headline: str
    action: str
    clinician_headline: str


class Labels(BaseModel):
    model_config = _DATA

    dispositions: dict[Disposition, DispositionWords]
    red_flags: dict[str, str]


@cache
def load_labels() -> Labels:
    text = resources.files("achillespath").joinpath("labels.toml").read_text(encoding="utf-8")
    return Labels.model_validate(tomllib.loads(text))


def disposition_words(disposition: Disposition) -> DispositionWords:
    return load_labels().dispositions[disposition]


def label(kind: LabelKind, item_id: str) -> str:
    """The words for an id of a kind.

    An id without words falls back to the id itself, made readable, so nothing is ever hidden.
    """
    if kind == "red_flags":
        words = load_labels().red_flags.get(item_id)
    else:
        pathway = load_pathway()
        described = getattr(pathway, kind).get(item_id)
        words = pathway.fill_thresholds(described.name) if described else None
    return words or item_id.replace("_", " ").capitalize()
