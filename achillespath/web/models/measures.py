"""Outcome measures: VISA-A questionnaires and pain scores over time."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from achillespath.web.models.people import Patient


class VisaAResponse(models.Model):
    """One completed VISA-A (robinson-2001): `answers` as the core's measures module takes them,
    `total` its score from 0 (worst) to 100 (no symptoms), scored by the core."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="visa_a_responses")
    answers = models.JSONField()
    total = models.PositiveSmallIntegerField()
    taken_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-taken_on", "-created_at"]
        indexes = [models.Index(fields=["patient", "-taken_on"], name="visa_a_patient_latest")]
        constraints = [
            models.CheckConstraint(condition=Q(total__lte=100), name="visa_a_total_0_to_100"),
        ]

    def __str__(self) -> str:
        return f"VISA-A {self.total} on {self.taken_on}"


class PainContext(models.TextChoices):
    OVERALL = "overall", "Overall today"
    MORNING = "morning", "First thing in the morning"
    ACTIVITY = "activity", "During activity"
    REST = "rest", "At rest"


class PainRecord(models.Model):
    """A pain score on the 0-10 numeric rating scale (LOINC 72514-3), outside exercise logs."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="pain_records")
    date = models.DateField()
    score = models.PositiveSmallIntegerField()
    context = models.CharField(max_length=20, choices=PainContext.choices, default="overall")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        indexes = [models.Index(fields=["patient", "-date"], name="pain_patient_latest")]
        constraints = [
            models.CheckConstraint(condition=Q(score__lte=10), name="pain_score_0_to_10"),
        ]

    def __str__(self) -> str:
        return f"pain {self.score}/10 on {self.date}"
