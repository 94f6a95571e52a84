"""Patient information items: Markdown files with TOML front matter, packaged as data.

Each item in ``knowledge/items/<id>.md`` starts with a front matter block between two ``+++``
lines (id, title, summary, sources, review dates, ...) followed by the Markdown body. Loading
checks every item against the house rules, so a broken item fails at load time, not on a
patient's screen:

- the id equals the file stem;
- every source id is in the bibliography (``achillespath/sources.toml``);
- ``next_review`` is on or after ``last_reviewed`` and at most three years after it (the PIF
  TICK review cycle, source ``pif-tick``);
- an item marked approved names a real reviewer.

The module is pure: it reads only its own packaged items through importlib.resources, and
today's date is always a parameter.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from pathlib import PurePosixPath
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from achillespath.sources import unknown_source_ids

__all__ = [
    "AWAITING_REVIEW",
    "MAX_REVIEW_INTERVAL_YEARS",
    "ContentError",
    "ContentItem",
    "UnknownContentItemError",
    "get_item",
    "items_due_for_review",
    "latest_allowed_review",
    "load_items",
    "parse_item",
]

MAX_REVIEW_INTERVAL_YEARS = 3
"""Longest gap, in years, between two reviews of an item (PIF TICK guidance; source pif-tick)."""

AWAITING_REVIEW = "awaiting clinical review"
"""The reviewer entry while no clinician has signed an item off. Said plainly, never hidden."""

_FENCE = "+++"
_ITEMS_PACKAGE = "achillespath.knowledge.items"

ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class ContentError(ValueError):
    """A content item is malformed; the message names the file and the field."""


class UnknownContentItemError(KeyError):
    """No packaged content item has the requested id; the message lists the known ids."""

    def __str__(self) -> str:
        return str(self.args[0])


def latest_allowed_review(last_reviewed: date) -> date:
    """The last date the next review may fall on: three years after ``last_reviewed``.

    A review on 29 February maps to 28 February three years on.
    """
    year = last_reviewed.year + MAX_REVIEW_INTERVAL_YEARS
    try:
        return last_reviewed.replace(year=year)
    except ValueError:
        return last_reviewed.replace(year=year, day=28)


class ContentItem(BaseModel):
    """One piece of patient information, with the metadata a PIF TICK reviewer asks for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ItemId
    title: Text
    summary: Text
    audience: Literal["patient"]
    order: int = Field(ge=0)
    sources: tuple[str, ...] = Field(min_length=1)
    author: Text
    reviewer: Text
    status: Literal["draft", "approved"]
    last_reviewed: date
    next_review: date
    body: str

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, body: str) -> str:
        if not body.strip():
            raise ValueError("is empty: write the item's Markdown after the closing front matter")
        return body

    @field_validator("sources")
    @classmethod
    def _sources_are_in_the_bibliography(cls, sources: tuple[str, ...]) -> tuple[str, ...]:
        unknown = unknown_source_ids(sources)
        if unknown:
            raise ValueError(f"unknown source id(s): {', '.join(unknown)}")
        return sources

    @model_validator(mode="after")
    def _review_cycle_is_at_most_three_years(self) -> ContentItem:
        if self.next_review < self.last_reviewed:
            raise ValueError(
                f"next_review {self.next_review} is before last_reviewed {self.last_reviewed}"
            )
        latest = latest_allowed_review(self.last_reviewed)
        if self.next_review > latest:
            raise ValueError(
                f"next_review {self.next_review} is more than {MAX_REVIEW_INTERVAL_YEARS} "
                f"years after last_reviewed {self.last_reviewed} (latest allowed {latest})"
            )
        return self

    @model_validator(mode="after")
    def _approval_needs_a_named_reviewer(self) -> ContentItem:
        if self.status == "approved" and self.reviewer == AWAITING_REVIEW:
            raise ValueError(f"reviewer: an approved item cannot be {AWAITING_REVIEW!r}")
        return self


def _split_front_matter(text: str, name: str) -> tuple[str, str]:
    """The TOML front matter and the Markdown body of one item file."""
    lines = text.lstrip("\ufeff").splitlines()
    closing = [number for number, line in enumerate(lines) if line.strip() == _FENCE]
    if not lines or lines[0].strip() != _FENCE or len(closing) < 2:
        raise ContentError(
            f"{name}: missing front matter: the file must start with a {_FENCE!r} line, "
            f"then TOML fields, then another {_FENCE!r} line"
        )
    end = closing[1]
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1 :]).strip() + "\n"


def _describe(error: ValidationError, name: str) -> str:
    """One line per problem, each naming the file and the field."""
    problems = []
    for detail in error.errors():
        # Whole-item checks have no location; their messages start with the field they name.
        location = detail["loc"]
        where = f"{location[0]}: " if location else ""
        message = detail["msg"].removeprefix("Value error, ")
        problems.append(f"{name}: {where}{message}")
    return "\n".join(problems)


def parse_item(text: str, name: str) -> ContentItem:
    """Parse one item file's text; ``name`` is its file name, whose stem must equal the id.

    Raises `ContentError` naming the file and the field for any problem.
    """
    front_matter, body = _split_front_matter(text, name)
    try:
        fields: dict[str, Any] = tomllib.loads(front_matter)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{name}: front matter is not valid TOML: {error}") from None
    stem = PurePosixPath(name).stem
    if fields.get("id") != stem:
        found = repr(fields["id"]) if "id" in fields else "missing"
        raise ContentError(f"{name}: id: {found}, but it must equal the file stem {stem!r}")
    if "body" in fields:
        raise ContentError(f"{name}: body: goes after the front matter, not inside it")
    try:
        return ContentItem.model_validate({**fields, "body": body})
    except ValidationError as error:
        raise ContentError(_describe(error, name)) from None


@cache
def load_items() -> tuple[ContentItem, ...]:
    """Every packaged content item, parsed and checked once, in reading order (order, id)."""
    files = resources.files(_ITEMS_PACKAGE)
    items = [
        parse_item(entry.read_text(encoding="utf-8"), entry.name)
        for entry in files.iterdir()
        if entry.name.endswith(".md")
    ]
    return tuple(sorted(items, key=lambda item: (item.order, item.id)))


def get_item(item_id: str) -> ContentItem:
    """The packaged item with this id; `UnknownContentItemError` lists the ids that exist."""
    for item in load_items():
        if item.id == item_id:
            return item
    known = ", ".join(sorted(item.id for item in load_items()))
    raise UnknownContentItemError(f"no content item {item_id!r}; known items: {known}")


def items_due_for_review(items: Iterable[ContentItem], today: date) -> list[ContentItem]:
    """The items whose review is due on or before ``today``, earliest due first.

    Inclusive on purpose: ``next_review`` is the date by which the review must be done, so on
    that day an unreviewed item is already due and ``achillespath content check`` fails.
    """
    due = [item for item in items if item.next_review <= today]
    return sorted(due, key=lambda item: (item.next_review, item.id))
