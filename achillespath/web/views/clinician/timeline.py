"""A patient's record as one timeline, newest first: symptom checks, programme changes,
exercise logs, VISA-A scores, pain records, treatment episodes, messages and the records that
reported warning signs were assessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from django.db.models import QuerySet
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
    "Timeline",
    "TimelineEntry",
    "author_name",
    "timeline_for",
    "treatment_summary",
]

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


def _assessment_entry(check: Assessment) -> TimelineEntry:
    words = disposition_words(Disposition(check.disposition)).clinician_headline
    return TimelineEntry(
        timezone.localdate(check.created_at),
        check.created_at,
        "Symptom check",
        f"{words} (pathway {check.pathway_version})",
    )


def _prescription_entry(item: Prescription) -> TimelineEntry:
    state = "current" if item.active else "replaced"
    return TimelineEntry(
        item.start_date,
        item.created_at,
        "Programme",
        f"{item.get_programme_display()}, {side_words(item.side)}, "
        f"starting load {item.starting_load_kg:g} kg ({state})",
    )


def _log_entry(log: ExerciseLog) -> TimelineEntry:
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
    return TimelineEntry(log.date, log.created_at, "Exercise log", ", ".join(parts))


def _warning_signs_part(log: ExerciseLog) -> str:
    # A log saved before the signs were kept names none: it says only that one was reported.
    labels = warning_sign_labels(log.warning_signs)
    return f"warning signs reported: {'; '.join(labels)}" if labels else "warning sign reported"


def _score_entry(score: VisaAResponse) -> TimelineEntry:
    return TimelineEntry(score.taken_on, score.created_at, "VISA-A", f"{score.total} / 100")


def _pain_entry(pain: PainRecord) -> TimelineEntry:
    return TimelineEntry(
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


def _treatment_entry(episode: TreatmentEpisode) -> TimelineEntry:
    return TimelineEntry(
        episode.start_date,
        _day_start(episode.start_date),
        "Treatment",
        treatment_summary(episode),
        notes=episode.notes,
        episode_id=episode.pk,
    )


def _message_entry(message: Message) -> TimelineEntry:
    words = message.body.split()
    preview = " ".join(words[:MESSAGE_PREVIEW_WORDS])
    more = "…" if len(words) > MESSAGE_PREVIEW_WORDS else ""
    return TimelineEntry(
        timezone.localdate(message.created_at),
        message.created_at,
        "Message",
        f"{author_name(message.author)}: {preview}{more}",
    )


def _review_entry(review: WarningSignReview) -> TimelineEntry:
    note = f": {review.note}" if review.note else ""
    return TimelineEntry(
        timezone.localdate(review.reviewed_at),
        review.reviewed_at,
        "Warning signs assessed",
        f"Recorded by {author_name(review.reviewed_by)}{note}",
    )


@dataclass(frozen=True)
class _Source:
    """One kind of record: its rows for a patient, newest first in the order the timeline
    sorts by (the entry's day, then the time it was made), and the entry for a row."""

    rows: Callable[[Patient], QuerySet[Any]]
    entry: Callable[[Any], TimelineEntry]


# Voided treatment episodes are left out by TreatmentEpisode.objects.
_SOURCES = (
    _Source(
        lambda p: Assessment.objects.filter(patient=p).order_by("-created_at"), _assessment_entry
    ),
    _Source(
        lambda p: Prescription.objects.filter(patient=p).order_by("-start_date", "-created_at"),
        _prescription_entry,
    ),
    _Source(
        lambda p: ExerciseLog.objects.filter(patient=p).order_by("-date", "-created_at"), _log_entry
    ),
    _Source(
        lambda p: VisaAResponse.objects.filter(patient=p).order_by("-taken_on", "-created_at"),
        _score_entry,
    ),
    _Source(
        lambda p: PainRecord.objects.filter(patient=p).order_by("-date", "-created_at"), _pain_entry
    ),
    _Source(
        lambda p: TreatmentEpisode.objects.filter(patient=p).order_by("-start_date", "-pk"),
        _treatment_entry,
    ),
    _Source(
        lambda p: (
            Message.objects.filter(patient=p).select_related("author").order_by("-created_at")
        ),
        _message_entry,
    ),
    _Source(
        lambda p: (
            WarningSignReview.objects.filter(patient=p)
            .select_related("reviewed_by")
            .order_by("-reviewed_at")
        ),
        _review_entry,
    ),
)


class Timeline(Sequence[TimelineEntry]):
    """A patient's whole record as one list, newest first, read only as far as it is indexed:
    the first n entries are among the first n of each kind, so a page reads no more than the
    pages before it and itself (one query per kind of record; its length one count per kind)."""

    def __init__(self, patient: Patient) -> None:
        self.patient = patient

    def __len__(self) -> int:
        return sum(source.rows(self.patient).count() for source in _SOURCES)

    @overload
    def __getitem__(self, index: int) -> TimelineEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[TimelineEntry]: ...

    def __getitem__(self, index: int | slice) -> TimelineEntry | list[TimelineEntry]:
        window = slice(index, index + 1) if isinstance(index, int) else index
        # Counted from the newest forwards, the entries up to `stop` are all it needs.
        is_forwards = (window.step or 1) > 0 and all(
            bound is None or bound >= 0 for bound in (window.start, window.stop)
        )
        return self._newest(window.stop if is_forwards else None)[index]

    def __iter__(self) -> Iterator[TimelineEntry]:
        return iter(self._newest(None))

    def _newest(self, limit: int | None) -> list[TimelineEntry]:
        """The newest `limit` entries (all of them for None)."""
        entries = [
            source.entry(row) for source in _SOURCES for row in source.rows(self.patient)[:limit]
        ]
        entries.sort(key=lambda entry: (entry.on, entry.at), reverse=True)
        return entries[:limit]


def timeline_for(patient: Patient) -> Timeline:
    """The record's timeline, newest first; slice it, or hand it to a Paginator."""
    return Timeline(patient)
