"""A symptom check: what the person answered and what the core decided, as stored JSON."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from achillespath.result import Disposition
from achillespath.web.models.people import Patient


class Assessment(models.Model):
    """One run of the core's assessment.

    `intake` is `Intake.model_dump(mode="json")`, `result` is `AssessmentResult.model_dump(
    mode="json")`; `disposition` and `pathway_version` are copied out of the result so the
    caseload can filter without parsing JSON. `patient` is empty for an anonymous check.
    """

    patient = models.ForeignKey(
        Patient, on_delete=models.CASCADE, null=True, blank=True, related_name="assessments"
    )
    intake = models.JSONField()
    result = models.JSONField()
    disposition = models.CharField(
        max_length=20, choices=[(item.value, item.value) for item in Disposition]
    )
    pathway_version = models.CharField(max_length=40)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["patient", "-created_at"], name="assessment_patient_latest")
        ]

    def __str__(self) -> str:
        return f"{self.disposition} assessment {self.created_at:%Y-%m-%d}"
