"""Plain-English words for result ids (dispositions, conditions, red flags, risk factors)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from achillespath.result import Disposition

__all__ = ["DispositionWords", "Labels", "disposition_words", "label", "load_labels"]

_DATA = ConfigDict(extra="forbid", frozen=True)


class DispositionWords(BaseModel):
    model_config = _DATA

    headline: str
    action: str


class Labels(BaseModel):
    model_config = _DATA

    dispositions: dict[Disposition, DispositionWords]
    conditions: dict[str, str]
    red_flags: dict[str, str]
    risk_factors: dict[str, str]


@cache
def load_labels() -> Labels:
    text = resources.files("achillespath").joinpath("labels.toml").read_text(encoding="utf-8")
    return Labels.model_validate(tomllib.loads(text))


def disposition_words(disposition: Disposition) -> DispositionWords:
    return load_labels().dispositions[disposition]


def label(kind: str, item_id: str) -> str:
    """The words for an id of a kind ("conditions", "red_flags", "risk_factors").

    An id without words falls back to the id itself, made readable, so nothing is ever hidden.
    """
    table: dict[str, str] = getattr(load_labels(), kind)
    return table.get(item_id, item_id.replace("_", " ").capitalize())
