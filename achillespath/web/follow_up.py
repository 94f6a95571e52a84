"""A patient's record as the core's plain follow-up values: the one place the web does this.

The caseload, the patient's progress page, the API and the referral letter all read a record
through here, so they all see the same logs, scores and reports. `follow_ups_for` reads a
whole caseload in a fixed number of queries, however many patients it holds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.flags import (
    FollowUp,
    MedicineReport,
    VisaARecord,
    WarningSignReport,
)
from achillespath.monitoring.pause import ExercisePause, exercise_pause
from achillespath.pathway.definition import load_pathway
from achillespath.result import Disposition
from achillespath.web import sql
from achillespath.web.daily_log import warning_sign_labels
from achillespath.web.models import Assessment, ExerciseLog, Patient, Prescription, VisaAResponse

__all__ = ["exercise_pause_for", "follow_up_for", "follow_ups_for", "session_logs_for"]

_LOG_FIELDS = (
    "patient_id",
    "date",
    "sets_done",
    "load_kg",
    "pain_during",
    "next_morning_pain",
    "morning_stiffness_minutes",
    "red_flag_reported",
    "warning_signs",
    "new_medicines",
)
_ALARMING = (Disposition.URGENT.value, Disposition.EMERGENCY.value)


class _Gathered:
    """Rows for several patients, grouped by patient id."""

    def __init__(self, patient_ids: list[int]) -> None:
        self.starts: dict[int, dt.date] = dict(
            Prescription.objects.filter(patient_id__in=patient_ids, active=True).values_list(
                "patient_id", "start_date"
            )
        )
        self.logs: defaultdict[int, list[Any]] = defaultdict(list)
        for row in ExerciseLog.objects.filter(patient_id__in=patient_ids).values_list(
            *_LOG_FIELDS, named=True
        ):
            self.logs[row.patient_id].append(row)
        self.scores: defaultdict[int, list[VisaARecord]] = defaultdict(list)
        for patient_id, taken_on, total in VisaAResponse.objects.filter(
            patient_id__in=patient_ids
        ).values_list("patient_id", "taken_on", "total"):
            self.scores[patient_id].append(VisaARecord(taken_on=taken_on, total=total))
        self.alarms: defaultdict[int, list[dt.date]] = defaultdict(list)
        for patient_id, created_at in Assessment.objects.filter(
            patient_id__in=patient_ids, disposition__in=_ALARMING
        ).values_list("patient_id", "created_at"):
            self.alarms[patient_id].append(created_at.date())

    def follow_up(self, patient: Patient) -> FollowUp:
        rows = self.logs[patient.pk]
        clinic = patient.clinic
        return FollowUp(
            programme_start=self.starts.get(patient.pk),
            logs=tuple(_session_log(row) for row in rows),
            red_flag_reports=tuple(
                [row.date for row in rows if row.red_flag_reported] + self.alarms[patient.pk]
            ),
            warning_signs=tuple(
                WarningSignReport(
                    reported_on=row.date, signs=warning_sign_labels(row.warning_signs)
                )
                for row in rows
                if row.warning_signs
            ),
            medicine_reports=tuple(
                MedicineReport(reported_on=row.date, text=row.new_medicines)
                for row in rows
                if row.new_medicines
            ),
            visa_a=tuple(self.scores[patient.pk]),
            visa_a_interval_weeks=clinic.visa_a_interval_weeks,
            visa_a_fixed_weeks=tuple(clinic.follow_up_weeks),
            mcid=clinic.visa_a_mcid,
        )


def _session_log(row: Any) -> SessionLog:
    # The database constraints already hold these to the core's ranges, so skip re-validation.
    return SessionLog.model_construct(
        date=row.date,
        sets_done=row.sets_done,
        load_kg=row.load_kg,
        pain_during=row.pain_during,
        next_morning_pain=row.next_morning_pain,
        morning_stiffness_minutes=row.morning_stiffness_minutes,
    )


def follow_up_for(patient: Patient) -> FollowUp:
    """One patient's follow-up values (four queries)."""
    return _Gathered([patient.pk]).follow_up(patient)


def follow_ups_for(patients: Iterable[Patient]) -> dict[int, FollowUp]:
    """Follow-up values for many patients by id, in a fixed number of queries.

    Pass patients with their clinic selected (``select_related("clinic")``) to keep it fixed.
    """
    chosen = list(patients)
    gathered = _Gathered([patient.pk for patient in chosen])
    return {patient.pk: gathered.follow_up(patient) for patient in chosen}


def session_logs_for(patient: Patient) -> tuple[SessionLog, ...]:
    """The patient's exercise logs as the core's session logs (one query)."""
    rows = ExerciseLog.objects.filter(patient=patient).values_list(*_LOG_FIELDS, named=True)
    return tuple(_session_log(row) for row in rows)


def exercise_pause_for(patient: Patient, today: dt.date) -> ExercisePause | None:
    """Whether the core pauses this patient's exercises today, and why (two statements).

    The pause reads only the latest symptom check and what recent logs reported, so only
    those are fetched, in plain SQL: this runs on every daily log (achillespath.web.sql).
    """
    since = today - dt.timedelta(days=load_pathway().monitoring.recent_report_days)
    rows = sql.fetch_all(_recent_reports_statement(), [patient.pk, since, today])
    reported = FollowUp(
        red_flag_reports=tuple(day for day, red_flag, _ in rows if red_flag),
        medicine_reports=tuple(
            MedicineReport(reported_on=day, text=medicines)
            for day, _, medicines in rows
            if medicines
        ),
    )
    latest = sql.fetch_one(_latest_disposition_statement(), [patient.pk])
    disposition = Disposition(latest[0]) if latest and latest[0] else None
    return exercise_pause(reported, disposition, today)


@cache
def _recent_reports_statement() -> str:
    reported = sql.columns(ExerciseLog, ("date", "red_flag_reported", "new_medicines"))
    return (
        f"SELECT {reported} FROM {sql.table(ExerciseLog)} "
        "WHERE patient_id = %s AND date BETWEEN %s AND %s"
    )


@cache
def _latest_disposition_statement() -> str:
    return (
        f"SELECT disposition FROM {sql.table(Assessment)} WHERE patient_id = %s "
        "ORDER BY created_at DESC, id DESC LIMIT 1"
    )
