"""Forms of the clinician area: prescribing a programme, recording or changing a treatment
episode (or voiding one entered in error), a message in a patient's thread (also used by the
patient's own messages page), recording that the reported warning signs were assessed, and the
patient's identifiers (NHS number and date of birth)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db import transaction
from django.utils.formats import date_format
from nhs_number.standardise import standardise_format
from nhs_number.validate import is_valid

from achillespath.exercise.plan import check_fits_site
from achillespath.exercise.programmes import load_programmes
from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.triage.adult_age import AgeStanding, adult_age_years
from achillespath.web.forms.widgets import decimal_input, whole_number_input
from achillespath.web.models import Message, Patient, Prescription, Side, TreatmentEpisode, User
from achillespath.web.models.programmes import MAX_LOAD_KG
from achillespath.web.models.reviews import REVIEW_NOTE_LENGTH
from achillespath.web.patient_age import PatientAge
from achillespath.web.views.clinician.wording import OUTCOME_NAMES, TREATMENT_NAMES

__all__ = [
    "MessageForm",
    "PatientDetailsForm",
    "PrescriptionForm",
    "TreatmentEpisodeForm",
    "VoidTreatmentForm",
    "WarningSignReviewForm",
]

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d %m %Y", "%d %B %Y", "%d %b %Y"]
START_WITHIN_DAYS = 366
"""A programme starts within a year of today, either way: a further date is a typing slip."""
CONFIRM_START_AFTER_DAYS = 14
"""A start further back needs confirming: the plan counts its weeks from the start date, so an
old date drops the patient into a late week (or a finished programme) on the first day."""
LOAD_DECIMAL_PLACES = 2
"""A load is given to the hundredth of a kilogram at most, as the core's sessions round it."""
HISTORY_YEARS = 50
"""Treatment episodes go back at most 50 years (the core counts at most 2600 weeks)."""
DAYS_PER_YEAR = 365.25
MESSAGE_MAX_CHARACTERS = 5000
NOTE_MAX_CHARACTERS = 2000
VOID_REASON_MAX_CHARACTERS = 1000
EARLIEST_BIRTH_YEAR = 1900
"""As the record's year of birth allows (a database constraint)."""


def _date_field(label: str, what: str, *, required: bool = True, help_text: str = "") -> Any:
    return forms.DateField(
        label=label,
        required=required,
        input_formats=DATE_INPUT_FORMATS,
        help_text=help_text or "For example, 14/03/2026",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": f"Enter the {what}",
            "invalid": f"Enter the {what} as a real date, for example 14/03/2026",
        },
    )


def _side_field(label: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=Side.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the side: left, right or both"},
    )


