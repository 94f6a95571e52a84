"""Builders for a patient's record in clinician tests. Import as `web.clinician.records`."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.web.models import Assessment, ExerciseLog, Patient, Prescription, VisaAResponse

# Sam: an adult with 20 weeks of midportion pain, every red-flag question answered no.
SAM_INTAKE: dict[str, Any] = {
    "age": 45,
    "onset": "gradual",
    "heard_snap": False,
    "can_bear_weight": True,
    "fever": False,
    "hot_red_swelling": False,
    "calf_swelling": False,
    "breathless_or_chest_pain": False,
    "symptom_weeks": 20,
    "pain_site": ["midportion"],
    "pain_score": 5,
    "medications": [],
}


def today() -> date:
    return timezone.localdate()


def days_ago(days: int) -> date:
    return today() - timedelta(days=days)


def save_check(patient: Patient, **changes: Any) -> Assessment:
    """A symptom check saved on the record: Sam's answers with `changes`, assessed by the core."""
    intake = Intake.model_validate({**SAM_INTAKE, **changes})
    result = assess(intake)
    return Assessment.objects.create(
        patient=patient,
        intake=intake.model_dump(mode="json"),
        result=result.model_dump(mode="json"),
        disposition=result.disposition.value,
        pathway_version=result.pathway_version,
    )


def prescribe(
    patient: Patient, programme: str = "midportion", started_days_ago: int = 14, **fields: Any
) -> Prescription:
    return Prescription.objects.create(
        patient=patient,
        programme=programme,
        start_date=days_ago(started_days_ago),
        side=fields.pop("side", "right"),
        **fields,
    )


def log(patient: Patient, days: int, pain: int = 2, **fields: Any) -> ExerciseLog:
    return ExerciseLog.objects.create(
        patient=patient, date=days_ago(days), sets_done=6, pain_during=pain, **fields
    )


def steady_logs(patient: Patient, days: range) -> None:
    """A log on each of `days` (days ago) with low, settled pain: no flag from the logs."""
    ExerciseLog.objects.bulk_create(
        ExerciseLog(
            patient=patient,
            date=days_ago(day),
            sets_done=6,
            pain_during=2,
            next_morning_pain=1,
            morning_stiffness_minutes=5,
        )
        for day in days
    )


def visa_a(patient: Patient, days: int, total: int) -> VisaAResponse:
    """A VISA-A total on the record (the answers are not read by these pages)."""
    return VisaAResponse.objects.create(
        patient=patient, answers={}, total=total, taken_on=days_ago(days)
    )
