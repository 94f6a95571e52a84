"""Forms for clinic admins: inviting people, the clinic's pathway settings, filtering the audit
log, and choosing who a referral letter is for."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.text import get_text_list

from achillespath.pathway.definition import load_pathway
from achillespath.triage.adult_age import AgeStanding, adult_age_years
from achillespath.web.access import may_join_a_clinic, patients_in_audit_log_of
from achillespath.web.forms.widgets import decimal_input, whole_number_input
from achillespath.web.models import (
    SECOND_LINE_SERVICES,
    AuditAction,
    Clinic,
    Invitation,
    Patient,
    Role,
    Side,
    User,
)
from achillespath.web.models.audit import AuditEventQuerySet
from achillespath.web.models.clinics import default_follow_up_weeks
from achillespath.web.patient_age import patient_age
from achillespath.web.reports.referral import Recipient
from achillespath.web.retention import kept_record_of
from achillespath.web.views.clinician.wording import TREATMENT_NAMES

__all__ = [
    "AuditLogFilterForm",
    "ClinicSettingsForm",
    "InvitationForm",
    "RecipientForm",
]

MCID_RANGE = (1, 50)  # points on the 0-100 VISA-A; published estimates lie well inside it
INTERVAL_RANGE = (1, 12)  # weeks; the database holds the same range
FOLLOW_UP_RANGE = (1, 104)  # weeks after the programme starts
UK_DATE = "%d/%m/%Y"
DATE_FORMATS = [UK_DATE, "%Y-%m-%d"]  # typed as on a UK form, or ISO 8601 from a link
AUDIT_DATE_RANGE = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))
"""The dates the audit log filter takes: wide of every event this service can hold, and narrow
enough that the end date's next midnight exists (31/12/9999 has none, and crashed the page)."""


PATIENT_ONLY_FIELDS = ("year_of_birth", "side")
"""What an invitation asks about a patient only; a clinician's invitation ignores them."""


DELETED_ACCOUNT = (
    "An account with this email address was deleted, so it cannot be invited. Health records "
    "must be kept for a time by law, so until its record is erased the address stays with the "
    "deleted account and cannot be used again. Ask the person for a different email address"
)
ACCOUNT_AT_A_CLINIC = (
    "An account with this email address already belongs to a clinic, so it cannot be invited. "
    "Ask the person for a different email address"
)
PATIENT_ACCOUNT_AS_CLINICIAN = (
    "This email address has a patient's account for the symptom check, so it can be invited "
    "as a patient only. To invite a clinician, use a different email address"
)


def _why_the_account_cannot_be_invited(email: str) -> str | None:
    """Why an invitation to `email` is refused, or None when it may be sent: no account has
    the address, or a patient of the public clinic does (they log in and accept, see
    achillespath.web.joining). A refusal never names the clinic the account belongs to."""
    account = User.objects.filter(email=email).first()
    if account is None or may_join_a_clinic(account):
        return None
    if kept_record_of(email) is not None:
        return DELETED_ACCOUNT
    return ACCOUNT_AT_A_CLINIC


