"""My plan: today's session from the core, the pain-monitoring advice, and the dated plan.

SAFETY (hazard: exercise progression shown despite red flags): when a warning sign stands, the
page shows what to do instead of any exercise, load or progression (the core decides:
`achillespath.monitoring.pause`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from achillespath.exercise import build_plan
from achillespath.labels import DispositionWords, disposition_words
from achillespath.monitoring.pause import ExercisePause
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import RecommendationText, recommendation_texts
from achillespath.result import Disposition
from achillespath.sources import Source, cite
from achillespath.web.access import is_looked_after_by_a_clinic, own_patient, require_role
from achillespath.web.daily_log import active_programme, todays_session
from achillespath.web.follow_up import exercise_pause_for, session_logs_for
from achillespath.web.models import AuditAction, Role
from achillespath.web.views.patient.visa_a import visa_a_due

__all__ = ["cited", "pause_advice", "plan"]


@dataclass(frozen=True)
class PauseAdvice:
    """The words for a pause: how soon to act, and the antibiotic advice when it applies."""

    act: DispositionWords
    emergency: DispositionWords
    fluoroquinolone: RecommendationText | None


def pause_advice(pause: ExercisePause) -> PauseAdvice:
    """The core's words for what to do while the exercises are paused."""
    texts = recommendation_texts(load_pathway())
    return PauseAdvice(
        act=disposition_words(pause.disposition),
        emergency=disposition_words(Disposition.EMERGENCY),
        fluoroquinolone=texts["stop_fluoroquinolone"] if pause.has_fluoroquinolone else None,
    )


def cited(source_ids: Iterable[str]) -> list[Source]:
    """The bibliography entries for source ids, each once, in the order given."""
    return [cite(source_id) for source_id in dict.fromkeys(source_ids)]


@require_role(Role.PATIENT)
@require_GET
def plan(request: HttpRequest) -> HttpResponse:
    patient = own_patient(request, AuditAction.READ)
    today = timezone.localdate()
    active = active_programme(patient)
    if active is None:
        looked_after = is_looked_after_by_a_clinic(patient)
        return render(request, "patient/plan/no_programme.html", {"looked_after": looked_after})
    pause = exercise_pause_for(patient, today)
    context: dict[str, object] = {
        "programme": active.programme,
        "start": active.start,
        "due": visa_a_due(patient, active.start, today),
        "pause": pause,
        "pause_advice": pause_advice(pause) if pause else None,
        # Only a pause asks the patient to tell their clinic, so only a pause asks who is there.
        "looked_after": is_looked_after_by_a_clinic(patient) if pause else None,
    }
    if pause is None:
        logs = session_logs_for(patient)
        session = todays_session(active, logs, today)
        plan_weeks = build_plan(
            active.programme,
            active.start,
            weeks=active.programme.weeks,
            has_insertional_pain=active.has_insertional_pain,
        )
        context |= {
            "session": session,
            "plan": plan_weeks,
            # Before this programme's first log, say what weight was prescribed to start with.
            "starting_load_kg": 0
            if any(log.date >= active.start for log in logs)
            else active.starting_load_kg,
            "advice_sources": cited(session.advice.sources if session.advice else ()),
            "programme_sources": cited(active.programme.sources),
        }
    return render(request, "patient/plan/plan.html", context)
