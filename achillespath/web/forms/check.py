"""Forms for the symptom check: one question of achillespath.interview per page.

A form only collects what the person chose or typed. Whether that is a valid answer is decided
by the interview's own `parse_answer` and by the `Intake` model (`intake_from_answers`), so the
web pages and the terminal accept exactly the same answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms
from pydantic import ValidationError

from achillespath.interview import (
    AnswerError,
    Question,
    intake_from_answers,
    parse_answer,
    pick_choice,
)
from achillespath.labels import in_sentence

__all__ = [
    "NONE_BUTTON",
    "UNSURE",
    "UNSURE_BUTTON",
    "QuestionForm",
    "TreatmentDetailsForm",
    "describe_intake_error",
    "sentence",
]

UNSURE = "unsure"
"""The value of every question's "not sure" option; it leaves the intake field unanswered."""

UNSURE_BUTTON = "unsure"
"""The name of the button that leaves a typed answer unanswered ("Not sure")."""

NONE_BUTTON = "none"
"""The name of the button that answers a typed list with none (`Question.none`: "None")."""

_WEEKS_HINT = "For example 6, or 0.5 for a few days. Leave it empty if you are not sure."
_TYPED = frozenset({"number", "text_list"})
_SEVERAL = frozenset({"choices", "treatments"})

# Pydantic's words for a rule of the Intake model, in the words we show next to the field.
_INTAKE_MESSAGES = {
    "string_too_long": "Each answer must be {max_length} characters or fewer",
    "too_long": "Give no more than {max_length} answers",
    "less_than_equal": "Enter a number no bigger than {le:g}",
    "greater_than_equal": "Enter a number no smaller than {ge:g}",
    "finite_number": "Enter a number",
}


def sentence(message: str) -> str:
    """An interview message ("please enter a number ...") as an error line ("Enter a number")."""
    text = message.removeprefix("please ").strip()
    return text[:1].upper() + text[1:]


def describe_intake_error(error: ValidationError) -> str:
    """The first problem the Intake model found, in plain words."""
    first = error.errors(include_url=False)[0]
    template = _INTAKE_MESSAGES.get(first["type"])
    if template is None:
        return sentence(first["msg"].removeprefix("Value error, "))
    return template.format(**first.get("ctx", {}))


def _choices(question: Question) -> list[tuple[str, str]]:
    if question.kind == "yes_no":
        options = [("yes", "Yes"), ("no", "No")]
    else:
        options = [(choice.value, choice.label) for choice in question.choices]
    return [*options, (UNSURE, question.unsure)]


def _number_hint(question: Question) -> str:
    kind = "a whole number" if question.integer else "a number"
    unit = f" ({question.unit})" if question.unit else ""
    limits = f"Enter {kind} from {question.min:g} to {question.max:g}{unit}."
    return " ".join(part for part in (question.hint, limits) if part)


def _typed_field(question: Question) -> forms.Field:
    """A text box: a number (with its range in the hint) or a list separated by commas."""
    is_number = question.kind == "number"
    number_mode = "numeric" if question.integer else "decimal"
    return forms.CharField(
        label=question.text,
        help_text=_number_hint(question) if is_number else question.hint,
        required=False,
        max_length=20 if is_number else 10_000,
        widget=forms.TextInput(
            attrs={
                "inputmode": number_mode if is_number else "text",
                "autocomplete": "off",
                "spellcheck": "false" if is_number else "true",
            }
        ),
        error_messages={"max_length": "This answer is too long"},
    )