class InvitationForm(forms.Form):
    """Who to invite to this clinic, and in which role."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="They will log in with this address.",
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={
            "required": "Enter the email address of the person to invite",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    role = forms.ChoiceField(
        label="Invite them as",
        # Clinic admins are made by staff in the Django admin, not by invitation.
        choices=[(role.value, role.label) for role in (Role.PATIENT, Role.CLINICIAN)],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose whether you are inviting a patient or a clinician",
            "invalid_choice": "Choose whether you are inviting a patient or a clinician",
        },
    )

    year_of_birth = forms.IntegerField(
        label="Year of birth (patients only)",
        help_text="Leave it empty for a clinician: it is not kept for them.",
        required=False,
        min_value=1900,
        max_value=2100,
        widget=whole_number_input(),
        error_messages={
            "min_value": "Enter a year of birth from 1900 onwards, like 1980",
            "max_value": "Enter a year of birth in the past, like 1980",
            "invalid": "Enter a year of birth as a number, like 1980",
        },
    )
    side = forms.ChoiceField(
        label="Side affected (patients only)",
        help_text="Not kept for a clinician.",
        required=False,
        choices=[("", "Not known yet"), *Side.choices],
        widget=forms.RadioSelect,
    )

    def __init__(self, clinic: Clinic, *args: Any, **kwargs: Any) -> None:
        self.clinic = clinic
        super().__init__(*args, **kwargs)

    def clean_year_of_birth(self) -> int | None:
        year: int | None = self.cleaned_data.get("year_of_birth")
        if year is not None and year > timezone.localdate().year:
            raise forms.ValidationError("Enter a year of birth in the past, like 1980")
        return year

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("role") == Role.CLINICIAN:
            self._ignore_patient_details(cleaned)
            if User.objects.filter(email=cleaned.get("email")).exists():
                # Only a public patient's account gets this far (see clean_email).
                self.add_error("role", PATIENT_ACCOUNT_AS_CLINICIAN)
        year = cleaned.get("year_of_birth")
        # The intended purpose is adults: a patient who is certainly under age is refused here;
        # one who may be is checked again when a programme is prescribed.
        if cleaned.get("role") == Role.PATIENT and self._is_under_age(year):
            adult = f"{adult_age_years():g}"
            self.add_error(
                "year_of_birth",
                f"Someone born in {year} is under {adult}. achillespath is for adults "
                f"({adult} and over) only, so they cannot be invited as a patient. "
                "Check the year of birth.",
            )
        return cleaned

    def _ignore_patient_details(self, cleaned: dict[str, Any]) -> None:
        """A year of birth and side mean something only for a patient. For a clinician they
        are neither checked nor kept: a year typed before the role was changed to clinician
        must not block the invitation, nor be stored on it."""
        for name in PATIENT_ONLY_FIELDS:
            self.errors.pop(name, None)
            cleaned[name] = None if name == "year_of_birth" else ""

    @staticmethod
    def _is_under_age(year: int | None) -> bool:
        # An invitation knows only the year of birth: the date is recorded on the patient.
        age = patient_age(timezone.localdate(), year)
        return age is not None and age.standing is AgeStanding.UNDER_AGE

    def clean_email(self) -> str:
        email = str(self.cleaned_data["email"]).strip().lower()
        refusal = _why_the_account_cannot_be_invited(email)
        if refusal is not None:
            raise forms.ValidationError(refusal)
        pending = Invitation.objects.filter(clinic=self.clinic, email=email).usable(timezone.now())
        if pending.exists():
            raise forms.ValidationError(
                "This email address already has an invitation waiting. Copy its link from the "
                "list below, or revoke it first"
            )
        return email

    def save(self, invited_by: User) -> Invitation:
        return Invitation.objects.create(
            clinic=self.clinic,
            email=self.cleaned_data["email"],
            role=self.cleaned_data["role"],
            year_of_birth=self.cleaned_data["year_of_birth"],
            side=self.cleaned_data["side"],
            invited_by=invited_by,
        )


PLAIN_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


class PlainDecimalField(forms.FloatField):
    """A number as digits with an optional decimal point ("14", "12.5"), never "1e1" or "inf",
    which Python reads as numbers a person did not mean to type."""

    def to_python(self, value: Any) -> float | None:  # type: ignore[override]
        if value not in self.empty_values and not PLAIN_DECIMAL.fullmatch(str(value).strip()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class FollowUpWeeksField(forms.CharField):
    """Whole weeks typed as a list ("6, 12"), kept as a sorted list of distinct integers."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return ", ".join(str(week) for week in value)
        return value

    def to_python(self, value: Any) -> list[int]:  # type: ignore[override]
        text = str(super().to_python(value))
        parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        low, high = FOLLOW_UP_RANGE
        if not all(part.isdigit() and low <= int(part) <= high for part in parts):
            raise forms.ValidationError(
                f"Enter whole weeks from {low} to {high}, separated by commas, like 6, 12"
            )
        return sorted({int(part) for part in parts})


