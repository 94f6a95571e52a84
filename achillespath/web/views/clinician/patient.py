"""The clinician's patient page: summary, flags, the core's pathway advice, the VISA-A change
against the clinic's MCID, and the record's timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from achillespath.measures.score_change import ScoreChange, interpret_change
from achillespath.monitoring.flags import FollowUp, caseload_flags
from achillespath.web.access import get_patient_for, require_role
from achillespath.web.follow_up import follow_up_for
from achillespath.web.models import AuditAction, Patient, Prescription, Role
from achillespath.web.views.clinician.caseload import flag_lines, programme_line
from achillespath.web.views.clinician.citations import Citations
from achillespath.web.views.clinician.pathway_advice import pathway_advice_for
from achillespath.web.views.clinician.timeline import TimelineEntry, timeline_for
from achillespath.web.views.clinician.warning_review import REVIEWED_KINDS
from achillespath.web.views.clinician.wording import side_words
from achillespath.web.views.clinician.working_load import working_load_for

__all__ = ["TIMELINE_PER_PAGE", "VisaAChange", "patient_page", "visa_a_change"]

TIMELINE_PER_PAGE = 50
"""Timeline entries a page shows: a year of daily logs is some eight pages, not one."""


@dataclass(frozen=True)
class VisaAChange:
    """The latest VISA-A against the first one (the baseline), as the core interprets it."""

    baseline_on: dt.date
    latest_on: dt.date
    change: ScoreChange
    reference_numbers: tuple[int, ...]


def visa_a_change(follow_up: FollowUp, citations: Citations) -> VisaAChange | None:
    """None until there are two scores; otherwise judged against the clinic's MCID."""
    scores = sorted(follow_up.visa_a, key=lambda record: record.taken_on)
    if len(scores) < 2:
        return None
    change = interpret_change(scores[0].total, scores[-1].total, mcid=follow_up.mcid)
    return VisaAChange(
        baseline_on=scores[0].taken_on,
        latest_on=scores[-1].taken_on,
        change=change,
        reference_numbers=citations.numbers(change.sources),
    )


def _page_context(
    patient: Patient, today: dt.date, timeline: Page[TimelineEntry]
) -> dict[str, object]:
    # Sources are numbered in the order the page shows them: flags, advice, then VISA-A.
    citations = Citations()
    follow_up = follow_up_for(patient)
    flags = tuple(
        replace(line, reference_numbers=citations.numbers(line.sources))
        for line in flag_lines(caseload_flags(follow_up, today))
    )
    advice = pathway_advice_for(patient, today, citations)
    change = visa_a_change(follow_up, citations)
    active = Prescription.objects.filter(patient=patient, active=True).first()
    return {
        "patient": patient,
        "programme": programme_line(active, today),
        "working_load": working_load_for(patient, today),
        "patient_side": side_words(patient.side),
        "flags": flags,
        "has_reports_to_assess": any(line.kind in REVIEWED_KINDS for line in flags),
        "advice": advice,
        "visa_a": change,
        "timeline": timeline,
        "references": citations.references(),
    }


@require_safe
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def patient_page(request: HttpRequest, patient_id: int) -> HttpResponse:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    # get_page: a page that is not a number is the first, one past the end the last.
    timeline = Paginator(timeline_for(patient), TIMELINE_PER_PAGE).get_page(request.GET.get("page"))
    context = _page_context(patient, timezone.localdate(), timeline)
    return render(request, "clinician/patient.html", context)
