"""Forms for logging in, joining a clinic by invitation and registering for the symptom check."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.utils import timezone

from achillespath.web.models import Clinic, Invitation, Patient, Role, User


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter your password"},
    )
    error_messages = {
        "invalid_login": ("The email address or password is not right. Check both and try again."),
        "inactive": "This account has been closed.",
    }

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class NewAccountForm(forms.Form):
    """Name and a new password (twice), checked by the password validators in settings."""

    full_name = forms.CharField(
        label="Your full name",
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Enter your full name"},
    )
    password1 = forms.CharField(
        label="Create a password",
        strip=False,
        help_text="At least 10 characters. Avoid common passwords and your name or email.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Create a password"},
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Type the password again"},
    )

    def account_email(self) -> str:
        raise NotImplementedError

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", "The passwords do not match. Type the same password.")
        elif password1 and "password1" not in self.errors:
            candidate = User(email=self.account_email(), first_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def create_account(self, clinic: Clinic, role: Role, **patient_details: Any) -> User:
        """The new account, and for a patient their record at `clinic`, in one transaction.

        `patient_details` are further Patient fields the clinic already knows (year_of_birth,
        side).
        """
        name = self.cleaned_data["full_name"].strip()
        with transaction.atomic():
            user = User.objects.create_user(
                self.account_email(),
                self.cleaned_data["password1"],
                first_name=name,
                role=role,
                clinic=clinic,
            )
            if role == Role.PATIENT:
                Patient.objects.create(
                    user=user, clinic=clinic, display_name=name, **patient_details
                )
        return user


class InvitationSignupForm(NewAccountForm):
    """Joining a clinic with the invitation it sent: the email comes from the invitation."""

    def __init__(self, invitation: Invitation, *args: Any, **kwargs: Any) -> None:
        self.invitation = invitation
        super().__init__(*args, **kwargs)

    def account_email(self) -> str:
        return self.invitation.email.strip().lower()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if User.objects.filter(email=self.account_email()).exists():
            self.add_error(
                None, "An account with this email address already exists. Log in instead."
            )
        return cleaned

    def save(self) -> User:
        with transaction.atomic():
            user = self.create_account(
                self.invitation.clinic,
                Role(self.invitation.role),
                year_of_birth=self.invitation.year_of_birth,
                side=self.invitation.side,
            )
            self.invitation.used_at = timezone.now()
            self.invitation.save(update_fields=["used_at"])
        return user


class RegisterForm(NewAccountForm):
    """Self-registration for the public symptom check: a patient account at the public clinic."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="You will use this to log in.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    field_order = ("email", "full_name", "password1", "password2")

    def account_email(self) -> str:
        return str(self.cleaned_data.get("email", "")).strip().lower()

    def clean_email(self) -> str:
        email = str(self.cleaned_data["email"]).strip().lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(
                "An account with this email address already exists. Log in instead."
            )
        return email

    def save(self) -> User:
        return self.create_account(Clinic.objects.public(), Role.PATIENT)
