"""The VISA-A questionnaire as a form, built from the core's form file, plus a pain score.

Questions 1-7 are radio groups showing each option's words; question 8 is asked in two steps
on one page, without JavaScript: "Which describes you?" (branch A, B or C) and then how long
(the five duration bands, which read the same in every branch). The points come from the form
file, so the page can never offer an answer the scorer would reject (robinson-2001).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import QueryDict
from pydantic import ValidationError

from achillespath.measures import VisaAAnswers, VisaAForm, load_visa_a_form
from achillespath.measures.visa_a_form import VisaAItemText
from achillespath.web.forms.widgets import whole_number_input

__all__ = ["VisaAQuestionnaireForm"]

_INLINE_ITEMS = ("q1", "q2", "q3", "q4", "q5", "q6")  # short numeric options fit in a row


def _item_field(number: int, item: VisaAItemText) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=f"{number}. {item.gist}",
        choices=[(option.points, option.label) for option in item.options],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": f"Choose an answer for question {number}",
            "invalid_choice": f"Choose one of the answers for question {number}",
        },
    )


def _duration_bands(form: VisaAForm) -> list[str]:
    """The duration bands of question 8, in order, from its first branch."""
    return [option.label for option in form.item("q8").branches[0].options]


class VisaAQuestionnaireForm(forms.Form):
    """Eight VISA-A answers and today's pain (0-10). `answers()` gives the core's answers."""

    def __init__(self, *args: Any, visa_a_form: VisaAForm | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.visa_a_form = visa_a_form or load_visa_a_form()
        for number, item in enumerate(self.visa_a_form.items[:7], start=1):
            self.fields[item.id] = _item_field(number, item)
        q8 = self.visa_a_form.item("q8")
        self.fields["q8_branch"] = forms.ChoiceField(
            label="8a. Which of these describes you best?",
            help_text=q8.gist,
            choices=[(branch.id, branch.condition) for branch in q8.branches],
            widget=forms.RadioSelect,
            error_messages={
                "required": "Choose A, B or C for question 8",
                "invalid_choice": "Choose A, B or C for question 8",
            },
        )
        self.fields["q8_band"] = forms.TypedChoiceField(
            label="8b. For how long can you train or practise?",
            help_text="For the one of A, B or C you chose.",
            choices=list(enumerate(_duration_bands(self.visa_a_form))),
            coerce=int,
            widget=forms.RadioSelect,
            error_messages={
                "required": "Choose how long you can train for question 8",
                "invalid_choice": "Choose how long you can train for question 8",
            },
        )
        self.fields["pain"] = forms.IntegerField(
            label="Your Achilles pain today (0 to 10)",
            help_text="On average today. 0 is no pain. 10 is the worst pain you can imagine.",
            min_value=0,
            max_value=10,
            widget=whole_number_input(),
            error_messages={
                "required": "Enter your pain today, from 0 to 10",
                "invalid": "Your pain today must be a whole number from 0 to 10",
                "min_value": "Your pain today must be 0 or more",
                "max_value": "Your pain today must be 10 or less",
            },
        )

    @property
    def inline_items(self) -> tuple[str, ...]:
        return _INLINE_ITEMS

    def clean_q8_branch(self) -> str:
        # Radios send one value; a hand-made request could send several. Exactly one counts.
        sent = self.data.getlist("q8_branch") if isinstance(self.data, QueryDict) else []
        if len(sent) > 1:
            raise forms.ValidationError("Choose only one of A, B or C for question 8")
        return str(self.cleaned_data["q8_branch"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        try:
            cleaned["answers"] = self._answers(cleaned)
        except (ValidationError, IndexError, StopIteration):
            self.add_error(None, "These answers could not be scored. Check each question.")
        return cleaned

    def _answers(self, cleaned: dict[str, Any]) -> VisaAAnswers:
        branch = next(
            branch
            for branch in self.visa_a_form.item("q8").branches
            if branch.id == cleaned["q8_branch"]
        )
        points = branch.options[cleaned["q8_band"]].points
        items = {item.id: cleaned[item.id] for item in self.visa_a_form.items[:7]}
        return VisaAAnswers.model_validate({**items, "q8": {"branch": branch.id, "points": points}})

    def answers(self) -> VisaAAnswers:
        """The scored answers; only after `is_valid()` returned True."""
        answers: VisaAAnswers = self.cleaned_data["answers"]
        return answers
