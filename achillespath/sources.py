"""The bibliography every rule, programme and content item cites by id (see sources.toml)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["Source", "UnknownSourceError", "all_sources", "cite", "unknown_source_ids"]

Verification = Literal["V", "V2", "UNVERIFIED", "SEED"]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    citation: str
    verification: Verification


class UnknownSourceError(KeyError):
    """A rule or content item cites a source id that is not in the bibliography."""


@cache
def all_sources() -> dict[str, Source]:
    """Every source in the packaged bibliography, by id."""
    text = resources.files("achillespath").joinpath("sources.toml").read_text(encoding="utf-8")
    return {key: Source(id=key, **entry) for key, entry in tomllib.loads(text).items()}


def cite(source_id: str) -> Source:
    """The source with this id; raises `UnknownSourceError` for an id not in the bibliography."""
    try:
        return all_sources()[source_id]
    except KeyError:
        raise UnknownSourceError(source_id) from None


def unknown_source_ids(source_ids: Iterable[str]) -> list[str]:
    """The ids that are not in the bibliography, in the order given."""
    known = all_sources()
    return [source_id for source_id in source_ids if source_id not in known]
