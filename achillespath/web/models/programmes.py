"""A loading programme prescribed to a patient, and the daily log of doing it."""

from __future__ import annotations

from enum import StrEnum

from django.conf import settings
from django.db import models
from django.db.models import Q

from achillespath.exercise import load_programmes
from achillespath.web.models.people import Patient, Side

MAX_LOAD_KG = 300
MAX_SETS_PER_DAY = 60
MAX_STIFFNESS_MINUTES = 1440
NEW_MEDICINES_LENGTH = 500
"""The most characters of new medicines one daily log keeps, on the page and in the API alike:
a patient must be able to save again, unchanged, whatever was saved."""


class Programme(StrEnum):
    """Programme ids as the core's exercise module names them."""

    MIDPORTION = "midportion"
    INSERTIONAL = "insertional"
    SILBERNAGEL = "silbernagel"
    HSR = "hsr"


def programme_choices() -> list[tuple[str, str]]:
    """Each programme's id and the core's name for it, the one name every page and document
    shows. A callable, so the migrations refer to it instead of copying the names: renaming a
    programme in the core's programmes.toml needs no migration."""
    return [(programme.id, programme.name) for programme in load_programmes().values()]


class Prescription(models.Model):
    """The programme a clinician (or the symptom check's plan) chose, from `start_date`.
    `starting_load_kg` is added load in kilograms on top of body weight (0 = body weight only).
    At most one prescription per patient is active; changing programme deactivates the old one."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="prescriptions")
    programme = models.CharField(max_length=20, choices=programme_choices)
    start_date = models.DateField()
    starting_load_kg = models.FloatField(default=0)
    side = models.CharField(max_length=5, choices=Side.choices)
    prescribed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["patient"], condition=Q(active=True), name="one_active_prescription"
            ),
            models.CheckConstraint(
                condition=Q(starting_load_kg__gte=0, starting_load_kg__lte=MAX_LOAD_KG),
                name="prescription_load_0_to_300_kg",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_programme_display()} from {self.start_date}"


class ExerciseLog(models.Model):
    """One day's exercise, entered that day or back-filled. One per patient per date.

    Pain scores are 0-10 numeric ratings (0 none, 10 worst imaginable); the pain-monitoring
    model (silbernagel-2007) reads `pain_during`, `next_morning_pain` and
    `morning_stiffness_minutes`. `new_medicines` is free text the caseload screens for
    fluoroquinolones (mhra-fluoroquinolones-2019).

    `warning_signs` holds the ids of the daily log's warning signs ticked for the date
    (achillespath.web.daily_log.WARNING_SIGNS), comma-separated, so the clinician sees which
    one it was. `red_flag_reported` says whether any was; logs saved before the ids were kept
    have the flag and no ids, and are shown as "a warning sign".

    `signs_reported_at` is when the latest save that ticked a sign not yet stored for the date
    was made, and `medicines_reported_at` when `new_medicines` was last saved with new words:
    a report stands from then until it is assessed (achillespath.monitoring.standing), so a
    sign back-filled for an earlier day counts from the day it was told. Empty on logs saved
    before these were kept, which count from `created_at`.
    """

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="exercise_logs")
    prescription = models.ForeignKey(
        Prescription, on_delete=models.SET_NULL, null=True, blank=True, related_name="logs"
    )
    date = models.DateField()
    sets_done = models.PositiveSmallIntegerField()
    load_kg = models.FloatField(default=0)
    pain_during = models.PositiveSmallIntegerField()
    next_morning_pain = models.PositiveSmallIntegerField(null=True, blank=True)
    morning_stiffness_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    red_flag_reported = models.BooleanField(default=False)
    # A database default too, so a row written by code that predates the column (during a
    # deploy, or plain SQL naming columns) stores "no sign named" rather than failing.
    warning_signs = models.CharField(max_length=200, blank=True, default="", db_default="")
    new_medicines = models.CharField(max_length=NEW_MEDICINES_LENGTH, blank=True)
    signs_reported_at = models.DateTimeField(null=True, blank=True)
    medicines_reported_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date"]
        constraints = [
            # Also the index for "this patient's logs by date" and "days since the last log".
            models.UniqueConstraint(fields=["patient", "date"], name="one_log_per_patient_per_day"),
            models.CheckConstraint(
                condition=Q(sets_done__lte=MAX_SETS_PER_DAY), name="log_sets_0_to_60"
            ),
            models.CheckConstraint(
                condition=Q(load_kg__gte=0, load_kg__lte=MAX_LOAD_KG), name="log_load_0_to_300_kg"
            ),
            models.CheckConstraint(
                condition=Q(pain_during__lte=10), name="log_pain_during_0_to_10"
            ),
            models.CheckConstraint(
                condition=Q(next_morning_pain__isnull=True) | Q(next_morning_pain__lte=10),
                name="log_next_morning_pain_0_to_10",
            ),
            models.CheckConstraint(
                condition=Q(morning_stiffness_minutes__isnull=True)
                | Q(morning_stiffness_minutes__lte=MAX_STIFFNESS_MINUTES),
                name="log_stiffness_0_to_1440_minutes",
            ),
        ]

    def __str__(self) -> str:
        return f"log {self.date}"
