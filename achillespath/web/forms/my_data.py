"""Deleting my account: confirmed by typing the account's password.

The password is checked by authenticate(), as at login, so a wrong one counts towards the login
lockout (django-axes) and is audited as a failed log in: a session left signed in must not be
a place to guess the password without limit."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import authenticate
from django.http import HttpRequest

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

    def __init__(self, request: HttpRequest, user: User, *args: Any, **kwargs: Any) -> None:
        self.request = request
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = str(self.cleaned_data["password"])
        # Once locked out, authenticate() refuses even the right password and axes answers
        # with its lockout page instead of this one.
        checked = authenticate(self.request, username=self.user.email, password=password)
        if checked is None or checked.pk != self.user.pk:
            raise forms.ValidationError("The password is not right. Check it and try again.")
        return password
