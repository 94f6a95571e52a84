"""The daily log: today's session or a missed day up to two weeks back, in under a minute.

Saving goes through achillespath.web.daily_log.record_daily_log, the same service the JSON API
uses. A warning sign, or a new medicine the core recognises as a fluoroquinolone, shows the
core's urgent or emergency advice at once; otherwise the page says "Saved" and shows the next
session, adapted by the pain-monitoring model (progress, hold or reduce, with the reason).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from achillespath.labels import disposition_words_for, label
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AssessmentResult, Disposition
from achillespath.web.access import is_looked_after_by_a_clinic, own_patient, require_role
from achillespath.web.daily_log import (
    BACKFILL_DAYS,
    ActiveProgramme,
    LogDateError,
    NoActiveProgrammeError,
    active_programme,
    check_log_date,
    logged_days,
    morning_report_shown_for,
    record_daily_log,
    todays_session,
    warning_advice,
)
from achillespath.web.follow_up import exercise_pause_for, session_logs_for
from achillespath.web.forms.daily_log import DailyLogForm
from achillespath.web.models import AuditAction, ExerciseLog, Patient, Role
from achillespath.web.views.patient.plan import cited, pause_advice

__all__ = ["daily_log", "daily_log_date"]


@require_role(Role.PATIENT)
@require_http_methods(["GET", "POST"])
def daily_log(request: HttpRequest) -> HttpResponse:
    """Today's log (the date can be changed to a missed day)."""
    return _log_page(request, day=None)


@require_role(Role.PATIENT)
@require_http_methods(["GET", "POST"])
def daily_log_date(request: HttpRequest, day: str) -> HttpResponse:
    """The log of one chosen day (ISO date), to back-fill it or change it."""
    try:
        chosen = dt.date.fromisoformat(day)
    except ValueError:
        raise Http404("Not a date") from None
    today = timezone.localdate()
    try:
        check_log_date(chosen, today)
    except LogDateError:
        context = {"day": chosen, "backfill_days": BACKFILL_DAYS}
        return render(request, "patient/log/out_of_range.html", context, status=404)
    return _log_page(request, day=chosen)


def _log_page(request: HttpRequest, day: dt.date | None) -> HttpResponse:
    patient = own_patient(request, AuditAction.READ)
    today = timezone.localdate()
    posted = None
    clash = None
    if request.method == "POST":
        posted = DailyLogForm(request.POST, today=today, fixed_date=day)
        if posted.is_valid():
            clash = _unseen_log_it_would_replace(request, patient, posted)
            if clash is None:
                try:
                    return _saved(request, patient, posted, today)
                except NoActiveProgrammeError:
                    pass  # the page below explains there is no programme yet
    active = active_programme(patient)
    if active is None:
        looked_after = is_looked_after_by_a_clinic(patient)
        return render(request, "patient/log/no_programme.html", {"looked_after": looked_after})
    shown = day or today
    existing = ExerciseLog.objects.filter(patient=patient, date=shown).first()
    form = posted or DailyLogForm(
        initial=_initial(patient, active, existing, shown), today=today, fixed_date=day
    )
    pause = exercise_pause_for(patient, today)
    context = {
        "form": form,
        "day": day,
        "shown_day": shown,
        "is_today": shown == today,
        "existing": existing,
        "clash": clash,
        # The day whose log the person has been shown they are replacing (see below).
        "replaces": clash.date if clash else (shown if existing else None),
        "recent_days": _recent_days(patient, today),
        "pause": pause,
        "pause_advice": pause_advice(pause) if pause else None,
        "looked_after": is_looked_after_by_a_clinic(patient) if pause else None,
    }
    return render(request, "patient/log/form.html", context)


def _unseen_log_it_would_replace(
    request: HttpRequest, patient: Patient, form: DailyLogForm
) -> ExerciseLog | None:
    """The stored log that saving today's form would replace unawares, or None.

    Today's form opens on today, filled in from today's log if there is one; a person who
    changes its date to a missed day that is already logged has not seen that day's log, so
    saving would silently replace it with today's figures. The page then says so and asks again;
    its hidden "replaces" field says which day's log the person has been shown they replace.
    A day's own page (/log/<day>/) always shows that day's log, so it needs no second look.
    A warning sign or a medicine the core flags is saved at once all the same: its advice and
    its place on the record (where the clinician sees it) come before the figures it replaces.
    """
    if form.fixed_date is not None or warning_advice(form.cleaned_data) is not None:
        return None
    day = form.cleaned_data["date"]
    if request.POST.get("replaces") == day.isoformat():
        return None
    return ExerciseLog.objects.filter(patient=patient, date=day).first()


