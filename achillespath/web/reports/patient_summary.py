"""Everything held about one patient, for that patient: as JSON and as a readable PDF summary.

Both downloads come from one gathering of the record (`gather_record`), so they always hold
the same data: the profile, symptom checks, prescriptions (with what each changed), exercise
logs, the records that reported warning signs were assessed, VISA-A questionnaires, pain scores,
treatments, messages and the Learn feedback the person gave.
Names of clinic staff are left out of the JSON rows (they are the staff's data, not the
patient's); messages say whether the patient wrote them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model

from achillespath.interview import load_interview
from achillespath.knowledge.content import UnknownContentItemError, get_item
from achillespath.labels import disposition_words, label
from achillespath.result import Disposition
from achillespath.web.access import is_looked_after_by_a_clinic
from achillespath.web.daily_log import warning_sign_labels
from achillespath.web.models import (
    Assessment,
    ContentFeedback,
    ExerciseLog,
    Message,
    PainRecord,
    Patient,
    Prescription,
    TreatmentEpisode,
    User,
    VisaAResponse,
    WarningSignReview,
)
from achillespath.web.reports.pdf import render_pdf

__all__ = [
    "TEMPLATE",
    "PatientRecord",
    "export_filename",
    "gather_record",
    "record_as_json",
    "record_json_bytes",
    "record_started",
    "summary_pdf",
]

TEMPLATE = "reports/patient_summary.html"


@dataclass(frozen=True)
class PatientRecord:
    """One patient's record, every part of it, newest first within each part (messages in
    conversation order)."""

    patient: Patient
    account: User
    assessments: tuple[Assessment, ...]
    prescriptions: tuple[Prescription, ...]
    exercise_logs: tuple[ExerciseLog, ...]
    reviews: tuple[WarningSignReview, ...]
    visa_a: tuple[VisaAResponse, ...]
    pain_records: tuple[PainRecord, ...]
    treatments: tuple[TreatmentEpisode, ...]
    messages: tuple[Message, ...]
    feedback: tuple[ContentFeedback, ...]


def gather_record(patient: Patient, account: User) -> PatientRecord:
    """Read the whole record: one query per part, whatever its size."""
    return PatientRecord(
        patient=patient,
        account=account,
        assessments=tuple(patient.assessments.all()),
        prescriptions=tuple(patient.prescriptions.all()),
        exercise_logs=tuple(patient.exercise_logs.all()),
        reviews=tuple(patient.warning_sign_reviews.all()),
        visa_a=tuple(patient.visa_a_responses.all()),
        pain_records=tuple(patient.pain_records.all()),
        treatments=tuple(patient.treatment_episodes.all()),
        messages=tuple(patient.messages.all()),
        feedback=tuple(ContentFeedback.objects.filter(user=account)),
    )


def _row(obj: Model) -> dict[str, Any]:
    """A stored row's own values; links to other rows (the patient, staff accounts) left out."""
    return {
        field.name: field.value_from_object(obj)
        for field in obj._meta.concrete_fields
        if not field.is_relation
    }


def record_as_json(record: PatientRecord, exported_at: dt.datetime) -> dict[str, Any]:
    """The record as plain JSON-ready values (dates stay date objects until encoded)."""
    patient = record.patient
    changes = programme_changes(record.prescriptions)
    return {
        "exported_at": exported_at,
        "profile": {
            "name": patient.display_name,
            "email": record.account.email,
            "clinic": patient.clinic.name,
            "nhs_number": patient.nhs_number,
            "date_of_birth": patient.date_of_birth,
            "year_of_birth": patient.year_of_birth,
            "side": patient.side,
            "record_created_at": patient.created_at,
            "account_created_at": record.account.date_joined,
        },
        "assessments": [_row(item) for item in record.assessments],
        "prescriptions": [
            {**_row(item), "changes": list(changes[item.pk])} for item in record.prescriptions
        ],
        "exercise_logs": [_row(item) for item in record.exercise_logs],
        "warning_sign_reviews": [_row(item) for item in record.reviews],
        "visa_a": [_row(item) for item in record.visa_a],
        "pain_records": [_row(item) for item in record.pain_records],
        "treatments": [_row(item) for item in record.treatments],
        "messages": [
            {**_row(item), "from_you": item.author_id == record.account.pk}
            for item in record.messages
        ],
        "content_feedback": [_row(item) for item in record.feedback],
    }


def record_json_bytes(record: PatientRecord, exported_at: dt.datetime) -> bytes:
    """The JSON download: UTF-8, indented so a person can read it in a text editor."""
    data = record_as_json(record, exported_at)
    return json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False).encode()


def export_filename(kind: str, on: dt.date) -> str:
    """e.g. achillespath-my-data-2026-11-21.json."""
    return f"achillespath-my-data-{on.isoformat()}.{kind}"


