"""A patient's record as one timeline, newest first: symptom checks, programme changes,
exercise logs, VISA-A scores, pain records, treatment episodes, messages and the records that
reported warning signs were assessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.template.defaultfilters import pluralize
from django.utils import timezone
from django.utils.formats import date_format

from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.labels import disposition_words
from achillespath.result import Disposition
from achillespath.web.daily_log import warning_sign_labels
from achillespath.web.models import (
    Assessment,
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
from achillespath.web.views.clinician.wording import OUTCOME_NAMES, TREATMENT_NAMES, side_words

__all__ = [
    "TIMELINE_LIMIT",
    "TimelineEntry",
    "author_name",
    "timeline_for",
    "treatment_summary",
]

TIMELINE_LIMIT = 200
"""At most this many entries of each kind are read, and this many shown."""

MESSAGE_PREVIEW_WORDS = 30


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    at: dt.datetime  # orders entries of the same day
    kind: str
    summary: str
    notes: str = ""  # a treatment episode's notes, shown in full
    episode_id: int | None = None  # a treatment episode, which can be changed or voided


def author_name(author: User | None) -> str:
    """Who wrote a message, as the clinic sees it."""
    if author is None:
        return "A closed account"
    name = author.first_name or author.email
    return f"{name} ({author.get_role_display().lower()})"


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _assessments(patient: Patient) -> Iterable[TimelineEntry]:
    for check in Assessment.objects.filter(patient=patient)[:TIMELINE_LIMIT]:
        words = disposition_words(Disposition(check.disposition)).clinician_headline
        yield TimelineEntry(
            timezone.localdate(check.created_at),
            check.created_at,
            "Symptom check",
            f"{words} (pathway {check.pathway_version})",
        )


def _prescriptions(patient: Patient) -> Iterable[TimelineEntry]:
    for item in Prescription.objects.filter(patient=patient)[:TIMELINE_LIMIT]:
        state = "current" if item.active else "replaced"
        yield TimelineEntry(
            item.start_date,
            item.created_at,
            "Programme",
            f"{item.get_programme_display()}, {side_words(item.side)}, "
            f"starting load {item.starting_load_kg:g} kg ({state})",
        )


def _logs(patient: Patient) -> Iterable[TimelineEntry]:
    for log in ExerciseLog.objects.filter(patient=patient)[:TIMELINE_LIMIT]:
        parts = [
            f"{log.sets_done} set{pluralize(log.sets_done)}",
            f"{log.load_kg:g} kg",
            f"pain {log.pain_during}/10",
        ]
        if log.next_morning_pain is not None:
            parts.append(f"next morning pain {log.next_morning_pain}/10")
        if log.red_flag_reported or log.warning_signs:
            parts.append(_warning_signs_part(log))
        if log.new_medicines:
            parts.append(f"new medicines: {log.new_medicines}")
        yield TimelineEntry(log.date, log.created_at, "Exercise log", ", ".join(parts))


def _warning_signs_part(log: ExerciseLog) -> str:
    # A log saved before the signs were kept names none: it says only that one was reported.
    labels = warning_sign_labels(log.warning_signs)
    return f"warning signs reported: {'; '.join(labels)}" if labels else "warning sign reported"


def _scores(patient: Patient) -> Iterable[TimelineEntry]:
    for score in VisaAResponse.objects.filter(patient=patient)[:TIMELINE_LIMIT]:
        yield TimelineEntry(score.taken_on, score.created_at, "VISA-A", f"{score.total} / 100")
    for pain in PainRecord.objects.filter(patient=patient)[:TIMELINE_LIMIT]:
        yield TimelineEntry(
            pain.date, pain.created_at, "Pain", f"{pain.score}/10, {pain.get_context_display()}"
        )


def treatment_summary(episode: TreatmentEpisode) -> str:
    """An episode in one line: ESWT, left side, to 14 Mar 2026, improved."""
    ended = f", to {date_format(episode.end_date, 'j M Y')}" if episode.end_date else ", ongoing"
    outcome = (
        f", {OUTCOME_NAMES[TreatmentOutcome(episode.outcome)].lower()}" if episode.outcome else ""
    )
    kind = TREATMENT_NAMES[TreatmentKind(episode.kind)]
    return f"{kind}, {side_words(episode.side)}{ended}{outcome}"


def _treatments(patient: Patient) -> Iterable[TimelineEntry]:
    # Voided episodes are left out by TreatmentEpisode.objects.
    for episode in TreatmentEpisode.objects.filter(patient=patient)[:TIMELINE_LIMIT]:
        yield TimelineEntry(
            episode.start_date,
            _day_start(episode.start_date),
            "Treatment",
            treatment_summary(episode),
            notes=episode.notes,
            episode_id=episode.pk,
        )


def _messages(patient: Patient) -> Iterable[TimelineEntry]:
    thread = Message.objects.filter(patient=patient).select_related("author")
    for message in thread.order_by("-created_at")[:TIMELINE_LIMIT]:
        words = message.body.split()
        preview = " ".join(words[:MESSAGE_PREVIEW_WORDS])
        more = "…" if len(words) > MESSAGE_PREVIEW_WORDS else ""
        yield TimelineEntry(
            timezone.localdate(message.created_at),
            message.created_at,
            "Message",
            f"{author_name(message.author)}: {preview}{more}",
        )


def _reviews(patient: Patient) -> Iterable[TimelineEntry]:
    reviews = WarningSignReview.objects.filter(patient=patient).select_related("reviewed_by")
    for review in reviews[:TIMELINE_LIMIT]:
        note = f": {review.note}" if review.note else ""
        yield TimelineEntry(
            timezone.localdate(review.reviewed_at),
            review.reviewed_at,
            "Warning signs assessed",
            f"Recorded by {author_name(review.reviewed_by)}{note}",
        )


def timeline_for(patient: Patient) -> list[TimelineEntry]:
    """The newest `TIMELINE_LIMIT` entries of the record, newest first (nine queries)."""
    parts = (_assessments, _prescriptions, _logs, _scores, _treatments, _messages, _reviews)
    entries = [entry for part in parts for entry in part(patient)]
    entries.sort(key=lambda entry: (entry.on, entry.at), reverse=True)
    return entries[:TIMELINE_LIMIT]
