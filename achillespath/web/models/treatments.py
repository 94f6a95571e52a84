"""Treatment episodes: what was tried, on which side, when, and how it went."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.web.models.people import Patient, Side


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
