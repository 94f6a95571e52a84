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

from django.db.models import Max
from django.utils import timezone

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.labels import red_flag_with_condition
from achillespath.monitoring.follow_up import (
    FollowUp,
    MedicineReport,
    SymptomCheck,
    TreatmentRecord,
    VisaARecord,
    WarningSignReport,
)
from achillespath.monitoring.pause import ExercisePause, exercise_pause
from achillespath.result import Disposition
from achillespath.web import sql
from achillespath.web.access import clinics_looking_after, is_looked_after_by_a_clinic
from achillespath.web.daily_log import signs_disposition, warning_sign_labels
from achillespath.web.models import (
    Assessment,
    ExerciseLog,
    Patient,
    Prescription,
    TreatmentEpisode,
    VisaAResponse,
    WarningSignReview,
)

__all__ = [
    "exercise_pause_for",
    "follow_up_for",
    "follow_ups_for",
    "reported_follow_up",
    "session_logs_for",
    "treatment_record",
]

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
    "signs_reported_at",
    "medicines_reported_at",
    "created_at",
)
# In the models' order of fields: `sql.from_row` fills a model's fields in that order.
_CHECK_FIELDS = ("disposition", "created_at")
_REPORT_FIELDS = (
    "date",
    "red_flag_reported",
    "warning_signs",
    "new_medicines",
    "signs_reported_at",
    "medicines_reported_at",
    "created_at",
)


class _Gathered:
    """Rows for several patients, grouped by patient id."""

    def __init__(self, patients: list[Patient]) -> None:
        patient_ids = [patient.pk for patient in patients]
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
        self.checks: defaultdict[int, list[SymptomCheck]] = defaultdict(list)
        for patient_id, created_at, disposition, result in Assessment.objects.filter(
            patient_id__in=patient_ids
        ).values_list("patient_id", "created_at", "disposition", "result"):
            self.checks[patient_id].append(
                _symptom_check(created_at, disposition, _red_flags_named(result))
            )
        self.reviewed: dict[int, dt.datetime] = dict(
            WarningSignReview.objects.filter(patient_id__in=patient_ids)
            .values("patient_id")
            .annotate(latest=Max("reviewed_at"))
            .values_list("patient_id", "latest")
        )
        self.looked_after = clinics_looking_after({patient.clinic_id for patient in patients})
        self.treatments: defaultdict[int, list[TreatmentRecord]] = defaultdict(list)
        # The order the pathway advice lists them in: by start date, then as recorded.
        for episode in TreatmentEpisode.objects.filter(patient_id__in=patient_ids).order_by(
            "start_date", "pk"
        ):
            self.treatments[episode.patient_id].append(treatment_record(episode))

    def follow_up(self, patient: Patient) -> FollowUp:
        rows = self.logs[patient.pk]
        clinic = patient.clinic
        reviewed = self.reviewed.get(patient.pk)
        return FollowUp(
            programme_start=self.starts.get(patient.pk),
            logs=tuple(_session_log(row) for row in rows),
            warning_signs=_warning_signs(rows),
            medicine_reports=_medicine_reports(rows),
            symptom_checks=tuple(self.checks[patient.pk]),
            reviewed_at=timezone.localtime(reviewed) if reviewed else None,
            is_looked_after=patient.clinic_id in self.looked_after,
            visa_a=tuple(self.scores[patient.pk]),
            visa_a_interval_weeks=clinic.visa_a_interval_weeks,
            visa_a_fixed_weeks=tuple(clinic.follow_up_weeks),
            mcid=clinic.visa_a_mcid,
            treatments=tuple(self.treatments[patient.pk]),
        )


def treatment_record(episode: TreatmentEpisode) -> TreatmentRecord:
    """A recorded treatment episode as the core's plain values."""
    return TreatmentRecord(
        kind=TreatmentKind(episode.kind),
        start_date=episode.start_date,
        end_date=episode.end_date,
        outcome=TreatmentOutcome(episode.outcome) if episode.outcome else None,
    )


def _warning_signs(rows: Iterable[Any]) -> tuple[WarningSignReport, ...]:
    """Each log's warning signs, counted from when they were reported (a log saved before
    that time was kept counts from when it was first saved)."""
    reports = []
    for row in rows:
        if not (row.red_flag_reported or row.warning_signs):
            continue
        signs = warning_sign_labels(row.warning_signs)
        reports.append(
            WarningSignReport(
                reported_on=row.date,
                reported_at=timezone.localtime(row.signs_reported_at or row.created_at),
                signs=signs,
                disposition=signs_disposition(signs),
            )
        )
    return tuple(reports)


def _medicine_reports(rows: Iterable[Any]) -> tuple[MedicineReport, ...]:
    return tuple(
        MedicineReport(
            reported_on=row.date,
            reported_at=timezone.localtime(row.medicines_reported_at or row.created_at),
            text=row.new_medicines,
        )
        for row in rows
        if row.new_medicines
    )


