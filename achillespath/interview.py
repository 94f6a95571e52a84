"""The symptom check as a conversation: one question at a time, red flags first.

The questions live in interview.toml. Answers accumulate in a mapping from intake field to
value (``None`` for "not sure"). After every answer the partial intake is assessed with the
same rules as a full one, so the conversation stops the moment an answer makes the result
urgent or an emergency: nobody with a red flag is kept answering questions about exercise.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

from achillespath.assessment import assess
from achillespath.intake import RED_FLAG_FIELDS, Intake
from achillespath.result import AssessmentResult, Disposition

__all__ = [
    "AnswerError",
    "Ask",
    "AskIf",
    "Audience",
    "Choice",
    "Done",
    "Interview",
    "Question",
    "Stop",
    "intake_from_answers",
    "load_interview",
    "next_step",
    "parse_answer",
    "pick_choice",
]

Audience = Literal["everyone", "clinician"]
QuestionKind = Literal["yes_no", "choice", "choices", "number", "text_list", "treatments"]
Answers = Mapping[str, object]

_DATA = ConfigDict(extra="forbid", frozen=True)


class Choice(BaseModel):
    model_config = _DATA

    value: str
    label: str


class SkipIf(BaseModel):
    model_config = _DATA

    field: str
    equals: str | bool


class AskIf(BaseModel):
    """Ask only when the answer to a `choices` question includes this value."""

    model_config = _DATA

    field: str
    includes: str


class Question(BaseModel):
    model_config = _DATA

    field: str
    kind: QuestionKind
    text: str
    hint: str = ""
    unsure: str
    none: str = ""
    """For a list typed as text: the answer "none" (an empty list), as its own button and as
    typed; "not sure" (`unsure`) leaves it unanswered instead."""
    audience: Audience = "everyone"
    choices: tuple[Choice, ...] = ()
    outcomes: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None
    integer: bool = False
    unit: str = ""
    skip_if: SkipIf | None = None
    ask_if: AskIf | None = None

    @property
    def is_red_flag(self) -> bool:
        return self.field in RED_FLAG_FIELDS

    def applies(self, audience: Audience, answers: Answers) -> bool:
        """Whether to ask this question of this audience, given the answers so far."""
        if self.audience == "clinician" and audience != "clinician":
            return False
        if self.skip_if is not None and answers.get(self.skip_if.field) == self.skip_if.equals:
            return False
        return self.ask_if is None or self.ask_if.includes in _chosen(answers, self.ask_if.field)


class Interview(BaseModel):
    model_config = _DATA

    version: str
    questions: tuple[Question, ...]


def _chosen(answers: Answers, field: str) -> tuple[object, ...]:
    """The values chosen for a `choices` question (none when unanswered or not sure)."""
    chosen = answers.get(field)
    return tuple(chosen) if isinstance(chosen, (list, tuple)) else ()


@cache
def load_interview() -> Interview:
    """The packaged symptom-check questions, parsed once."""
    text = resources.files("achillespath").joinpath("interview.toml").read_text(encoding="utf-8")
    return Interview.model_validate(tomllib.loads(text))


@dataclass(frozen=True)
class Ask:
    """Ask this question next."""

    question: Question
    number: int
    of_at_most: int


@dataclass(frozen=True)
class Stop:
    """An answer made the result urgent or an emergency: stop asking and say what to do."""

    result: AssessmentResult


@dataclass(frozen=True)
class Done:
    """Every question has been asked."""

    result: AssessmentResult


_STOP_AT = frozenset({Disposition.URGENT, Disposition.EMERGENCY})


def intake_from_answers(answers: Answers) -> Intake:
    """The intake the answers so far describe; unsure answers stay unanswered."""
    return Intake.model_validate({field: v for field, v in answers.items() if v is not None})


def next_step(answers: Answers, audience: Audience = "everyone") -> Ask | Stop | Done:
    """What happens after these answers: stop with advice, ask the next question, or finish."""
    result = assess(intake_from_answers(answers))
    if result.disposition in _STOP_AT:
        return Stop(result)
    applicable = [q for q in load_interview().questions if q.applies(audience, answers)]
    for number, question in enumerate(applicable, start=1):
        if question.field not in answers:
            return Ask(question, number, len(applicable))
    return Done(result)


class AnswerError(ValueError):
    """An answer that does not fit its question; the message says what would."""


def parse_answer(question: Question, raw: str) -> object:
    """Turn typed text into the value for the question's field (``None`` for a blank answer).

    Choices are given by their number in the list or by their value. Treatments are asked in
    parts by the caller; this handles every other kind.
    """
    text = raw.strip()
    if not text:
        return None
    if question.kind == "yes_no":
        return _parse_yes_no(text)
    if question.kind == "choice":
        return pick_choice(question.choices, text).value
    if question.kind == "choices":
        return [pick_choice(question.choices, part).value for part in _split(text)]
    if question.kind == "number":
        return _parse_number(question, text)
    if question.kind == "text_list":
        return [] if question.none and text.casefold() == question.none.casefold() else _split(text)
    raise AnswerError(f"{question.field}: answer this question in parts")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _parse_yes_no(text: str) -> bool:
    lowered = text.lower()
    if lowered in {"y", "yes", "1"}:
        return True
    if lowered in {"n", "no", "2"}:
        return False
    raise AnswerError("please answer yes or no")


def pick_choice(choices: tuple[Choice, ...], text: str) -> Choice:
    """The choice typed as its number in the list (from 1) or as its value."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    for choice in choices:
        if text.lower() == choice.value:
            return choice
    raise AnswerError(f"please choose a number from 1 to {len(choices)}")


def _parse_number(question: Question, text: str) -> int | float:
    try:
        value: int | float = int(text) if question.integer else float(text)
    except ValueError:
        kind = "a whole number" if question.integer else "a number"
        raise AnswerError(f"please enter {kind}") from None
    low = question.min if question.min is not None else float("-inf")
    high = question.max if question.max is not None else float("inf")
    if not low <= value <= high:
        raise AnswerError(f"please enter a number from {question.min:g} to {question.max:g}")
    return value
