"""VISA-A and pain on a schedule: the questionnaire, its score, and when the next one is due.

The core scores the answers (robinson-2001), reads a change against the clinic's MCID
(interpret_change; the clinic's setting defaults to the pathway's 14 points, jospt-2021-mcid)
and says when the next questionnaire is due (next_visa_a_due with the clinic's interval and
fixed weeks). No severity band is shown: Robinson et al. published none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from achillespath.measures import ScoreChange, VisaAAnswers, interpret_change, score_visa_a
from achillespath.measures import load_visa_a_form as visa_a_form
from achillespath.monitoring.flags import FlagKind, FollowUp, VisaARecord, caseload_flags
from achillespath.monitoring.schedule import EARLY_DAYS, next_visa_a_due
from achillespath.sources import cite
from achillespath.web.access import own_patient, record_write, require_role
from achillespath.web.daily_log import active_programme
from achillespath.web.forms.visa_a import VisaAQuestionnaireForm
from achillespath.web.models import AuditAction, PainContext, PainRecord, Patient, Role
from achillespath.web.models import VisaAResponse as Response

__all__ = ["VisaADue", "visa_a", "visa_a_changes", "visa_a_due", "visa_a_result"]

DueState = Literal["upcoming", "due", "overdue"]


@dataclass(frozen=True)
class VisaADue:
    """The next VISA-A due date and whether it is still ahead, due now, or overdue."""

    date: dt.date
    state: DueState


def visa_a_due(patient: Patient, start: dt.date | None, today: dt.date) -> VisaADue | None:
    """When the next VISA-A is due on the clinic's schedule; None without a programme start or
    once the schedule is done. "Overdue" is the core's caseload flag; "due" starts
    ``EARLY_DAYS`` before the date, as an answer that early already counts for it."""
    if start is None:
        return None
    clinic = patient.clinic
    records = tuple(
        VisaARecord(taken_on=taken_on, total=total)
        for taken_on, total in Response.objects.filter(patient=patient).values_list(
            "taken_on", "total"
        )
    )
    follow_up = FollowUp(
        programme_start=start,
        visa_a=records,
        visa_a_interval_weeks=clinic.visa_a_interval_weeks,
        visa_a_fixed_weeks=tuple(clinic.follow_up_weeks),
    )
    due = next_visa_a_due(
        start,
        [record.taken_on for record in records if record.taken_on <= today],
        interval_weeks=follow_up.visa_a_interval_weeks,
        fixed_weeks=follow_up.visa_a_fixed_weeks,
    )
    if due is None:
        return None
    flags = caseload_flags(follow_up, today)
    if any(flag.kind is FlagKind.VISA_A_OVERDUE for flag in flags):
        return VisaADue(due, "overdue")
    return VisaADue(due, "due" if today >= due - dt.timedelta(days=EARLY_DAYS) else "upcoming")


def _notice_context() -> dict[str, object]:
    form = visa_a_form()
    return {
        "notice": form.notice,
        "notice_sources": [cite(source) for source in form.notice.sources],
    }


@require_role(Role.PATIENT)
@require_http_methods(["GET", "POST"])
def visa_a(request: HttpRequest) -> HttpResponse:
    """The questionnaire; a valid answer is scored, stored with the pain score, and shown."""
    patient = own_patient(request, AuditAction.READ)
    today = timezone.localdate()
    form = VisaAQuestionnaireForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        response = _store(patient, form, today)
        record_write(request, patient, response)
        return redirect("patient:visa-a-result", response_id=response.pk)
    active = active_programme(patient)
    context = {
        "form": form,
        "q8_fields": (form["q8_branch"], form["q8_band"]),
        "item_fields": [form[item_id] for item_id in ("q1", "q2", "q3", "q4", "q5", "q6", "q7")],
        "due": visa_a_due(patient, active.start if active else None, today),
        "latest": Response.objects.filter(patient=patient).first(),
        **_notice_context(),
    }
    return render(request, "patient/visa_a/form.html", context)


def _store(patient: Patient, form: VisaAQuestionnaireForm, today: dt.date) -> Response:
    answers = form.answers()
    with transaction.atomic():
        response = Response.objects.create(
            patient=patient,
            answers=answers.model_dump(mode="json"),
            total=score_visa_a(answers).total,
            taken_on=today,
        )
        PainRecord.objects.create(
            patient=patient,
            date=today,
            score=form.cleaned_data["pain"],
            context=PainContext.OVERALL,
        )
    return response


def visa_a_changes(
    patient: Patient, response: Response
) -> tuple[ScoreChange | None, ScoreChange | None]:
    """The change since the first score and since the one before this, against the MCID."""
    history = list(
        Response.objects.filter(patient=patient)
        .order_by("taken_on", "created_at", "pk")
        .values_list("pk", "total", "taken_on")
    )
    index = next(position for position, (pk, _, _) in enumerate(history) if pk == response.pk)
    if index == 0:
        return None, None

    def since(earlier: tuple[int, int, dt.date]) -> ScoreChange:
        _, total, taken_on = earlier
        weeks_apart = (response.taken_on - taken_on).days / 7
        mcid = patient.clinic.visa_a_mcid
        return interpret_change(total, response.total, mcid=mcid, weeks_apart=weeks_apart)

    return since(history[0]), since(history[index - 1]) if index > 1 else None


@require_role(Role.PATIENT)
@require_GET
def visa_a_result(request: HttpRequest, response_id: int) -> HttpResponse:
    """One stored questionnaire: total, item-group subtotals, change and the next due date."""
    patient = own_patient(request, AuditAction.READ)
    response = Response.objects.filter(patient=patient, pk=response_id).first()
    if response is None:
        raise Http404("No such questionnaire")
    score = score_visa_a(VisaAAnswers.model_validate(response.answers))
    since_first, since_previous = visa_a_changes(patient, response)
    active = active_programme(patient)
    context = {
        "response": response,
        "score": score,
        "since_first": since_first,
        "since_previous": since_previous,
        "change_sources": [cite(source) for source in (since_first.sources if since_first else ())],
        "due": visa_a_due(patient, active.start if active else None, timezone.localdate()),
        **_notice_context(),
    }
    return render(request, "patient/visa_a/result.html", context)
