""" "Was this page helpful?" on a Learn page: yes or no, and an optional comment."""

from __future__ import annotations

from django import forms

__all__ = ["FeedbackForm"]

COMMENT_MAX_CHARACTERS = 2000
"""The longest comment kept (the ContentFeedback.comment column's limit)."""


def _is_yes(value: str) -> bool:
    return value == "yes"


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label="Was this page helpful?",
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=_is_yes,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select yes or no",
            "invalid_choice": "Select yes or no",
        },
    )
    comment = forms.CharField(
        label="What could we do better?",
        help_text=(
            "Do not include your name or details about your health. We read every comment "
            "but cannot reply."
        ),
        required=False,
        max_length=COMMENT_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": f"Your comment must be {COMMENT_MAX_CHARACTERS:,} characters or fewer"
        },
    )