class PrescriptionForm(forms.Form):
    """A new programme for a patient; saving replaces the active prescription.

    `has_insertional_pain` comes from the latest symptom check. A programme that does not fit
    it (the core's plan.check_fits_site) is refused unless `confirm_site` is ticked, because
    the clinician may know the pain has moved since. A start date more than
    CONFIRM_START_AFTER_DAYS ago is refused unless `confirm_start_date` is ticked: it may be a
    slip, or the programme may really have started then (recorded late). By `age` (the
    patient's date of birth when recorded, else their year of birth), a patient under the
    pathway's adult age is refused any programme, and one whose year of birth leaves it
    uncertain needs `confirm_adult`.
    """

    programme = forms.ChoiceField(
        label="Programme",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a programme"},
    )
    start_date = _date_field("Start date", "start date")
    starting_load_kg = forms.FloatField(
        label="Starting load in kilograms",
        min_value=0,
        max_value=MAX_LOAD_KG,
        initial=0,
        help_text="Weight added on top of body weight, for example in a backpack. "
        "0 means body weight only.",
        widget=decimal_input(),
        error_messages={
            "required": "Enter the starting load in kilograms (0 for body weight only)",
            "invalid": "Enter the starting load as a number of kilograms, like 2.5",
            "min_value": "The starting load must be 0 kg or more",
            "max_value": f"The starting load must be {MAX_LOAD_KG} kg or less",
        },
    )
    side = _side_field("Side to exercise")
    note = forms.CharField(
        label="Message to the patient",
        required=False,
        max_length=NOTE_MAX_CHARACTERS,
        help_text="Sent to the patient's messages, for example why the programme changed.",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": f"The message must be {NOTE_MAX_CHARACTERS} characters or fewer"
        },
    )
    confirm_site = forms.BooleanField(
        label="Prescribe it anyway: I have checked where the pain is now",
        required=False,
    )
    confirm_start_date = forms.BooleanField(
        label="Yes, the programme started on that date",
        required=False,
    )
    confirm_adult = forms.BooleanField(required=False)  # labelled with the adult age in __init__

    def __init__(
        self,
        *args: Any,
        today: dt.date,
        has_insertional_pain: bool,
        age: PatientAge | None = None,
        current_start: dt.date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.has_insertional_pain = has_insertional_pain
        self.age = age
        self.current_start = current_start
        if current_start is not None:
            self.fields["start_date"].help_text = self._keep_or_restart_hint(current_start)
            self.fields["starting_load_kg"].label = "Load in kilograms from the next session"
            self.fields["starting_load_kg"].help_text = (
                "Weight added on top of body weight, for example in a backpack; 0 means body "
                "weight only. The patient's next session is at this load, whatever they logged "
                "before, and sessions logged after today earn more as usual."
            )
        self.adult_age = f"{adult_age_years():g}"
        self.fields[
            "confirm_adult"
        ].label = f"Yes, I have checked: the patient is {self.adult_age} or over"
        programme_field = self.fields["programme"]
        assert isinstance(programme_field, forms.ChoiceField)
        programme_field.choices = [
            (programme_id, programme.name) for programme_id, programme in load_programmes().items()
        ]

    @property
    def needs_site_confirmation(self) -> bool:
        """Whether to show the `confirm_site` box: once a programme that does not fit the
        recorded pain site has been sent."""
        return self.is_bound and self._site_refusal() is not None

    @property
    def needs_start_confirmation(self) -> bool:
        """Whether to show the `confirm_start_date` box: once a start date more than
        CONFIRM_START_AFTER_DAYS (but within a year) ago has been sent."""
        if not self.is_bound:
            return False
        try:
            start = self.fields["start_date"].clean(self["start_date"].data)
        except forms.ValidationError:
            return False
        return self._is_long_ago(start)

    @property
    def is_adult(self) -> bool:
        """Whether the patient may be prescribed a programme without a word on their age: an
        adult, or an unknown age (as in the symptom check, an unknown age counts as adult)."""
        return self.age is None or self.age.standing is AgeStanding.ADULT

    @property
    def needs_adult_confirmation(self) -> bool:
        """Whether to show the `confirm_adult` box: for a patient whose year of birth leaves
        it uncertain whether they are under age yet."""
        return self.age is not None and self.age.standing is AgeStanding.MAY_BE_UNDER_AGE

    def _keep_or_restart_hint(self, current_start: dt.date) -> str:
        # Saving with today's date used to restart every programme change at week 1 without a
        # word, clearing the VISA-A schedule and the 12-week review with it (HAZ-27).
        started = date_format(current_start, "j M Y")
        return (
            f"The current programme started on {started}. Keep that date "
            "to change the programme, load or side without restarting it: the week count, the "
            "VISA-A schedule and the 12-week review carry on. A new date restarts the programme "
            "at week 1 on that date, with a new VISA-A schedule and 12-week review."
        )

    def _is_current_start(self, start: dt.date) -> bool:
        """The date already on record needs no second look: it is not a slip."""
        return start == self.current_start

    def _is_long_ago(self, start: dt.date) -> bool:
        if self._is_current_start(start):
            return False
        return CONFIRM_START_AFTER_DAYS < (self.today - start).days <= START_WITHIN_DAYS

    def clean_starting_load_kg(self) -> float:
        load: float = self.cleaned_data["starting_load_kg"]
        # Weights come in steps of a quarter or half kilogram; "2.33333" is a slip, and the
        # patient's plan would show it as typed.
        if round(load, LOAD_DECIMAL_PLACES) != load:
            raise forms.ValidationError(
                f"Enter the starting load to at most {LOAD_DECIMAL_PLACES} decimal places, "
                "like 2.5 or 1.25"
            )
        return load

    def clean_start_date(self) -> dt.date:
        start: dt.date = self.cleaned_data["start_date"]
        if self._is_current_start(start):
            return start
        if abs((start - self.today).days) > START_WITHIN_DAYS:
            raise forms.ValidationError("The start date must be within a year of today")
        return start

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        refusal = self._site_refusal()
        if refusal is not None and not cleaned.get("confirm_site"):
            self.add_error(
                "programme",
                f"The latest symptom check recorded pain at the insertion: {refusal}. "
                "Choose another programme, or tick the box to prescribe it anyway.",
            )
        start = cleaned.get("start_date")
        if start is not None and self._is_long_ago(start) and not cleaned.get("confirm_start_date"):
            self.add_error("start_date", self._long_ago_error(start))
        refusal = self._age_refusal(bool(cleaned.get("confirm_adult")))
        if refusal:
            self.add_error("programme", refusal)
        return cleaned

    def _age_refusal(self, confirmed: bool) -> str | None:
        """Why no programme can be prescribed for this patient's age, if so. Every programme
        rests on adult evidence and the intended purpose is adults only: certainly under age is
        refused outright; possibly under age needs the clinician to confirm the patient is an
        adult (HAZ-12)."""
        age, adult = self.age, self.adult_age
        if age is None:
            return None
        said = f"Born {age.born}, the patient {age.age_words}"
        if age.standing is AgeStanding.UNDER_AGE:
            return (
                f"{said}. These programmes are for adults ({adult} and over) only, so none can "
                "be prescribed here: a clinician plans their care outside this service."
            )
        if age.standing is AgeStanding.MAY_BE_UNDER_AGE and not confirmed:
            return (
                f"{said}, and these programmes are for adults ({adult} and over) only. Check "
                f"their date of birth, then tick the box if they are {adult} or over."
            )
        return None

    def _long_ago_error(self, start: dt.date) -> str:
        return (
            f"The start date, {start.day} {start:%B %Y}, is {(self.today - start).days} days ago, "
            "and the patient's plan counts its weeks from it. Change the date, or tick the box "
            "to confirm it."
        )

    def _site_refusal(self) -> str | None:
        """The core's reason the chosen programme does not fit the recorded pain site."""
        chosen = load_programmes().get(str(self.data.get("programme", "")))
        if chosen is None:
            return None
        try:
            check_fits_site(chosen, has_insertional_pain=self.has_insertional_pain)
        except ValueError as error:
            return str(error)
        return None

    def save(self, patient: Patient, clinician: User) -> Prescription:
        """Deactivate the patient's active prescription and create this one; send the note."""
        data = self.cleaned_data
        with transaction.atomic():
            Prescription.objects.filter(patient=patient, active=True).update(active=False)
            prescription = Prescription.objects.create(
                patient=patient,
                programme=data["programme"],
                start_date=data["start_date"],
                starting_load_kg=data["starting_load_kg"],
                side=data["side"],
                prescribed_by=clinician,
                active=True,
            )
            if data["note"].strip():
                Message.objects.create(patient=patient, author=clinician, body=data["note"])
        return prescription


class TreatmentEpisodeForm(forms.Form):
    kind = forms.ChoiceField(
        label="Treatment",
        choices=[("", "Choose a treatment")]
        + [(kind.value, TREATMENT_NAMES[kind]) for kind in TreatmentKind],
        error_messages={"required": "Choose the treatment"},
    )
    side = _side_field("Side")
    start_date = _date_field("Start date", "start date")
    end_date = _date_field(
        "End date",
        "end date",
        required=False,
        help_text="Leave empty while the treatment goes on. For example, 14/03/2026",
    )
    outcome = forms.ChoiceField(
        label="Outcome",
        required=False,
        choices=[("", "Not known yet")]
        + [(outcome.value, OUTCOME_NAMES[outcome]) for outcome in TreatmentOutcome],
        widget=forms.RadioSelect,
    )
    notes = forms.CharField(
        label="Notes",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": "Notes must be 4000 characters or fewer"},
    )

    def __init__(
        self, *args: Any, today: dt.date, age: PatientAge | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.age = age

    def _check_past(self, day: dt.date, what: str) -> dt.date:
        if day > self.today:
            raise forms.ValidationError(
                f"The {what} cannot be in the future. Record a treatment once it has started, "
                "and leave the end date empty while it goes on."
            )
        if (self.today - day).days > HISTORY_YEARS * DAYS_PER_YEAR:
            raise forms.ValidationError(f"The {what} must be within the last {HISTORY_YEARS} years")
        # With only a year of birth on record, only a year before it is certainly wrong.
        if self.age is not None and day < self.age.earliest_birth:
            raise forms.ValidationError(
                f"The {what} is before the patient was born ({self.age.born}). Check the date."
            )
        return day

    def clean_start_date(self) -> dt.date:
        return self._check_past(self.cleaned_data["start_date"], "start date")

    def clean_end_date(self) -> dt.date | None:
        end: dt.date | None = self.cleaned_data.get("end_date")
        return None if end is None else self._check_past(end, "end date")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start is not None and end is not None and end < start:
            self.add_error("end_date", "The end date must be the same as or after the start date")
        # A resolved episode that still goes on would read to the core as pain that has gone,
        # and turn the pathway advice to self-care while the treatment continues.
        if (
            cleaned.get("outcome") == TreatmentOutcome.RESOLVED
            and end is None
            and "end_date" not in self.errors
        ):
            self.add_error(
                "end_date",
                "Give the end date: a treatment whose outcome is Resolved has ended. "
                "Or choose another outcome while it goes on.",
            )
        return cleaned

    @staticmethod
    def initial_from(episode: TreatmentEpisode) -> dict[str, Any]:
        """The form's starting values for changing `episode`."""
        return {name: getattr(episode, name) for name in EPISODE_FIELDS}

    def save(self, patient: Patient, clinician: User) -> TreatmentEpisode:
        values = {name: self.cleaned_data[name] for name in EPISODE_FIELDS}
        return TreatmentEpisode.objects.create(patient=patient, recorded_by=clinician, **values)

    def update(self, episode: TreatmentEpisode) -> None:
        """Save the changed values onto `episode` (who first recorded it stays)."""
        for name in EPISODE_FIELDS:
            setattr(episode, name, self.cleaned_data[name])
        episode.save(update_fields=list(EPISODE_FIELDS))


EPISODE_FIELDS = ("kind", "side", "start_date", "end_date", "outcome", "notes")
"""The fields of a TreatmentEpisode the form edits, by the same names."""


class VoidTreatmentForm(forms.Form):
    """Why an episode was entered in error; voiding keeps it, but nothing counts it any more."""

    reason = forms.CharField(
        label="Why was this episode entered in error?",
        max_length=VOID_REASON_MAX_CHARACTERS,
        help_text="For example, recorded on the wrong patient, or recorded twice.",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": "Say why this episode was entered in error",
            "max_length": (f"The reason must be {VOID_REASON_MAX_CHARACTERS} characters or fewer"),
        },
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        label="Your message",
        max_length=MESSAGE_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": "Write your message",
            "max_length": f"Your message must be {MESSAGE_MAX_CHARACTERS} characters or fewer",
        },
    )

    def save(self, patient: Patient, author: User) -> Message:
        return Message.objects.create(
            patient=patient, author=author, body=self.cleaned_data["body"]
        )


