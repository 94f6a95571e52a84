"""Treatment episodes: what was tried, on which side, when, and how it went.

An episode entered in error is voided, not deleted: the row stays with who voided it, when and
why, but `TreatmentEpisode.objects` (the default manager, and so every patient's
`treatment_episodes`) no longer returns it. Everything that reads episodes (the pathway advice,
the timeline, the letters, the API, the patient's own record) goes through that manager, so
this is the one place a voided episode is left out. `TreatmentEpisode.with_voided` returns
every row, for erasing a record.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.web.models.people import Patient, Side, User


class InForceManager(models.Manager["TreatmentEpisode"]):
    """The episodes that stand: not voided as entered in error."""

    def get_queryset(self) -> models.QuerySet[TreatmentEpisode]:
        return super().get_queryset().filter(voided_at__isnull=True)


class TreatmentEpisode(models.Model):
    """One episode of a treatment (the core's TreatmentKind), from `start_date` to `end_date`
    (empty while ongoing), with its outcome once known."""

    patient = models.ForeignKey(
        Patient, on_delete=models.CASCADE, related_name="treatment_episodes"
    )
    kind = models.CharField(
        max_length=40, choices=[(kind.value, kind.value) for kind in TreatmentKind]
    )
    side = models.CharField(max_length=5, choices=Side.choices)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    outcome = models.CharField(
        max_length=20,
        choices=[(outcome.value, outcome.value) for outcome in TreatmentOutcome],
        blank=True,
    )
    notes = models.TextField(max_length=4000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    voided_at = models.DateTimeField(null=True, blank=True)
    voided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    void_reason = models.TextField(max_length=1000, blank=True)

    # The first manager is the default one, used by related lookups too.
    objects: ClassVar[InForceManager] = InForceManager()
    with_voided: ClassVar[models.Manager[TreatmentEpisode]] = models.Manager()

    class Meta:
        ordering = ["-start_date"]
        indexes = [models.Index(fields=["patient", "-start_date"], name="treatment_patient_latest")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="treatment_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} ({self.side}) from {self.start_date}"

    def void(self, *, by: User, reason: str, at: dt.datetime) -> None:
        """Mark the episode as entered in error, keeping the row."""
        self.voided_at, self.voided_by, self.void_reason = at, by, reason
        self.save(update_fields=["voided_at", "voided_by", "void_reason"])
