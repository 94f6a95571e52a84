"""Forms for logging in, joining a clinic by invitation and registering for the symptom check."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, transaction
from django.utils.formats import date_format

from achillespath.web.models import Clinic, Invitation, Patient, Role, User
from achillespath.web.retention import KeptRecord, kept_record_of

ALREADY_EXISTS = "An account with this email address already exists. Log in instead."
ABOUT_THE_KEPT_RECORD = (
    "For a question about that record, contact your clinic, or the organisation that runs "
    "this service if no clinic looked after you."
)


def deleted_account_message(kept: KeptRecord, what_to_do: str) -> str:
    """Why a deleted account's email cannot be used, for how long, and `what_to_do` instead."""
    return (
        "An account with this email address was deleted on "
        f"{date_format(kept.deleted_on, 'j F Y')}. Health records must be kept for a time by "
        f"law, so its record is kept, hidden, until {date_format(kept.kept_until, 'j F Y')}; "
        f"then it is erased. {what_to_do} {ABOUT_THE_KEPT_RECORD}"
    )


def email_in_use_message(email: str, what_to_do_if_deleted: str) -> str | None:
    """Why `email` cannot have a new account, or None when it is free."""
    kept = kept_record_of(email)
    if kept is not None:
        return deleted_account_message(kept, what_to_do_if_deleted)
    return ALREADY_EXISTS if User.objects.filter(email=email).exists() else None


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

    def clean(self) -> dict[str, Any]:
        try:
            return super().clean()
        except forms.ValidationError as error:
            if error.code == "invalid_login":
                self._refuse_a_deleted_account()
            raise

    def _refuse_a_deleted_account(self) -> None:
        """Say that the account was deleted, only to someone who gives its own password.

        Anyone else gets the same words as for a wrong password or an unknown email, so this
        page tells a stranger nothing about whose account exists, lives or was deleted. The
        password is checked after authenticate(), which counts the failure towards the lockout,
        so the deleted account's password cannot be guessed here any faster than a live one's.
        """
        if getattr(self.request, "axes_locked_out", False):
            return  # the lockout page replaces this one whatever the password
        kept = kept_record_of(self.cleaned_data.get("username", ""))
        if kept is not None and check_password(
            self.cleaned_data.get("password"), kept.account.password
        ):
            raise forms.ValidationError(
                deleted_account_message(
                    kept,
                    "You cannot log in to it any more. To use this service again, create an "
                    "account with a different email address.",
                ),
                code="deleted",
            )


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
        refusal = email_in_use_message(
            self.account_email(),
            f"Ask {self.invitation.clinic.name} to send the invitation to a different email "
            "address.",
        )
        if refusal is not None:
            self.add_error(None, refusal)
        return cleaned

    def save(self) -> User | None:
        """The new account; None, and nothing created, if the invitation stopped working
        since the page checked it (revoked or used a moment ago)."""
        with transaction.atomic():
            if not self.invitation.claim():
                return None
            return self.create_account(
                self.invitation.clinic,
                Role(self.invitation.role),
                year_of_birth=self.invitation.year_of_birth,
                side=self.invitation.side,
            )


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
        # Whether the address already has an account is not checked here: the answer to a
        # valid form is the same either way (see save).
        return str(self.cleaned_data["email"]).strip().lower()

    def save(self) -> User | None:
        """The new account; None, and nothing made, if the email already has one, live or
        deleted (a deleted account keeps its user while its record is kept).

        Unlike the invitation, this public page must not tell a stranger whose account exists
        or was deleted (as LoginForm._refuse_a_deleted_account), so the caller answers both
        alike, and a refusal still hashes the password so that it takes as long as making an
        account does.
        """
        if not User.objects.filter(email=self.account_email()).exists():
            try:
                return self.create_account(Clinic.objects.public(), Role.PATIENT)
            except IntegrityError:
                pass  # the same email was registered a moment ago
        make_password(self.cleaned_data["password1"])
        return None
