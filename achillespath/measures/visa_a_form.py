"""The VISA-A form as shown to people: item texts, answer options and their points, as data.

The packaged form (visa_a_items.toml) holds our own paraphrase of each item, because the official
wording has not been obtained (brief section 1.2). A clinic that holds the official form can load
its own TOML text with the same layout; it is checked against the scoring scales in
`achillespath.measures.visa_a`, so a form can never offer an answer the scorer would reject.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    ValidationError,
    model_validator,
)

from achillespath.measures.visa_a import ITEM_IDS, ITEM_SCALES, Q8_SCALES, Q8Branch
from achillespath.sources import unknown_source_ids

__all__ = [
    "FormNotice",
    "Q8BranchText",
    "ReferenceValue",
    "ResponseOption",
    "VisaAForm",
    "VisaAFormError",
    "VisaAItemText",
    "load_visa_a_form",
]

_DATA = ConfigDict(extra="forbid", frozen=True)
_Text = Annotated[str, StringConstraints(min_length=1, max_length=500)]


class VisaAFormError(ValueError):
    """A VISA-A form file that cannot be used; the message says where and why."""


class ResponseOption(BaseModel):
    model_config = _DATA

    points: StrictInt
    label: _Text


class Q8BranchText(BaseModel):
    """One branch of question 8: who should answer it, and its duration options."""

    model_config = _DATA

    id: Q8Branch
    condition: _Text
    options: tuple[ResponseOption, ...]


class VisaAItemText(BaseModel):
    """One item: its text, whether that text is the official wording, and its options."""

    model_config = _DATA

    id: str
    gist: _Text
    wording_status: _Text
    sources: tuple[str, ...] = Field(min_length=1)
    options: tuple[ResponseOption, ...] = ()
    branches: tuple[Q8BranchText, ...] = ()


class FormNotice(BaseModel):
    """Who made the questionnaire and what is known about permission to reproduce it."""

    model_config = _DATA

    text: _Text
    licence: _Text
    sources: tuple[str, ...] = Field(min_length=1)


class ReferenceValue(BaseModel):
    """A published score for context only (never a severity band)."""

    model_config = _DATA

    text: _Text
    sources: tuple[str, ...] = Field(min_length=1)


class VisaAForm(BaseModel):
    model_config = _DATA

    title: _Text
    version: _Text
    notice: FormNotice
    items: tuple[VisaAItemText, ...]
    reference_values: tuple[ReferenceValue, ...] = ()

    @model_validator(mode="after")
    def _matches_the_scoring_scales(self) -> VisaAForm:
        ids = tuple(item.id for item in self.items)
        if ids != ITEM_IDS:
            raise ValueError(f"items must be {', '.join(ITEM_IDS)} in order; got {', '.join(ids)}")
        for item in self.items:
            _check_item(item)
        _check_sources(self._cited())
        return self

    def _cited(self) -> Iterable[str]:
        yield from self.notice.sources
        for item in self.items:
            yield from item.sources
        for reference in self.reference_values:
            yield from reference.sources

    def item(self, item_id: str) -> VisaAItemText:
        """The text of one item, "q1" to "q8"."""
        return self.items[ITEM_IDS.index(item_id)]


def _check_options(where: str, options: tuple[ResponseOption, ...], scale: tuple[int, ...]) -> None:
    points = sorted(option.points for option in options)
    if points != sorted(scale):
        allowed = ", ".join(str(value) for value in scale)
        offered = ", ".join(str(value) for value in points) or "none"
        raise ValueError(f"{where}: options give points {offered}; the scale needs {allowed}")


def _check_item(item: VisaAItemText) -> None:
    if item.id != "q8":
        if item.branches:
            raise ValueError(f"{item.id}: only q8 has branches")
        _check_options(item.id, item.options, ITEM_SCALES[item.id])
        return
    if item.options:
        raise ValueError("q8: put the options inside branches A, B and C")
    branch_ids = tuple(branch.id for branch in item.branches)
    if branch_ids != ("A", "B", "C"):
        raise ValueError(f"q8: branches must be A, B, C in order; got {', '.join(branch_ids)}")
    for branch in item.branches:
        _check_options(f"q8 branch {branch.id}", branch.options, Q8_SCALES[branch.id])


def _check_sources(cited: Iterable[str]) -> None:
    unknown = sorted(set(unknown_source_ids(cited)))
    if unknown:
        raise ValueError(f"unknown source id(s): {', '.join(unknown)}")


def _describe(error: ValidationError) -> str:
    lines = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "form"
        lines.append(f"{where}: {problem['msg'].removeprefix('Value error, ')}")
    return "; ".join(lines)


def _parse(text: str) -> VisaAForm:
    try:
        raw: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise VisaAFormError(f"VISA-A form is not valid TOML: {error}") from None
    try:
        return VisaAForm.model_validate(raw)
    except ValidationError as error:
        raise VisaAFormError(f"VISA-A form is not usable: {_describe(error)}") from None


@cache
def _packaged_form() -> VisaAForm:
    text = resources.files(__package__).joinpath("visa_a_items.toml").read_text(encoding="utf-8")
    return _parse(text)


def load_visa_a_form(text: str | None = None) -> VisaAForm:
    """The packaged VISA-A form, or a clinic's own form parsed from TOML text (same layout).

    Raises `VisaAFormError` (a ValueError) naming the problem: bad TOML, a missing or extra
    item, options whose points differ from the scoring scale, or an unknown source id.
    """
    return _packaged_form() if text is None else _parse(text)
