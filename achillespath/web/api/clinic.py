"""Routes for clinicians and clinic admins: the caseload, one patient, and prescribing.

Records come only through achillespath.web.access: the caseload is `patients_visible_to` the
caller (their own clinic), one patient is `get_patient_for` (another clinic's patient is a 404,
exactly like a missing one, and the access is audited). The caseload order and the pathway
advice are the web pages' own (views.clinician.caseload, web.pathway_advice), so the API and
the pages never disagree.
"""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from typing import Annotated

from django.core.exceptions import NON_FIELD_ERRORS
from django.db import IntegrityError
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict

from achillespath.assessment import assess
from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.labels import disposition_words
from achillespath.monitoring.flags import FlagKind, caseload_flags
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AssessmentResult
from achillespath.web.access import get_patient_for, record_write
from achillespath.web.api.auth import RecordId, caller, signed_in
from achillespath.web.api.problems import invalid, problems
from achillespath.web.follow_up import follow_up_for
from achillespath.web.forms.clinician import NOTE_MAX_CHARACTERS, PrescriptionForm
from achillespath.web.models import (
    AuditAction,
    Patient,
    Prescription,
    Programme,
    Role,
    Side,
    TreatmentEpisode,
)
from achillespath.web.models.programmes import MAX_LOAD_KG
from achillespath.web.pathway_advice import AdviceBasis, current_advice_basis
from achillespath.web.patient_age import patient_age
from achillespath.web.views.clinician.caseload import (
    CaseloadRow,
    FlagLine,
    ProgrammeLine,
    caseload_patients,
    caseload_rows,
    flag_lines,
    programme_line,
)
from achillespath.web.views.clinician.pathway_advice import assessed_red_flags
from achillespath.web.views.clinician.prescribe import has_insertional_pain
from achillespath.web.views.clinician.wording import TREATMENT_NAMES

__all__ = ["router"]

router = Router(tags=["clinic"], auth=signed_in(Role.CLINICIAN, Role.CLINIC_ADMIN))


class FlagOut(Schema):
    """One caseload flag: the core's kind, reason, date and sources, with its display name."""

    kind: FlagKind
    name: str
    reason: str
    since: dt.date
    sources: tuple[str, ...]


class ProgrammeOut(Schema):
    """The active prescription; `week` is the programme week today (None before it starts).
    `starting_load_kg` is added weight on top of body weight."""

    programme: str
    name: str
    start_date: dt.date
    starting_load_kg: float
    side: str
    week: int | None


class CaseloadEntry(Schema):
    patient_id: int
    display_name: str
    side: str
    flags: list[FlagOut]
    programme: ProgrammeOut | None


class RecommendationOut(Schema):
    """One recommendation in the clinician's words, with the reason the rule gave."""

    id: str
    title: str
    clinician: str
    reason: str = Field(description="Why, in the words the patient reads.")
    clinician_reason: str = Field(
        description="Why, in the clinician's words: the same facts, for showing to clinicians."
    )
    rule: str
    sources: tuple[str, ...]


class AssessedOut(Schema):
    """Clinic staff recorded that the warning signs of the latest symptom check were assessed,
    so its red-flag answers no longer drive the advice (the clinician's judgement stands)."""

    assessed_on: dt.date
    assessed_by: str = Field(description="The staff member's name, or email address.")
    note: str = Field(description="Their note; empty when they left none.")
    text: str = Field(description="The same fact as the clinician's patient page says it.")


class AdviceOut(Schema):
    """The core's pathway advice for the record today, and the full assessment behind it.

    Every reason comes in two wordings of the same facts: `reason(s)` for the patient and
    `clinician_reason(s)` for clinicians, who should be shown the latter.
    """

    headline: str
    recommendations: list[RecommendationOut]
    assessment: AssessmentResult
    assessed: AssessedOut | None = Field(
        description=(
            "Who assessed the latest symptom check's warning signs, when and with what note; "
            "null unless that is why its red-flag answers no longer drive the advice."
        )
    )


class VisaAPoint(Schema):
    taken_on: dt.date
    total: int


