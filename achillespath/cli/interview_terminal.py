"""`achillespath assess` with no file: the symptom check as plain questions in a terminal.

Plain numbered prompts, one question at a time, no colour or cursor tricks, so a screen
reader can follow. Red-flag questions come first and the check stops with clear advice as soon
as an answer makes it urgent. Ctrl-C or Ctrl-D ends it cleanly; nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

from achillespath.cli.errors import describe_validation_error
from achillespath.cli.render import render_result
from achillespath.interview import (
    AnswerError,
    Ask,
    Audience,
    Choice,
    Question,
    Stop,
    intake_from_answers,
    next_step,
    parse_answer,
    pick_choice,
)

__all__ = ["run_interview"]

Prompt = Callable[[str], str]
Say = Callable[[str], None]

INTRO = (
    "Achilles symptom check\n"
    "We will ask up to about 30 short questions, the most important first. Press Enter "
    "to skip any you are not sure about.\n"
    "If you are very unwell, call 999 now."
)


def run_interview(prompt: Prompt, say: Say, audience: Audience = "everyone") -> int:
    """Ask until the result is known, then show it. Returns the exit status."""
    say(INTRO)
    answers: dict[str, object] = {}
    while True:
        step = next_step(answers, audience)
        if not isinstance(step, Ask):
            break
        answers[step.question.field] = _ask(step, prompt, say, answers)
    if isinstance(step, Stop):
        say("\nSTOP HERE: your answers need a health professional's attention.")
    say("\n" + render_result(step.result))
    return 0


def _ask(step: Ask, prompt: Prompt, say: Say, answers: dict[str, object]) -> object:
    question = step.question
    say(f"\nQuestion {step.number} of up to {step.of_at_most}: {question.text}")
    if question.hint:
        say(question.hint)
    if question.kind == "treatments":
        return _ask_treatments(question, prompt, say)
    options = _options(question)
    for number, option in enumerate(options, start=1):
        say(f"  {number}. {option}")
    while True:
        raw = prompt(_instruction(question, len(options)))
        try:
            value = _interpret(question, raw, len(options))
            intake_from_answers({**answers, question.field: value})
        except AnswerError as error:
            say(f"Sorry, {error}.")
        except ValidationError as error:
            say(f"Sorry, {describe_validation_error(error)}.")
        else:
            return value


def _options(question: Question) -> list[str]:
    if question.kind == "yes_no":
        return ["Yes", "No", question.unsure]
    if question.kind == "choice":
        return [choice.label for choice in question.choices] + [question.unsure]
    return [choice.label for choice in question.choices]


def _instruction(question: Question, option_count: int) -> str:
    if question.kind in {"yes_no", "choice"}:
        return f"Type a number from 1 to {option_count}: "
    if question.kind == "choices":
        return f"Type the numbers, separated by commas (Enter for {question.unsure.lower()}): "
    if question.kind == "number":
        unit = f" in {question.unit}" if question.unit else ""
        return f"Type a number{unit} (Enter for {question.unsure.lower()}): "
    if question.none:
        return (
            f"Type your answer, or {question.none.lower()} (Enter for {question.unsure.lower()}): "
        )
    return f"Type your answer (Enter for {question.unsure.lower()}): "


def _interpret(question: Question, raw: str, option_count: int) -> object:
    """The unsure option is the last number offered; blank means unsure too."""
    if question.kind in {"yes_no", "choice"} and raw.strip() == str(option_count):
        return None
    return parse_answer(question, raw)


def _ask_treatments(question: Question, prompt: Prompt, say: Say) -> object:
    for number, choice in enumerate(question.choices, start=1):
        say(f"  {number}. {choice.label}")
    while True:
        raw = prompt(
            f"Type the numbers, in the order you tried them (Enter for {question.unsure.lower()}): "
        )
        try:
            kinds = [pick_choice(question.choices, part) for part in raw.split(",") if part.strip()]
            break
        except AnswerError as error:
            say(f"Sorry, {error}.")
    return [_ask_one_treatment(kind, question.outcomes, prompt, say) for kind in kinds] or None


def _ask_one_treatment(
    kind: Choice, outcomes: tuple[Choice, ...], prompt: Prompt, say: Say
) -> dict[str, object]:
    weeks = _ask_until_valid(
        lambda: prompt(f"{kind.label}: for how many weeks? (Enter if not sure): "),
        _weeks_or_none,
        say,
    )
    say("How did it go?")
    for number, choice in enumerate(outcomes, start=1):
        say(f"  {number}. {choice.label}")
    outcome = _ask_until_valid(
        lambda: prompt(f"Type a number from 1 to {len(outcomes)} (Enter if not sure): "),
        lambda raw: pick_choice(outcomes, raw).value if raw.strip() else None,
        say,
    )
    return {"kind": kind.value, "weeks": weeks, "outcome": outcome}


def _weeks_or_none(raw: str) -> float | None:
    if not raw.strip():
        return None
    try:
        weeks = float(raw)
    except ValueError:
        raise AnswerError("please enter a number of weeks") from None
    if not 0 <= weeks <= 2600:
        raise AnswerError("please enter a number of weeks from 0 to 2600")
    return weeks


def _ask_until_valid(read: Callable[[], str], convert: Callable[[str], object], say: Say) -> object:
    while True:
        try:
            return convert(read())
        except AnswerError as error:
            say(f"Sorry, {error}.")
