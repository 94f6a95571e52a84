"""Making an API key on one's own API keys page: what it is for, and how many days it works
(settings.API_TOKEN_DAYS unless changed, at most settings.API_TOKEN_MAX_DAYS)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator

from achillespath.web.forms.widgets import whole_number_input

__all__ = ["ApiKeyForm"]


class ApiKeyForm(forms.Form):
    name = forms.CharField(
        label="What is the key for?",
        help_text="For example, my running app. This helps you tell your keys apart.",
        max_length=100,
        error_messages={
            "required": "Enter what the key is for, like my running app",
            "max_length": "Enter what the key is for in 100 characters or fewer",
        },
    )
    lifetime_days = forms.IntegerField(
        label="How many days should it work?",
        min_value=1,
        widget=whole_number_input(),
        error_messages={
            "required": "Enter how many days the key should work",
            "invalid": "Enter how many days the key should work as a whole number, like 90",
            "min_value": "Enter at least 1 day",
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Read at each request, not at import, so the settings' current values apply.
        longest = settings.API_TOKEN_MAX_DAYS
        field = self.fields["lifetime_days"]
        field.initial = settings.API_TOKEN_DAYS
        field.help_text = f"Up to {longest} days. After that the key stops working."
        field.validators.append(
            MaxValueValidator(longest, message=f"Enter {longest} days or fewer")
        )