class TreatmentOut(Schema):
    """A treatment episode the clinic recorded (one voided as entered in error is left out).
    `end_date` is None while it goes on; `outcome` None while not known."""

    id: int
    kind: TreatmentKind
    name: str
    side: str
    start_date: dt.date
    end_date: dt.date | None
    outcome: TreatmentOutcome | None
    notes: str


class PatientSummary(Schema):
    patient_id: int
    display_name: str
    nhs_number: str = Field(description="10 digits, no spaces; empty when not recorded.")
    date_of_birth: dt.date | None
    year_of_birth: int | None
    side: str
    programme: ProgrammeOut | None
    flags: list[FlagOut]
    visa_a: list[VisaAPoint]
    logs_recorded: int
    last_log_on: dt.date | None
    treatments: list[TreatmentOut] = Field(description="Recorded episodes, newest first.")
    advice: AdviceOut | None


def flag_out(line: FlagLine) -> FlagOut:
    return FlagOut(
        kind=line.kind, name=line.name, reason=line.reason, since=line.since, sources=line.sources
    )


def programme_out(line: ProgrammeLine | None) -> ProgrammeOut | None:
    if line is None:
        return None
    prescription = line.prescription
    return ProgrammeOut(
        programme=prescription.programme,
        name=line.name,
        start_date=prescription.start_date,
        starting_load_kg=prescription.starting_load_kg,
        side=prescription.side,
        week=line.week,
    )


def _caseload_entry(row: CaseloadRow) -> CaseloadEntry:
    return CaseloadEntry(
        patient_id=row.patient.pk,
        display_name=row.patient.display_name,
        side=row.patient.side,
        flags=[flag_out(line) for line in row.flags],
        programme=programme_out(row.programme),
    )


@router.get(
    "/caseload",
    response={200: list[CaseloadEntry], **problems(401, 403)},
    summary="Your clinic's patients with their flags, most urgent first",
)
def caseload(request: HttpRequest) -> list[CaseloadEntry]:
    rows = caseload_rows(caseload_patients(request), timezone.localdate())
    return [_caseload_entry(row) for row in rows]


def assessed_out(basis: AdviceBasis) -> AssessedOut | None:
    if basis.assessed is None:
        return None
    assessed = assessed_red_flags(basis.check, basis.assessed)
    return AssessedOut(
        assessed_on=timezone.localdate(assessed.assessed_at),
        assessed_by=assessed.assessed_by,
        note=assessed.note,
        text=assessed.words,
    )


def advice_out(basis: AdviceBasis) -> AdviceOut:
    result = assess(basis.intake)
    words = recommendation_texts(load_pathway())
    return AdviceOut(
        headline=disposition_words(result.disposition).clinician_headline,
        recommendations=[
            RecommendationOut(
                id=item.id,
                title=words[item.id].title,
                clinician=words[item.id].clinician,
                reason=item.reason,
                clinician_reason=item.clinician_reason,
                rule=item.rule,
                sources=item.sources,
            )
            for item in result.recommendations
        ],
        assessment=result,
        assessed=assessed_out(basis),
    )


def treatment_out(episode: TreatmentEpisode) -> TreatmentOut:
    kind = TreatmentKind(episode.kind)
    return TreatmentOut(
        id=episode.pk,
        kind=kind,
        name=TREATMENT_NAMES[kind],
        side=episode.side,
        start_date=episode.start_date,
        end_date=episode.end_date,
        outcome=TreatmentOutcome(episode.outcome) if episode.outcome else None,
        notes=episode.notes,
    )


