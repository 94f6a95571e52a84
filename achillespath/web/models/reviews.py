"""A clinician's record that the warning signs a patient reported were assessed."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from achillespath.web.models.people import Patient

REVIEW_NOTE_LENGTH = 500


class WarningSignReview(models.Model):
    """Who recorded, and when, that every warning sign and fluoroquinolone the patient had
    reported up to `reviewed_at` was assessed. Reports saved later raise the flag again
    (achillespath.monitoring.standing); the review itself is never changed."""

    patient = models.ForeignKey(
        Patient, on_delete=models.CASCADE, related_name="warning_sign_reviews"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField()
    note = models.CharField(max_length=REVIEW_NOTE_LENGTH, blank=True)

    class Meta:
        ordering = ["-reviewed_at"]
        indexes = [
            models.Index(fields=["patient", "-reviewed_at"], name="review_patient_latest"),
        ]

    def __str__(self) -> str:
        return f"warning signs assessed {self.reviewed_at:%Y-%m-%d %H:%M}"