class WarningSignReviewForm(forms.Form):
    """Recording that every warning sign and antibiotic the patient reported was assessed.

    `seen` holds the time of the newest report the clinician was shown; the view refuses the
    record when a newer one has come in since, so nothing is let go unread.
    """

    note = forms.CharField(
        label="Note",
        required=False,
        max_length=REVIEW_NOTE_LENGTH,
        help_text="For example, who assessed them, what was found and what was advised",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": f"The note must be {REVIEW_NOTE_LENGTH} characters or fewer"},
    )
    seen = forms.CharField(widget=forms.HiddenInput, required=False)


class PatientDetailsForm(forms.Form):
    """The identifiers another service matches a letter to its records by. Both are optional:
    a clinic may not know them yet, and an empty box clears one recorded in error."""

    nhs_number = forms.CharField(
        label="NHS number",
        required=False,
        max_length=20,
        help_text="10 digits, for example 943 476 5919",
        widget=whole_number_input(),
        error_messages={"max_length": "Enter the NHS number as 10 digits"},
    )
    date_of_birth = _date_field(
        "Date of birth", "date of birth", required=False, help_text="For example, 14/03/1966"
    )

    def __init__(self, *args: Any, patient: Patient, today: dt.date, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {"nhs_number": patient.nhs_number_spaced, "date_of_birth": patient.date_of_birth},
        )
        super().__init__(*args, **kwargs)
        self.patient = patient
        self.today = today

    def clean_nhs_number(self) -> str:
        typed: str = self.cleaned_data["nhs_number"].strip()
        if not typed:
            return ""
        digits = standardise_format(typed)
        if not digits:
            raise forms.ValidationError(
                "Enter the NHS number as 10 digits, for example 943 476 5919"
            )
        if not is_valid(digits):
            raise forms.ValidationError(
                "This is not a valid NHS number: its last digit does not match the others. "
                "Check each digit"
            )
        others = Patient.objects.filter(
            clinic_id=self.patient.clinic_id, nhs_number=digits, deleted_at__isnull=True
        ).exclude(pk=self.patient.pk)
        if others.exists():
            raise forms.ValidationError("Another patient of this clinic has this NHS number")
        return digits

    def clean_date_of_birth(self) -> dt.date | None:
        born: dt.date | None = self.cleaned_data["date_of_birth"]
        if born is not None and born > self.today:
            raise forms.ValidationError("A date of birth cannot be in the future")
        if born is not None and born.year < EARLIEST_BIRTH_YEAR:
            raise forms.ValidationError(f"Enter a date of birth in {EARLIEST_BIRTH_YEAR} or later")
        return born

    def save(self) -> Patient:
        """Store the identifiers; a date of birth also sets the year of birth."""
        patient = self.patient
        patient.nhs_number = self.cleaned_data["nhs_number"]
        patient.date_of_birth = self.cleaned_data["date_of_birth"]
        if patient.date_of_birth is not None:
            patient.year_of_birth = patient.date_of_birth.year
        patient.save(update_fields=["nhs_number", "date_of_birth", "year_of_birth"])
        return patient