def _field_for(question: Question) -> forms.Field:
    """The form field for one question, by its kind."""
    if question.kind in _TYPED:
        return _typed_field(question)
    if question.kind in _SEVERAL:
        return forms.MultipleChoiceField(
            label=question.text,
            help_text=question.hint,
            choices=_choices(question),
            widget=forms.CheckboxSelectMultiple,
            error_messages={
                "required": f"Select at least one answer, or ‘{question.unsure}’",
                "invalid_choice": "Select from the answers shown",
            },
        )
    missing = (
        f"Select yes, no or ‘{question.unsure}’"
        if question.kind == "yes_no"
        else f"Select an answer, or ‘{question.unsure}’"
    )
    return forms.ChoiceField(
        label=question.text,
        help_text=question.hint,
        choices=_choices(question),
        widget=forms.RadioSelect,
        error_messages={"required": missing, "invalid_choice": missing},
    )


def _shown(question: Question, value: object) -> object:
    """A stored answer as the form shows it again when the person comes back to the page."""
    if value is None:
        return (
            "" if question.kind in _TYPED else ([UNSURE] if question.kind in _SEVERAL else UNSURE)
        )
    if question.kind == "yes_no":
        return "yes" if value else "no"
    if question.kind == "number" and isinstance(value, int | float):
        return f"{value:g}"
    if question.kind == "text_list" and isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if question.kind == "treatments" and isinstance(value, list):
        return [str(episode["kind"]) for episode in value if isinstance(episode, dict)]
    return value


class QuestionForm(forms.Form):
    """One interview question. After `is_valid()`, `answer` is the value for its intake field
    (``None`` for "not sure"); for treatments it is the list of kinds chosen, whose weeks and
    outcomes are asked next (see `TreatmentDetailsForm`)."""

    def __init__(
        self,
        question: Question,
        answers: Mapping[str, object],
        data: Mapping[str, Any] | None = None,
    ) -> None:
        initial = (
            {question.field: _shown(question, answers[question.field])}
            if question.field in answers
            else None
        )
        super().__init__(data, initial=initial)
        self.question = question
        self.answers = answers
        self.answer: object = None
        self.fields[question.field] = _field_for(question)

    @property
    def field(self) -> forms.BoundField:
        return self[self.question.field]

    @property
    def is_typed(self) -> bool:
        """Whether the answer is typed (and "not sure" is a second button)."""
        return self.question.kind in _TYPED

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        name = self.question.field
        if name in self.errors:
            return cleaned
        try:
            self.answer = self._answer(cleaned.get(name))
            if self.question.kind != "treatments":
                intake_from_answers({**self.answers, name: self.answer})
        except AnswerError as error:
            self.add_error(name, sentence(str(error)))
        except ValidationError as error:
            self.add_error(name, describe_intake_error(error))
        return cleaned

    def _answer(self, value: Any) -> object:
        question = self.question
        if question.kind in _TYPED:
            return self._typed_answer(str(value or ""))
        if question.kind in _SEVERAL:
            chosen = [str(item) for item in value]
            if UNSURE in chosen:
                if len(chosen) > 1:
                    raise AnswerError(f"select ‘{question.unsure}’ on its own, or untick it")
                return None
            if question.kind == "treatments":
                return [pick_choice(question.choices, kind).value for kind in chosen]
            return parse_answer(question, ",".join(chosen))
        return None if value == UNSURE else parse_answer(question, str(value))

    def _typed_answer(self, text: str) -> object:
        question = self.question
        button = self._button_chosen()
        if button and text.strip():
            # Never drop what was typed: "cipro" with "None" must not become no medicines.
            raise AnswerError(
                f"you typed an answer and chose ‘{button}’: choose Continue to send what you "
                f"typed, or empty the box and choose ‘{button}’"
            )
        if button == question.unsure:
            return None
        if button:
            return []
        if not text.strip():
            raise AnswerError(f"enter your answer, or choose {self._buttons_in_words()}")
        return parse_answer(question, text)

    def _button_chosen(self) -> str:
        """The label of the answer button pressed instead of Continue, or ""."""
        if self.data.get(UNSURE_BUTTON):
            return self.question.unsure
        if self.question.none and self.data.get(NONE_BUTTON):
            return self.question.none
        return ""

    def _buttons_in_words(self) -> str:
        labels = [f"‘{label}’" for label in (self.question.none, self.question.unsure) if label]
        return " or ".join(labels)


