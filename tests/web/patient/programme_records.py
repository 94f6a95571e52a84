"""Builders for the plan, daily-log, VISA-A and progress tests. Import as
`web.patient.programme_records`. Dates count back from today in the site's time zone."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.web.models import (
    Assessment,
    ExerciseLog,
    Patient,
    Prescription,
    VisaAResponse,
)

LOG_URL = "/log/"
PLAN_URL = "/plan/"
VISA_A_URL = "/visa-a/"
PROGRESS_URL = "/progress/"

# Every answer on a VISA-A with a known total: 7 + 6 + 5 + 4 + 3 + 2 + 4 + (B, 11-20 min = 10) = 41
VISA_A_41: dict[str, str] = {
    "q1": "7",
    "q2": "6",
    "q3": "5",
    "q4": "4",
    "q5": "3",
    "q6": "2",
    "q7": "4",
    "q8_branch": "B",
    "q8_band": "2",
    "pain": "4",
}


def today() -> date:
    return timezone.localdate()


def days_ago(days: int) -> date:
    return today() - timedelta(days=days)


def prescribe(
    patient: Patient, programme: str = "midportion", started_days_ago: int = 10, load: float = 0
) -> Prescription:
    return Prescription.objects.create(
        patient=patient,
        programme=programme,
        start_date=days_ago(started_days_ago),
        starting_load_kg=load,
        side="right",
    )


def add_log(patient: Patient, days: int, pain: int = 2, **fields: Any) -> ExerciseLog:
    values: dict[str, Any] = {"sets_done": 3, "load_kg": 0.0, "pain_during": pain, **fields}
    return ExerciseLog.objects.create(patient=patient, date=days_ago(days), **values)


def add_visa_a(patient: Patient, days: int, total: int) -> VisaAResponse:
    answers = {
        "q1": 10, "q2": 10, "q3": 10, "q4": 10, "q5": 10, "q6": 10, "q7": 10,
        "q8": {"branch": "A", "points": 30},
    }  # fmt: skip
    return VisaAResponse.objects.create(
        patient=patient, answers=answers, total=total, taken_on=days_ago(days)
    )


def add_assessment(patient: Patient, **answers: Any) -> Assessment:
    intake = Intake(**answers)
    result = assess(intake)
    return Assessment.objects.create(
        patient=patient,
        intake=intake.model_dump(mode="json"),
        result=result.model_dump(mode="json"),
        disposition=result.disposition.value,
        pathway_version=result.pathway_version,
    )


def log_form(day: date | None = None, **fields: str | list[str]) -> dict[str, Any]:
    """A daily-log POST: a settled session, changed by `fields`."""
    data: dict[str, Any] = {
        "date": (day or today()).isoformat(),
        "sets_done": "3",
        "load_kg": "0",
        "pain_during": "2",
        "morning_pain": "",
        "morning_stiffness_minutes": "",
        "new_medicines": "",
    }
    return {**data, **fields}


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()