class ClinicSettingsForm(forms.ModelForm[Clinic]):
    """The clinic's pathway settings. Every field is a Clinic field; no new ones."""

    second_line_services = forms.MultipleChoiceField(
        label="Second-line services this clinic offers",
        help_text="Choose all that apply. Referral letters list them as offered at this clinic.",
        choices=[(service.value, TREATMENT_NAMES[service]) for service in SECOND_LINE_SERVICES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Choose services from the list"},
    )
    visa_a_mcid = PlainDecimalField(
        label="VISA-A change that counts as meaningful (MCID), in points",
        min_value=MCID_RANGE[0],
        max_value=MCID_RANGE[1],
        widget=decimal_input(),
        error_messages={
            "required": "Enter the MCID in points, like 14",
            "invalid": "Enter the MCID as a number of points, like 14",
            "min_value": f"The MCID must be between {MCID_RANGE[0]} and {MCID_RANGE[1]} points",
            "max_value": f"The MCID must be between {MCID_RANGE[0]} and {MCID_RANGE[1]} points",
        },
    )
    visa_a_interval_weeks = forms.IntegerField(
        label="Ask for VISA-A every",
        help_text="Weeks, during the loading programme.",
        min_value=INTERVAL_RANGE[0],
        max_value=INTERVAL_RANGE[1],
        widget=whole_number_input(),
        error_messages={
            "required": "Enter how often to ask for VISA-A, in weeks",
            "invalid": "Enter how often to ask for VISA-A as a whole number of weeks, like 2",
            "min_value": f"The VISA-A interval must be {INTERVAL_RANGE[0]} to "
            f"{INTERVAL_RANGE[1]} weeks",
            "max_value": f"The VISA-A interval must be {INTERVAL_RANGE[0]} to "
            f"{INTERVAL_RANGE[1]} weeks",
        },
    )
    follow_up_weeks = FollowUpWeeksField(
        label="Also ask for VISA-A in these weeks",
        max_length=200,
        required=False,  # empty: only the weeks the pathway always asks in
    )

    class Meta:
        model = Clinic
        fields = ("second_line_services", "visa_a_mcid", "visa_a_interval_weeks", "follow_up_weeks")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["follow_up_weeks"].help_text = _follow_up_hint()
        mcid = self.initial.get("visa_a_mcid")
        if isinstance(mcid, float) and mcid.is_integer():
            self.initial["visa_a_mcid"] = int(mcid)  # "14", not "14.0"

    def clean_follow_up_weeks(self) -> list[int]:
        # None typed means the pathway's weeks alone, which the schedule asks in anyway.
        weeks: list[int] = self.cleaned_data["follow_up_weeks"]
        return weeks or default_follow_up_weeks()


def _follow_up_hint() -> str:
    # The core always adds the pathway's weeks (monitoring.schedule), so say so: leaving them
    # out here does not remove them.
    required = get_text_list(
        [str(week) for week in load_pathway().monitoring.visa_a_fixed_weeks], "and"
    )
    return (
        "Weeks after the programme starts, separated by commas, for example 6, 12. "
        f"The pathway always asks in weeks {required}, whatever you enter here; "
        "weeks you add come on top."
    )


class PatientChoiceField(forms.ModelChoiceField[Patient]):
    """Patients by name and record number, since two patients may share a name."""

    def label_from_instance(self, obj: Patient) -> str:
        if obj.is_deleted:
            return f"{obj.display_name} (record {obj.pk}, account deleted)"
        return f"{obj.display_name} (record {obj.pk})"


class AuditLogFilterForm(forms.Form):
    """Narrow the clinic's audit log down; every field may be left empty."""

    patient = PatientChoiceField(
        label="Patient",
        queryset=Patient.objects.none(),
        required=False,
        empty_label="Any patient",
        error_messages={"invalid_choice": "Choose a patient from the list"},
    )
    actor = forms.CharField(
        label="Done by (email address or part of it)",
        max_length=254,
        required=False,
        widget=forms.TextInput(attrs={"spellcheck": "false"}),
    )
    action = forms.ChoiceField(
        label="Action",
        choices=[("", "Any action"), *AuditAction.choices],
        required=False,
        error_messages={"invalid_choice": "Choose an action from the list"},
    )
    date_from = forms.DateField(
        label="From",
        help_text="For example, 1/11/2026.",
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(format=UK_DATE, attrs={"spellcheck": "false"}),
        error_messages={"invalid": "Enter the start date as a real date, like 1/11/2026"},
    )
    date_to = forms.DateField(
        label="To",
        help_text="For example, 21/11/2026. The whole day is included.",
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(format=UK_DATE, attrs={"spellcheck": "false"}),
        error_messages={"invalid": "Enter the end date as a real date, like 21/11/2026"},
    )

    def __init__(self, admin: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        patient_field = cast("PatientChoiceField", self.fields["patient"])
        patient_field.queryset = patients_in_audit_log_of(admin).order_by("display_name", "pk")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for name, which in (("date_from", "start"), ("date_to", "end")):
            self._check_in_range(cleaned, name, which)
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", "The end date must be the same as or after the start date")
        return cleaned

    def _check_in_range(self, cleaned: dict[str, Any], name: str, which: str) -> None:
        day, (first, last) = cleaned.get(name), AUDIT_DATE_RANGE
        if day and not first <= day <= last:
            self.add_error(name, f"Enter the {which} date between {_uk(first)} and {_uk(last)}")

    def filter(self, events: AuditEventQuerySet) -> AuditEventQuerySet:
        """The events matching the cleaned filters (call after is_valid())."""
        data = self.cleaned_data
        conditions = Q()
        if data.get("patient"):
            conditions &= Q(patient=data["patient"])
        if data.get("actor"):
            conditions &= Q(actor_email__icontains=data["actor"].strip())
        if data.get("action"):
            conditions &= Q(action=data["action"])
        if data.get("date_from"):
            conditions &= Q(at__gte=_start_of(data["date_from"]))
        if data.get("date_to"):
            conditions &= Q(at__lt=_start_of(data["date_to"] + dt.timedelta(days=1)))
        return events.filter(conditions)


def _uk(day: dt.date) -> str:
    """A date as the hints write it: 1/1/2000."""
    return f"{day.day}/{day.month}/{day.year}"


def _start_of(day: dt.date) -> dt.datetime:
    """Midnight at the start of `day` in the site's time zone (an index-friendly bound)."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


class RecipientForm(forms.Form):
    """Who a referral letter is for: the `for` query parameter (a Python keyword, hence
    added in __init__)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["for"] = forms.ChoiceField(
            label="Who is the letter for?",
            choices=[(recipient.value, recipient.words) for recipient in Recipient],
            widget=forms.RadioSelect,
            error_messages={
                "required": "Choose who the letter is for",
                "invalid_choice": "Choose who the letter is for: GP, physiotherapist or specialist",
            },
        )

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.cleaned_data["for"])