@dataclass(frozen=True)
class CheckSummary:
    """One symptom check as the summary lists it."""

    at: dt.datetime
    headline: str
    conditions: tuple[str, ...]


def _check_summary(assessment: Assessment) -> CheckSummary:
    conditions = (
        assessment.result.get("conditions", []) if isinstance(assessment.result, dict) else []
    )
    return CheckSummary(
        at=assessment.created_at,
        headline=disposition_words(Disposition(assessment.disposition)).headline,
        conditions=tuple(label("conditions", str(condition)) for condition in conditions),
    )


@cache
def _treatment_words() -> dict[str, str]:
    """Treatment kinds and outcomes in the words the symptom check asks about them."""
    question = next(q for q in load_interview().questions if q.kind == "treatments")
    return {choice.value: choice.label for choice in (*question.choices, *question.outcomes)}


@dataclass(frozen=True)
class TreatmentSummary:
    """One treatment episode in words."""

    kind: str
    side: str
    start_date: dt.date
    end_date: dt.date | None
    outcome: str


def _treatment_summary(episode: TreatmentEpisode) -> TreatmentSummary:
    words = _treatment_words()
    return TreatmentSummary(
        kind=words.get(episode.kind, episode.kind),
        side=episode.get_side_display(),
        start_date=episode.start_date,
        end_date=episode.end_date,
        outcome=words.get(episode.outcome, "not recorded") if episode.outcome else "not recorded",
    )


def _change_words(earlier: Prescription | None, later: Prescription) -> tuple[str, ...]:
    if earlier is None:
        return ("First programme",)
    load = f"{later.starting_load_kg:g} kg" if later.starting_load_kg else "body weight only"
    changed = (
        (earlier.programme != later.programme, f"Programme was {earlier.get_programme_display()}"),
        (
            earlier.start_date != later.start_date,
            f"Restarted: it had started on {earlier.start_date.day} {earlier.start_date:%b %Y}",
        ),
        (earlier.side != later.side, f"Side was {earlier.get_side_display().lower()}"),
        (True, f"Extra weight from the next session: {load}"),
    )
    return tuple(words for is_changed, words in changed if is_changed)


def programme_changes(prescriptions: Sequence[Prescription]) -> dict[int, tuple[str, ...]]:
    """What each saving of a programme changed from the one it replaced, by prescription id.

    A clinician's change saves a new prescription, often with the same programme, start and
    side: without this two rows would look identical. Each change sets the extra weight the
    next session starts from, so that is always said."""
    saved = sorted(prescriptions, key=lambda item: (item.created_at, item.pk))
    return {
        later.pk: _change_words(earlier, later)
        for earlier, later in zip([None, *saved], saved, strict=False)
    }


class _Saved(Protocol):
    """Any stored entry: each keeps when it was saved."""

    @property
    def created_at(self) -> dt.datetime: ...


def record_started(record: PatientRecord) -> dt.datetime:
    """When the first part of the record was saved: the account, the patient record or the
    earliest entry in it, whichever came first.

    The saving times, not the dates entries are about: a treatment from years ago, told in the
    symptom check, does not make the record that old.
    """
    parts: tuple[Sequence[_Saved], ...] = (
        record.assessments,
        record.prescriptions,
        record.exercise_logs,
        record.visa_a,
        record.pain_records,
        record.treatments,
        record.messages,
        record.feedback,
    )
    saved = (entry.created_at for part in parts for entry in part)
    return min(record.patient.created_at, record.account.date_joined, *saved)


@dataclass(frozen=True)
class LogSummary:
    """One daily log with the words for the warning signs ticked in it (the daily log's own
    labels; none for a log saved before the signs were kept, or with none ticked)."""

    log: ExerciseLog
    warning_signs: tuple[str, ...]


def _log_summary(log: ExerciseLog) -> LogSummary:
    return LogSummary(log=log, warning_signs=warning_sign_labels(log.warning_signs))


def _item_title(item_id: str) -> str:
    try:
        return get_item(item_id).title
    except UnknownContentItemError:
        return item_id


def summary_pdf(record: PatientRecord, generated_at: dt.datetime) -> bytes:
    """The readable summary of the record, as PDF."""
    changes = programme_changes(record.prescriptions)
    context = {
        "record": record,
        "generated_at": generated_at,
        "record_started": record_started(record),
        "checks": [_check_summary(item) for item in record.assessments],
        "logs": [_log_summary(item) for item in record.exercise_logs],
        "programmes": [(item, changes[item.pk]) for item in record.prescriptions],
        "treatments": [_treatment_summary(item) for item in record.treatments],
        "feedback": [(_item_title(item.item_id), item) for item in record.feedback],
        # Without a clinic there is nobody there to ask for the audit log.
        "looked_after": is_looked_after_by_a_clinic(record.patient),
    }
    return render_pdf(TEMPLATE, context)
