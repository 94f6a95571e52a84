"""Routes for a patient, on their own record only: plan, daily log, VISA-A and progress.

The record is always `own_patient(request, ...)` (achillespath.web.access), which also writes
the audit event, so there is no patient id in these URLs to tamper with. The daily log is saved
by achillespath.web.daily_log, the same service as the Daily log page.
"""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from typing import Annotated, Literal

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict

from achillespath.exercise import SessionPlan
from achillespath.measures.score_change import ScoreChange
from achillespath.measures.visa_a import VisaAAnswers, score_visa_a
from achillespath.measures.visa_a_form import load_visa_a_form
from achillespath.monitoring.course import CourseStatus, course_status
from achillespath.monitoring.pause import ExercisePause
from achillespath.result import AssessmentResult
from achillespath.web.access import own_patient, own_record, record_write
from achillespath.web.api.auth import caller, signed_in
from achillespath.web.api.problems import invalid_from, problems
from achillespath.web.daily_log import (
    WARNING_SIGNS,
    NoActiveProgrammeError,
    active_programme,
    named_warning_signs,
    record_daily_log,
    todays_session,
    warning_advice,
)
from achillespath.web.follow_up import exercise_pause_for, follow_up_for, session_logs_for
from achillespath.web.models import AuditAction, ExerciseLog, Role, VisaAResponse
from achillespath.web.models.programmes import MAX_LOAD_KG, NEW_MEDICINES_LENGTH
from achillespath.web.views.patient.visa_a import visa_a_changes

__all__ = ["router"]

PAUSED_MESSAGE = (
    "Your exercises are paused because a warning sign was reported. Get checked by a health "
    "professional before you carry on; see `paused` for how soon."
)

router = Router(tags=["patient"], auth=signed_in(Role.PATIENT))

PainScore = Annotated[int, Field(ge=0, le=10, strict=True)]
WarningSignId = Literal[
    "breathless_or_chest_pain",
    "sudden_pain",
    "snap",
    "cannot_bear_weight",
    "calf_swelling",
    "calf_warm_or_red",
    "fever",
    "hot_red_swelling",
]


class ProgrammeInfo(Schema):
    id: str
    name: str
    start_date: dt.date
    floor_version: bool = Field(
        description="Every step exercise is done on flat ground, for pain at the insertion."
    )


class PlanOut(Schema):
    """Today's session, or why there is none (`programme` is null before one is prescribed).

    While a warning sign stands (`paused`, decided by the core), no session is given: the
    person must be checked before loading goes on (hazard HAZ-05)."""

    programme: ProgrammeInfo | None
    session: SessionPlan | None
    paused: ExercisePause | None = None
    message: str


@router.get(
    "/plan",
    response={200: PlanOut, **problems(401, 403, 404)},
    summary="Today's session: week, phase, exercises with sets, reps and load, and the advice",
)
def my_plan(request: HttpRequest) -> PlanOut:
    patient = own_patient(request, AuditAction.READ)
    active = active_programme(patient)
    if active is None:
        return PlanOut(
            programme=None, session=None, message="Your clinician has not set a programme yet."
        )
    info = ProgrammeInfo(
        id=active.programme.id,
        name=active.programme.name,
        start_date=active.start,
        floor_version=active.has_insertional_pain,
    )
    today = timezone.localdate()
    paused = exercise_pause_for(patient, today)
    if paused is not None:
        return PlanOut(programme=info, session=None, paused=paused, message=PAUSED_MESSAGE)
    session = todays_session(active, session_logs_for(patient), today)
    return PlanOut(programme=info, session=session, message=session.message)


class LogIn(Schema):
    """One day's exercise log. The morning fields are about THIS morning, on getting up."""

    model_config = ConfigDict(extra="forbid")

    date: dt.date = Field(description="The day of the session: today or up to 14 days back.")
    sets_done: Annotated[int, Field(ge=0, le=50, strict=True)] = Field(
        description="Sets of each exercise done (0 = a rest day)."
    )
    load_kg: Annotated[float, Field(ge=0, le=MAX_LOAD_KG, strict=True, allow_inf_nan=False)] = (
        Field(description="Added weight in kilograms (0 = body weight only).")
    )
    pain_during: PainScore = Field(description="Worst pain during the session, 0-10.")
    morning_pain: PainScore | None = Field(
        default=None, description="Pain on getting up this morning, 0-10."
    )
    morning_stiffness_minutes: Annotated[int, Field(ge=0, le=1440, strict=True)] | None = Field(
        default=None, description="How long the tendon felt stiff this morning, in minutes."
    )
    warning_signs: list[WarningSignId] = Field(
        default=[], max_length=len(WARNING_SIGNS), description="Warning signs noticed today."
    )
    new_medicines: Annotated[str, Field(max_length=NEW_MEDICINES_LENGTH)] = Field(
        default="", description="Any medicine started since the last log."
    )


