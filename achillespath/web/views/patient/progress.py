"""Progress: pain, VISA-A and adherence over time, and where the person stands against the
expected course (the core's course_status: "most improve within about 12 weeks").

Each chart is a separate SVG image (achillespath.web.charts) with a text alternative, and the
page shows the same numbers in a table beside it: the table is the source of truth for screen
readers. Off track (a warning sign, a fluoroquinolone, rising pain, too little change at 12
weeks) gives a clear panel naming each concern; missed logs and questionnaires are reminders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from achillespath.exercise import Programme, build_plan
from achillespath.monitoring.course import course_status
from achillespath.monitoring.flags import FollowUp
from achillespath.web import charts
from achillespath.web.access import is_looked_after_by_a_clinic, own_patient, require_role
from achillespath.web.daily_log import active_programme
from achillespath.web.follow_up import follow_up_for
from achillespath.web.models import AuditAction, PainContext, PainRecord, Patient, Role
from achillespath.web.views.patient.plan import cited

__all__ = ["adherence_weeks", "progress", "progress_chart"]

# The chart is an image: it needs its own <style>, and can run nothing and fetch nothing.
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def adherence_weeks(
    programme: Programme, start: dt.date, logged_days: Sequence[dt.date], today: dt.date
) -> list[charts.AdherenceWeek]:
    """Days with a logged session in each programme week up to this one, against the days a
    week the plan asks for (build_plan's ``days_per_week``)."""
    if today < start:
        return []
    current = min((today - start).days // 7 + 1, programme.weeks)
    weeks = build_plan(programme, start, weeks=current).weeks
    return [
        charts.AdherenceWeek(
            number=week.number,
            starts=week.starts,
            ends=week.ends,
            logged=sum(1 for day in logged_days if week.starts <= day <= week.ends),
            planned=week.days_per_week,
            is_current=week.number == current and today <= week.ends,
        )
        for week in weeks
    ]


def _pain_points(patient: Patient, follow_up: FollowUp) -> list[charts.PainPoint]:
    """Each day with a logged session or a pain score asked with the VISA-A, oldest first."""
    logs = {log.date: log for log in follow_up.logs}
    # Oldest first, so a day answered twice keeps its later score.
    with_visa_a = dict(
        PainRecord.objects.filter(patient=patient, context=PainContext.OVERALL)
        .order_by("date", "created_at")
        .values_list("date", "score")
    )
    return [
        charts.PainPoint(
            day,
            logs[day].pain_during if day in logs else None,
            logs[day].next_morning_pain if day in logs else None,
            with_visa_a.get(day),
        )
        for day in sorted(logs.keys() | with_visa_a.keys())
    ]


def _visa_a_points(follow_up: FollowUp) -> list[charts.VisaAPoint]:
    return [
        charts.VisaAPoint(record.taken_on, record.total)
        for record in sorted(follow_up.visa_a, key=lambda record: record.taken_on)
    ]


def _adherence(patient: Patient, follow_up: FollowUp, today: dt.date) -> list[charts.AdherenceWeek]:
    active = active_programme(patient)
    if active is None:
        return []
    exercised = [log.date for log in follow_up.logs if log.sets_done > 0]
    return adherence_weeks(active.programme, active.start, exercised, today)


@require_role(Role.PATIENT)
@require_GET
def progress(request: HttpRequest) -> HttpResponse:
    patient = own_patient(request, AuditAction.READ)
    today = timezone.localdate()
    follow_up = follow_up_for(patient)
    status = course_status(follow_up, today)
    context = {
        "status": status,
        "course_sources": cited(status.sources),
        "pain_points": _pain_points(patient, follow_up),
        "visa_a_points": _visa_a_points(follow_up),
        "adherence": _adherence(patient, follow_up, today),
        "has_programme": follow_up.programme_start is not None,
        "clinic_name": patient.clinic.name,
        "looked_after": is_looked_after_by_a_clinic(patient),
    }
    return render(request, "patient/progress/progress.html", context)


_CHARTS: dict[str, Callable[[Patient, FollowUp, dt.date], bytes]] = {
    "pain": lambda patient, follow_up, today: charts.pain_chart(_pain_points(patient, follow_up)),
    "visa-a": lambda patient, follow_up, today: charts.visa_a_chart(_visa_a_points(follow_up)),
    "adherence": lambda patient, follow_up, today: charts.adherence_chart(
        _adherence(patient, follow_up, today)
    ),
}


@require_role(Role.PATIENT)
@require_GET
def progress_chart(request: HttpRequest, chart: str) -> HttpResponse:
    """One chart as an image/svg+xml response, with a policy of its own (see CHART_POLICY)."""
    draw = _CHARTS.get(chart)
    if draw is None:
        raise Http404("No such chart")
    patient = own_patient(request, AuditAction.READ)
    svg = draw(patient, follow_up_for(patient), timezone.localdate())
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Security-Policy"] = CHART_POLICY
    return response