class TreatmentDetailsForm(forms.Form):
    """For each treatment chosen: for how many weeks, and how it went; and, when there were
    several, which came last (the pathway reads the latest outcome, stepped_care.py). After
    `is_valid()`, `answer` is the treatments answer, oldest first with the latest last."""

    def __init__(
        self,
        question: Question,
        kinds: list[str],
        answers: Mapping[str, object],
        data: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(data, initial=_treatment_initial(answers.get(question.field), kinds))
        self.question = question
        self.kinds = kinds
        self.answers = answers
        self.answer: list[dict[str, object]] = []
        labels = {choice.value: choice.label for choice in question.choices}
        outcomes = [(choice.value, choice.label) for choice in question.outcomes]
        for kind in kinds:
            self.fields[f"weeks_{kind}"] = forms.CharField(
                label=f"{labels[kind]}: for how many weeks?",
                help_text=_WEEKS_HINT,
                required=False,
                max_length=20,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
                error_messages={"max_length": "Enter a number of weeks, like 6 or 0.5"},
            )
            self.fields[f"outcome_{kind}"] = forms.ChoiceField(
                label=f"{labels[kind]}: how did it go?",
                choices=[*outcomes, (UNSURE, "Not sure")],
                widget=forms.RadioSelect,
                error_messages={"required": f"Select how {in_sentence(labels[kind])} went"},
            )
        if len(kinds) > 1:
            self.fields["latest"] = forms.ChoiceField(
                label="Which of these did you try most recently?",
                choices=[(kind, labels[kind]) for kind in kinds],
                widget=forms.RadioSelect,
                error_messages={"required": "Select the one you tried most recently"},
            )

    def treatment_fields(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        """(weeks, outcome) for each treatment, in the order they were chosen."""
        return [(self[f"weeks_{kind}"], self[f"outcome_{kind}"]) for kind in self.kinds]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        latest = cleaned.get("latest", self.kinds[-1])
        ordered = [kind for kind in self.kinds if kind != latest] + [latest]
        episodes = []
        for kind in ordered:
            weeks = self._weeks(kind, str(cleaned.get(f"weeks_{kind}", "")))
            outcome = cleaned.get(f"outcome_{kind}")
            episodes.append(
                {"kind": kind, "weeks": weeks, "outcome": None if outcome == UNSURE else outcome}
            )
        if self.errors:
            return cleaned
        try:
            intake_from_answers({**self.answers, self.question.field: episodes})
        except ValidationError as error:
            location = error.errors(include_url=False)[0]["loc"]
            kind = ordered[int(location[1])] if len(location) > 1 else ordered[-1]
            self.add_error(f"weeks_{kind}", describe_intake_error(error))
            return cleaned
        self.answer = episodes
        return cleaned

    def _weeks(self, kind: str, text: str) -> float | None:
        if not text.strip():
            return None
        try:
            return float(text)
        except ValueError:
            self.add_error(f"weeks_{kind}", "Enter a number of weeks, like 6 or 0.5")
            return None


def _treatment_initial(stored: object, kinds: list[str]) -> dict[str, object] | None:
    """What the person said before about these treatments, when they come back to the page."""
    if not isinstance(stored, list):
        return None
    episodes = {str(item["kind"]): item for item in stored if isinstance(item, dict)}
    if set(episodes) != set(kinds):
        return None
    initial: dict[str, object] = {"latest": str(stored[-1]["kind"])}
    for kind, episode in episodes.items():
        weeks = episode.get("weeks")
        initial[f"weeks_{kind}"] = f"{weeks:g}" if isinstance(weeks, int | float) else ""
        initial[f"outcome_{kind}"] = episode.get("outcome") or UNSURE
    return initial