class LogSaved(Schema):
    """The next session after the log, and urgent advice when a warning sign or medicine in
    the log calls for it (`warning` is the core's assessment of those answers). While a
    warning sign stands (`paused`), `next_session` is null: no more load until checked."""

    next_session: SessionPlan | None
    warning: AssessmentResult | None
    paused: ExercisePause | None = None


@router.post(
    "/logs",
    response={200: LogSaved, **problems(400, 401, 403, 404, 409, 422)},
    summary="Save one day's log (a second log for a date replaces it); returns the next session",
)
def submit_log(request: HttpRequest, log: LogIn) -> LogSaved:
    # The daily-log service audits this write itself (with the log it wrote), so the record is
    # found without a second audit event: this is the benchmarked path.
    patient = own_record(caller(request))
    if patient is None:
        raise Http404("No patient record for this account")
    data = log.model_dump()
    today = timezone.localdate()  # once: the log and the pause must agree on the day
    try:
        session = record_daily_log(patient, data, today, request=request)
    except NoActiveProgrammeError as error:
        raise HttpError(HTTPStatus.CONFLICT, str(error)) from None
    except ValueError as error:
        raise invalid_from(error, LogIn.model_fields) from None
    paused = exercise_pause_for(patient, today)
    return LogSaved(
        next_session=None if paused else session, warning=warning_advice(data), paused=paused
    )


class WarningSignOut(Schema):
    """A warning sign ticked in a log: its id (as `warning_signs` takes it) and its words."""

    id: str
    label: str


class LogOut(Schema):
    """A stored log. `next_morning_*` describe the morning AFTER that session."""

    date: dt.date
    sets_done: int
    load_kg: float
    pain_during: int
    next_morning_pain: int | None
    morning_stiffness_minutes: int | None
    red_flag_reported: bool
    warning_signs: list[WarningSignOut] = Field(
        description="The signs ticked, in the daily log's words. Empty for a log saved before "
        "they were kept, even when `red_flag_reported`."
    )
    new_medicines: str

    @staticmethod
    def resolve_warning_signs(row: ExerciseLog) -> list[WarningSignOut]:
        # The model keeps the ids as one comma-separated text; the daily log names them.
        return [
            WarningSignOut(id=sign, label=label)
            for sign, label in named_warning_signs(row.warning_signs)
        ]


@router.get(
    "/logs",
    response={200: list[LogOut], **problems(401, 403, 404)},
    summary="Your exercise logs, newest first",
)
def my_logs(request: HttpRequest) -> list[ExerciseLog]:
    # The rows, not LogOut objects: ninja reads them through LogOut, resolvers included.
    patient = own_patient(request, AuditAction.READ)
    return list(ExerciseLog.objects.filter(patient=patient).order_by("-date"))


class VisaAResult(Schema):
    """A scored VISA-A (0-100, 100 = no symptoms) and how it changed, against the clinic's
    MCID, as the VISA-A page reads it: since the first one and since the one before."""

    total: int
    subtotals: dict[str, int]
    q8_branch: str
    taken_on: dt.date
    since_first: ScoreChange | None = Field(description="Null for the first VISA-A.")
    since_last: ScoreChange | None = Field(
        description="Null for the first and the second (then it is `since_first`)."
    )
    sources: tuple[str, ...]
    notice: str


@router.post(
    "/visa-a",
    response={HTTPStatus.CREATED: VisaAResult, **problems(400, 401, 403, 404, 422)},
    summary="Score a VISA-A given as points per item (as `achillespath visa-a`) and save it",
)
def submit_visa_a(request: HttpRequest, answers: VisaAAnswers) -> Status[VisaAResult]:
    patient = own_patient(request, AuditAction.READ)
    score = score_visa_a(answers)
    today = timezone.localdate()
    stored = VisaAResponse.objects.create(
        patient=patient, answers=answers.model_dump(mode="json"), total=score.total, taken_on=today
    )
    record_write(request, patient, stored)
    since_first, since_last = visa_a_changes(patient, stored)
    return Status(
        HTTPStatus.CREATED,
        VisaAResult(
            total=score.total,
            subtotals={subtotal.group.id: subtotal.points for subtotal in score.subtotals},
            q8_branch=score.q8_branch,
            taken_on=today,
            since_first=since_first,
            since_last=since_last,
            sources=score.sources,
            notice=load_visa_a_form().notice.text,
        ),
    )


@router.get(
    "/progress",
    response={200: CourseStatus, **problems(401, 403, 404)},
    summary="Where you stand against the expected course, with concerns and reminders",
)
def my_progress(request: HttpRequest) -> CourseStatus:
    patient = own_patient(request, AuditAction.READ)
    return course_status(follow_up_for(patient), timezone.localdate())