def patient_summary(patient: Patient, today: dt.date) -> PatientSummary:
    follow_up = follow_up_for(patient)
    prescription = Prescription.objects.filter(patient=patient, active=True).first()
    basis = current_advice_basis(patient, today)
    logged = [log.date for log in follow_up.logs]
    return PatientSummary(
        patient_id=patient.pk,
        display_name=patient.display_name,
        nhs_number=patient.nhs_number,
        date_of_birth=patient.date_of_birth,
        year_of_birth=patient.year_of_birth,
        side=patient.side,
        programme=programme_out(programme_line(prescription, today)),
        flags=[flag_out(line) for line in flag_lines(caseload_flags(follow_up, today))],
        visa_a=[
            VisaAPoint(taken_on=score.taken_on, total=score.total)
            for score in sorted(follow_up.visa_a, key=lambda score: score.taken_on)
        ],
        logs_recorded=len(logged),
        last_log_on=max(logged, default=None),
        # Voided episodes are left out by TreatmentEpisode.objects.
        treatments=[treatment_out(item) for item in patient.treatment_episodes.all()],
        advice=None if basis is None else advice_out(basis),
    )


@router.get(
    "/patients/{patient_id}",
    response={200: PatientSummary, **problems(401, 403, 404, 422)},
    summary="One patient of your clinic: programme, flags, scores and the pathway advice",
)
def patient_detail(request: HttpRequest, patient_id: RecordId) -> PatientSummary:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    return patient_summary(patient, timezone.localdate())


class PrescriptionIn(Schema):
    """A new programme for the patient; it replaces the active one."""

    model_config = ConfigDict(extra="forbid")

    programme: Programme
    start_date: dt.date = Field(
        description=(
            "Required, with no default. Send the current programme's start date to change the "
            "programme, load or side without restarting it: its week count, VISA-A schedule "
            "and 12-week review carry on, and it needs no confirmation. Any other date restarts "
            "the programme at week 1 on that date; it must be within a year of today, either "
            "way, and more than 14 days back needs `confirm_start_date`."
        )
    )
    starting_load_kg: Annotated[
        float, Field(ge=0, le=MAX_LOAD_KG, strict=True, allow_inf_nan=False)
    ] = Field(default=0, description="Added weight on top of body weight, in kilograms.")
    side: Side
    note: Annotated[str, Field(max_length=NOTE_MAX_CHARACTERS)] = Field(
        default="", description="Sent to the patient's messages, e.g. why the programme changed."
    )
    confirm_site: bool = Field(
        default=False,
        description=(
            "Prescribe a step programme even though the latest symptom check recorded pain at "
            "the insertion (the clinician has checked where the pain is now)."
        ),
    )
    confirm_start_date: bool = Field(
        default=False,
        description=(
            "The programme really started on `start_date`, more than 14 days ago: the plan "
            "counts its weeks from that date."
        ),
    )
    confirm_adult: bool = Field(
        default=False,
        description=(
            "The clinician has checked that the patient is an adult, when only their year of "
            "birth is recorded and it leaves that uncertain (they turn 18 this year). A patient "
            "under 18 by their date of birth, or certainly under 18 by their year of birth, is "
            "refused whatever this says."
        ),
    )


@router.post(
    "/patients/{patient_id}/prescription",
    response={HTTPStatus.CREATED: ProgrammeOut, **problems(400, 401, 403, 404, 409, 422)},
    summary="Prescribe or change the patient's loading programme (the clinician pages' form)",
)
def prescribe(
    request: HttpRequest, patient_id: RecordId, prescription: PrescriptionIn
) -> Status[ProgrammeOut | None]:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    today = timezone.localdate()
    # The web page's form: the same checks (start date, pain site) and the same saving.
    form = PrescriptionForm(
        prescription.model_dump(),
        today=today,
        has_insertional_pain=has_insertional_pain(patient),
        age=patient_age(today, patient.year_of_birth, patient.date_of_birth),
        current_start=Prescription.objects.filter(patient=patient, active=True)
        .values_list("start_date", flat=True)
        .first(),
    )
    if not form.is_valid():
        raise invalid(
            (field if field != NON_FIELD_ERRORS else "body", str(error["message"]))
            for field, errors in form.errors.get_json_data().items()
            for error in errors
        )
    try:
        saved = form.save(patient, caller(request))
    except IntegrityError:
        raise HttpError(
            HTTPStatus.CONFLICT, "Someone else changed this programme at the same moment."
        ) from None
    record_write(request, patient, saved)
    return Status(HTTPStatus.CREATED, programme_out(programme_line(saved, today)))
