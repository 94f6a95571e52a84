"""VISA-A: the Victorian Institute of Sport Assessment - Achilles questionnaire, scored.

Robinson et al. 2001 (``robinson-2001``): 8 items, total 0-100, where 100 is the best possible
score. It is an index of severity, not a diagnostic test. Robinson published no severity bands
("excellent", "poor" ...), so this module gives none: a score is read against the person's own
earlier scores (see `achillespath.measures.score_change`).

Every answer is given as its POINTS on the published scale. The scales below were cross-checked
against three independent open-source implementations (brief section 1.2, V2). Question 8 has
three branches, of which a person answers exactly one; the answer model holds a single branch so
that two branches cannot be expressed, let alone summed (hazard: "wrong VISA-A score").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)

__all__ = [
    "ITEM_GROUPS",
    "ITEM_IDS",
    "ITEM_SCALES",
    "Q8_SCALES",
    "ItemGroup",
    "ItemGroupSubtotal",
    "Q8Answer",
    "Q8Branch",
    "VisaAAnswers",
    "VisaAScore",
    "q1_points_from_minutes",
    "score_visa_a",
]

Q8Branch = Literal["A", "B", "C"]

ITEM_IDS: Final[tuple[str, ...]] = ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8")

_ZERO_TO_TEN: Final = tuple(range(11))

ITEM_SCALES: Final[Mapping[str, tuple[int, ...]]] = MappingProxyType(
    {
        "q1": _ZERO_TO_TEN,  # morning stiffness: 10 - minutes / 10
        "q2": _ZERO_TO_TEN,
        "q3": _ZERO_TO_TEN,
        "q4": _ZERO_TO_TEN,
        "q5": _ZERO_TO_TEN,
        "q6": _ZERO_TO_TEN,  # one point per pain-free single-leg hop
        "q7": (0, 4, 7, 10),  # not at all / modified / full but lower level / same or higher
    }
)
"""Allowed points for questions 1-7 (Robinson 2001, as reproduced; V2)."""

Q8_SCALES: Final[Mapping[str, tuple[int, ...]]] = MappingProxyType(
    {
        "A": (0, 7, 14, 21, 30),  # no pain while training
        "B": (0, 4, 10, 14, 20),  # pain, but training can be completed
        "C": (0, 2, 5, 7, 10),  # pain stops training
    }
)
"""Allowed points for each branch of question 8, for nil, 1-10, 11-20, 21-30, >30 minutes."""

_STRICT = ConfigDict(extra="forbid", frozen=True)


def _allowed(scale: tuple[int, ...]) -> str:
    return ", ".join(str(points) for points in scale)


def _on_scale(points: int, scale: tuple[int, ...], scale_name: str = "the scale") -> int:
    # No item name in the message: pydantic puts the item in the error's location, and every
    # reader (API problem, command line) prints that location before the message.
    if points not in scale:
        raise ValueError(f"{points} is not on {scale_name}; allowed {_allowed(scale)}")
    return points


class Q8Answer(BaseModel):
    """The one answered branch of question 8 and its points on that branch's scale."""

    model_config = _STRICT

    branch: Q8Branch
    points: StrictInt

    @model_validator(mode="before")
    @classmethod
    def _one_branch_only(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            unexpected = sorted(str(key) for key in data if key not in ("branch", "points"))
            if unexpected:
                raise ValueError(
                    f"unexpected key(s) {', '.join(unexpected)}; answer exactly one branch "
                    'as {"branch": "A" | "B" | "C", "points": n}'
                )
        return data

    @model_validator(mode="after")
    def _points_on_branch_scale(self) -> Q8Answer:
        _on_scale(self.points, Q8_SCALES[self.branch], f"branch {self.branch}'s scale")
        return self


class VisaAAnswers(BaseModel):
    """One completed VISA-A, each item as its points. All eight items are required."""

    model_config = _STRICT

    q1: StrictInt
    q2: StrictInt
    q3: StrictInt
    q4: StrictInt
    q5: StrictInt
    q6: StrictInt
    q7: StrictInt
    q8: Q8Answer

    @model_validator(mode="before")
    @classmethod
    def _every_item_once(cls, data: Any) -> Any:
        if not isinstance(data, Mapping):
            return data
        problems = [f"{key} is not a VISA-A item" for key in data if key not in ITEM_IDS]
        problems += [_missing(item) for item in ITEM_IDS if item not in data]
        if problems:
            raise ValueError("; ".join(problems) + f" (the items are {', '.join(ITEM_IDS)})")
        return data

    @field_validator("q1", "q2", "q3", "q4", "q5", "q6", "q7")
    @classmethod
    def _points_on_item_scale(cls, points: int, info: ValidationInfo) -> int:
        return _on_scale(points, ITEM_SCALES[str(info.field_name)])


def _missing(item: str) -> str:
    if item == "q8":
        return 'q8 is missing; give one branch as {"branch": "A" | "B" | "C", "points": n}'
    return f"{item} is missing; allowed {_allowed(ITEM_SCALES[item])}"


class ItemGroup(BaseModel):
    """A group of items as Robinson 2001 arranged them. A grouping, not a severity."""

    model_config = _STRICT

    id: str
    label: str
    items: tuple[str, ...]
    max_points: int


ITEM_GROUPS: Final[tuple[ItemGroup, ...]] = (
    ItemGroup(id="pain", label="Questions 1-3: pain", items=("q1", "q2", "q3"), max_points=30),
    ItemGroup(
        id="function",
        label="Questions 4-6: function in daily life",
        items=("q4", "q5", "q6"),
        max_points=30,
    ),
    ItemGroup(
        id="activity",
        label="Questions 7-8: sport and physical activity",
        items=("q7", "q8"),
        max_points=40,
    ),
)
"""Robinson 2001's item groups (split as reproduced by Physiopedia; V2)."""


class ItemGroupSubtotal(BaseModel):
    model_config = _STRICT

    group: ItemGroup
    points: int


class VisaAScore(BaseModel):
    """A VISA-A total (0-100, 100 best) with its item-group subtotals. No severity band."""

    model_config = _STRICT

    total: int
    subtotals: tuple[ItemGroupSubtotal, ...]
    q8_branch: Q8Branch
    sources: tuple[str, ...]

    def subtotal(self, group_id: str) -> int:
        """Points in one item group ("pain", "function" or "activity")."""
        for subtotal in self.subtotals:
            if subtotal.group.id == group_id:
                return subtotal.points
        raise KeyError(f"no VISA-A item group {group_id!r}; groups are pain, function, activity")


def _points(answers: VisaAAnswers, item: str) -> int:
    return answers.q8.points if item == "q8" else int(getattr(answers, item))


def score_visa_a(answers: VisaAAnswers) -> VisaAScore:
    """The VISA-A total: q1 + ... + q7 + the points of the one answered q8 branch (0-100)."""
    subtotals = tuple(
        ItemGroupSubtotal(group=group, points=sum(_points(answers, item) for item in group.items))
        for group in ITEM_GROUPS
    )
    return VisaAScore(
        total=sum(subtotal.points for subtotal in subtotals),
        subtotals=subtotals,
        q8_branch=answers.q8.branch,
        sources=("robinson-2001",),
    )


def q1_points_from_minutes(minutes: int) -> int:
    """Question 1 points for minutes of morning stiffness: 10 - minutes / 10.

    The published scale runs from 0 to 100 minutes in steps of 10 (0 minutes = 10 points,
    100 minutes = 0 points). Only those eleven values are accepted: we do not round other
    values, because rounding would be a scoring rule Robinson 2001 does not give.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError(f"q1 minutes: {minutes!r} is not a whole number of minutes")
    if minutes not in range(0, 101, 10):
        raise ValueError(f"q1 minutes: {minutes} is not on the scale; allowed 0, 10, 20, ..., 100")
    return 10 - minutes // 10
