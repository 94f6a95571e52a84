"""The daily log form: under a minute on a phone, every field checked on the server."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms

from achillespath.web.daily_log import WARNING_SIGNS, LogDateError, check_log_date
from achillespath.web.forms.widgets import decimal_input, whole_number_input
from achillespath.web.models.programmes import NEW_MEDICINES_LENGTH

__all__ = ["DailyLogForm"]


def _whole_number(label: str, low: int, high: int, *, required: bool = True) -> dict[str, Any]:
    """Keyword arguments for a whole-number field whose messages name the field and range."""
    return {
        "min_value": low,
        "max_value": high,
        "required": required,
        "widget": whole_number_input(),
        "error_messages": {
            "required": f"Enter {label}",
            "invalid": f"{label.capitalize()} must be a whole number, like 3",
            "min_value": f"{label.capitalize()} must be {low} or more",
            "max_value": f"{label.capitalize()} must be {high} or less",
        },
    }


class DailyLogForm(forms.Form):
    """One day's log. With ``fixed_date`` (editing a chosen day) the date is not asked.

    ``morning_pain`` and ``morning_stiffness_minutes`` are about the morning of the log's date,
    on getting up; achillespath.web.daily_log stores them where the core reads them.
    """

    date = forms.DateField(
        label="Date of the session",
        help_text="Today, or a missed day up to 2 weeks ago.",
        input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Enter the date of the session",
            "invalid": "Enter the date as year, month and day, like 2026-11-20",
        },
    )
    sets_done = forms.IntegerField(
        label="Sets done",
        help_text="Sets of each exercise in one session, for example 3. Enter 0 for a rest day.",
        **_whole_number("the number of sets", 0, 50),
    )
    load_kg = forms.FloatField(
        label="Extra weight (kg)",
        help_text="Weight you added, such as a backpack. Enter 0 if none.",
        min_value=0,
        max_value=300,
        widget=decimal_input(),
        error_messages={
            "required": "Enter the extra weight in kg (0 if none)",
            "invalid": "Extra weight must be a number of kilograms, like 2.5",
            "min_value": "Extra weight must be 0 kg or more",
            "max_value": "Extra weight must be 300 kg or less",
        },
    )
    pain_during = forms.IntegerField(
        label="Worst pain during the exercises (0 to 10)",
        help_text="0 is no pain. 10 is the worst pain you can imagine.",
        **_whole_number("your pain during the exercises", 0, 10),
    )
    morning_pain = forms.IntegerField(
        label="Pain on getting up (0 to 10)",
        **_whole_number("your pain on getting up", 0, 10, required=False),
    )
    morning_stiffness_minutes = forms.IntegerField(
        label="Stiffness on getting up (minutes)",
        help_text="How long your Achilles felt stiff. Enter 0 if it was not stiff.",
        **_whole_number("the minutes of stiffness", 0, 1440, required=False),
    )
    warning_signs = forms.MultipleChoiceField(
        label="Have you had any of these since your last log?",
        help_text="Tick any that apply. Leave them all blank if none.",
        choices=[(sign.id, sign.label) for sign in WARNING_SIGNS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose warning signs from the list"},
    )
    new_medicines = forms.CharField(
        label="New medicines since your last log",
        help_text="Write the names of any new medicines, including antibiotics.",
        max_length=NEW_MEDICINES_LENGTH,
        required=False,
        error_messages={
            "max_length": f"Keep the medicines to {NEW_MEDICINES_LENGTH} characters or fewer"
        },
    )

    def __init__(
        self, *args: Any, today: dt.date, fixed_date: dt.date | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.fixed_date = fixed_date
        if fixed_date is not None:
            del self.fields["date"]

    def clean_date(self) -> dt.date:
        day: dt.date = self.cleaned_data["date"]
        try:
            check_log_date(day, self.today)
        except LogDateError as error:
            raise forms.ValidationError(_plain(error)) from None
        return day

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.fixed_date is not None:
            cleaned["date"] = self.fixed_date
        return cleaned


def _plain(error: LogDateError) -> str:
    """The error's message without the field-name prefix the API shows."""
    text = str(error).removeprefix("date: ")
    return text[:1].upper() + text[1:]
