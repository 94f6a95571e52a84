"""Number boxes as the design system draws them: text inputs that bring up a number keyboard.

A browser's `type="number"` box throws away what it cannot read as a number ("1e", "three")
before the form is sent, so the server could only say the field was empty and the person's
typing was lost. A text box sends what was typed; the form field checks it and says what is
wrong next to it.
"""

from __future__ import annotations

from django import forms

__all__ = ["decimal_input", "whole_number_input"]


def whole_number_input() -> forms.TextInput:
    return forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"})


def decimal_input() -> forms.TextInput:
    return forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"})