def _symptom_check(
    saved_at: dt.datetime, disposition: str, red_flags: tuple[str, ...] = ()
) -> SymptomCheck:
    return SymptomCheck(
        saved_at=timezone.localtime(saved_at),
        disposition=Disposition(disposition),
        red_flags=red_flags,
    )


def _red_flags_named(result: Any) -> tuple[str, ...]:
    """The red flags a stored result raised, each with what it may mean (none for a result
    that does not list them: the flag then says "a warning sign")."""
    raised = result.get("red_flags") if isinstance(result, dict) else None
    if not isinstance(raised, list):
        return ()
    return tuple(red_flag_with_condition(str(flag_id)) for flag_id in raised)


def _session_log(row: Any) -> SessionLog:
    # The database constraints already hold these to the core's ranges, so skip re-validation.
    return SessionLog.model_construct(
        date=row.date,
        sets_done=row.sets_done,
        load_kg=row.load_kg,
        pain_during=row.pain_during,
        next_morning_pain=row.next_morning_pain,
        morning_stiffness_minutes=row.morning_stiffness_minutes,
        reported_sign_or_medicine=row.red_flag_reported or bool(row.new_medicines),
    )


def follow_up_for(patient: Patient) -> FollowUp:
    """One patient's follow-up values (seven queries)."""
    return _Gathered([patient]).follow_up(patient)


def follow_ups_for(patients: Iterable[Patient]) -> dict[int, FollowUp]:
    """Follow-up values for many patients by id, in a fixed number of queries.

    Pass patients with their clinic selected (``select_related("clinic")``) to keep it fixed.
    """
    chosen = list(patients)
    gathered = _Gathered(chosen)
    return {patient.pk: gathered.follow_up(patient) for patient in chosen}


def session_logs_for(patient: Patient) -> tuple[SessionLog, ...]:
    """The patient's exercise logs as the core's session logs (one query)."""
    rows = ExerciseLog.objects.filter(patient=patient).values_list(*_LOG_FIELDS, named=True)
    return tuple(_session_log(row) for row in rows)


def exercise_pause_for(patient: Patient, today: dt.date) -> ExercisePause | None:
    """Whether the core pauses this patient's exercises today, and why (three statements, or
    four when a log reported something)."""
    return exercise_pause(reported_follow_up(patient), today)


def reported_follow_up(patient: Patient) -> FollowUp:
    """Only what decides which reports stand: the logs that reported a warning sign or a
    medicine, the symptom checks (without naming their red flags, which decide nothing) and
    the latest review, read in plain SQL, as this runs on every daily log
    (achillespath.web.sql); whether a clinic looks after the patient is read only when a log
    or an urgent check reported something, as only such a report depends on it."""
    rows = [
        sql.from_row(ExerciseLog, _REPORT_FIELDS, row)
        for row in sql.fetch_all(_reports_statement(), [patient.pk])
    ]
    checks = [
        _symptom_check(check.created_at, check.disposition)
        for check in (
            sql.from_row(Assessment, _CHECK_FIELDS, row)
            for row in sql.fetch_all(_checks_statement(), [patient.pk])
        )
    ]
    review = sql.fetch_one(_review_statement(), [patient.pk])
    reviewed = sql.from_row(WarningSignReview, ("reviewed_at",), review) if review else None
    return FollowUp(
        warning_signs=_warning_signs(rows),
        medicine_reports=_medicine_reports(rows),
        symptom_checks=tuple(checks),
        reviewed_at=timezone.localtime(reviewed.reviewed_at) if reviewed else None,
        is_looked_after=(
            is_looked_after_by_a_clinic(patient)
            if rows or any(check.is_alarming for check in checks)
            else True
        ),
    )


@cache
def _reports_statement() -> str:
    red_flag, medicines = (
        sql.columns(ExerciseLog, [name]) for name in ("red_flag_reported", "new_medicines")
    )
    return (
        f"SELECT {sql.columns(ExerciseLog, _REPORT_FIELDS)} FROM {sql.table(ExerciseLog)} "
        f"WHERE patient_id = %s AND ({red_flag} OR {medicines} <> '')"
    )


@cache
def _checks_statement() -> str:
    fields = sql.columns(Assessment, _CHECK_FIELDS)
    return f"SELECT {fields} FROM {sql.table(Assessment)} WHERE patient_id = %s"


@cache
def _review_statement() -> str:
    reviewed = sql.columns(WarningSignReview, ["reviewed_at"])
    return (
        f"SELECT {reviewed} FROM {sql.table(WarningSignReview)} WHERE patient_id = %s "
        f"ORDER BY {reviewed} DESC LIMIT 1"
    )
