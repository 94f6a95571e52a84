"""Deleting my account: confirmed by typing the account's password."""

from __future__ import annotations

from typing import Any

from django import forms

from achillespath.web.models import User

__all__ = ["DeleteAccountForm"]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        help_text="To make sure it is you, type the password you use to log in.",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter your password to delete your account"},
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = str(self.cleaned_data["password"])
        if not self.user.check_password(password):
            raise forms.ValidationError("The password is not right. Check it and try again.")
        return password