def _initial(
    patient: Patient,
    active: ActiveProgramme,
    existing: ExerciseLog | None,
    day: dt.date,
) -> dict[str, Any]:
    """The stored log to edit, or the sets and load of the session the core would have set for
    that day: a back-filled day gets the load of its time, from the logs before it."""
    if existing is not None:
        morning = morning_report_shown_for(logged_days(patient), day)
        return {
            "date": day,
            "sets_done": existing.sets_done,
            "load_kg": existing.load_kg,
            "pain_during": existing.pain_during,
            "morning_pain": morning.pain,
            "morning_stiffness_minutes": morning.stiffness_minutes,
            "new_medicines": existing.new_medicines,
        }
    logs = [log for log in session_logs_for(patient) if log.date < day]
    session = todays_session(active, logs, day)
    first = session.exercises[0] if session.exercises else None
    loads = [exercise.load_kg for exercise in session.exercises if exercise.load_kg is not None]
    # The core sets the load from the logs; before the first one, offer what was prescribed.
    load = loads[0] if loads and logs else active.starting_load_kg
    return {"date": day, "sets_done": first.sets if first else None, "load_kg": load}


def _recent_days(patient: Patient, today: dt.date) -> list[dict[str, Any]]:
    """Today and the days that may still be back-filled, newest first, with their logs."""
    since = today - dt.timedelta(days=BACKFILL_DAYS)
    pain_by_day = dict(
        ExerciseLog.objects.filter(patient=patient, date__range=(since, today)).values_list(
            "date", "pain_during"
        )
    )
    days = (today - dt.timedelta(days=back) for back in range(BACKFILL_DAYS + 1))
    return [
        {"date": day, "iso": day.isoformat(), "pain_during": pain_by_day.get(day)} for day in days
    ]


def _saved(
    request: HttpRequest, patient: Patient, form: DailyLogForm, today: dt.date
) -> HttpResponse:
    session = record_daily_log(patient, form.cleaned_data, today, request=request)
    advice = warning_advice(form.cleaned_data)
    if advice is not None:
        context = {**_warning_context(advice), "looked_after": is_looked_after_by_a_clinic(patient)}
        return render(request, "patient/log/warning.html", context)
    pause = exercise_pause_for(patient, today)
    context = {
        "day": form.cleaned_data["date"],
        "today": today,
        "session": None if pause else session,
        "pause": pause,
        "pause_advice": pause_advice(pause) if pause else None,
        "looked_after": is_looked_after_by_a_clinic(patient) if pause else None,
        "advice_sources": cited(session.advice.sources if session.advice else ()),
    }
    return render(request, "patient/log/saved.html", context)


_RESTATED = frozenset({"same_day_assessment", "emergency_services"})
"""Recommendations whose action restates the disposition's own (labels.toml)."""


def _warning_context(result: AssessmentResult) -> dict[str, Any]:
    """The core's advice for the warning signs or medicine: how soon, what to do, and why."""
    texts = recommendation_texts(load_pathway())
    flagged = [rec for rec in result.recommendations if rec.rule.startswith("red_flag.")]
    words = disposition_words_for(result)
    return {
        "disposition": result.disposition.value,
        "words": words,
        "red_flags": [label("red_flags", flag) for flag in result.red_flags],
        # What the disposition's action does not already say: where to go, how soon and, for
        # an urgent one, not to exercise until checked are each said once (after a snap the
        # action itself says where to go, as the check's result does).
        "actions": [
            texts[rec.id].patient
            for rec in flagged
            if rec.id not in _RESTATED and texts[rec.id].patient not in words.action
        ],
        "says_not_to_exercise": result.disposition is Disposition.URGENT,
        "recommendations": [
            {"text": texts[rec.id], "reason": rec.reason, "sources": cited(rec.sources)}
            for rec in flagged
        ],
    }
