"""The daily exercise log: save one day's log and say what the next session should be.

Shared by the Daily log page and the JSON API (/api/me/logs), which validate input their own
way and then call `record_daily_log` with the same keys.

Where this morning's report goes. A log's ``next_morning_pain`` and
``morning_stiffness_minutes`` describe the morning AFTER that session
(achillespath.exercise.pain_monitoring.SessionLog). A person logging a session on day X reports
the morning of day X, which is the morning after their previous session, so that report is
stored on the latest log dated before X. Said the other way round: the report slot of a log
belongs to the next log after it. Three cases follow from that:

- back-filling a day X between two logs P and N: P's slot held N's report (the morning of N's
  date), which now follows X, so it moves onto X before X's own report is stored on P;
- no earlier log and no later one (the very first log): the core has no place for the morning
  before the first session, so the report is kept on X's own slot, where the next log's report
  (the real morning after X) replaces it;
- no earlier log but a later one (back-filling before the first log): X's slot belongs to that
  later log's report, so X's own report is not stored. If that later log was the only one, its
  slot held its own report (the case above), which is the morning after X: it moves onto X.

A warning sign, once reported for a date, stays reported when the log is changed, and so does
which sign it was: the stored signs are the union of every sign ever ticked for that date, so a
re-log that leaves the boxes empty cannot hide a swollen calf from the clinician.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from achillespath.assessment import assess
from achillespath.exercise import Programme, SessionLog, SessionPlan, next_session, programme
from achillespath.intake import Intake, Onset, PainSite
from achillespath.result import AssessmentResult, Disposition
from achillespath.risk.medicines import classify_medicine, medicine_entries, medicine_findings
from achillespath.web import audit, sql
from achillespath.web.models import Assessment, AuditAction, ExerciseLog, Patient, Prescription
from achillespath.web.models.programmes import NEW_MEDICINES_LENGTH

__all__ = [
    "BACKFILL_DAYS",
    "WARNING_SIGNS",
    "ActiveProgramme",
    "LogDateError",
    "LoggedDay",
    "MorningReport",
    "NoActiveProgrammeError",
    "WarningSign",
    "active_programme",
    "answers_for_signs",
    "check_log_date",
    "intake_medications",
    "logged_days",
    "morning_report_shown_for",
    "named_warning_signs",
    "place_morning_report",
    "record_daily_log",
    "signs_disposition",
    "todays_session",
    "warning_advice",
    "warning_sign_labels",
]

BACKFILL_DAYS = 14
"""How far back a missed day may be logged (a service choice: two weeks is as far as people
remember a session well enough to score its pain)."""

_INTAKE_TEXT_LENGTH = 200  # the intake's longest medicine entry
_INTAKE_ENTRIES = 50  # the intake's most medicine entries


@dataclass(frozen=True)
class WarningSign:
    """A warning-sign checkbox and the intake answer it stands for, so the core can judge it."""

    id: str
    label: str
    field: str
    answer: object


WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign("breathless_or_chest_pain", "Chest pain or feeling short of breath",
                "breathless_or_chest_pain", True),
    WarningSign("sudden_pain", "Sudden sharp pain at the back of the ankle", "onset", Onset.SUDDEN),
    WarningSign("snap", "A snap or pop at the back of the ankle", "heard_snap", True),
    WarningSign("cannot_bear_weight", "I cannot put weight on the leg", "can_bear_weight", False),
    WarningSign("calf_swelling", "A swollen calf", "calf_swelling", True),
    WarningSign("calf_warm_or_red", "A painful calf that is warm or red", "calf_warm_or_red", True),
    WarningSign("fever", "A fever (high temperature)", "fever", True),
    WarningSign("hot_red_swelling", "Hot skin or spreading redness over the tendon",
                "hot_red_swelling", True),
)  # fmt: skip
"""Asked in the daily log. Each maps onto one red-flag question of the intake.

An id keeps its meaning once stored: a new sign gets a new id (`calf_warm_or_red`, interview
2026.11.5) rather than widening an old one, so "A swollen calf" logged before still reads as
that. `hot_red_swelling` read "Hot, red swelling over the tendon" until then; its words now ask
for heat or spreading redness, which a hot, red swelling already had, so older logs still hold
true in the new words and stand for the same answer (an infection to rule out today)."""


class LogDateError(ValueError):
    """A log dated in the future or further back than `BACKFILL_DAYS`."""


class NoActiveProgrammeError(ValueError):
    """The patient has no active prescription, so there is no session to log against."""


@dataclass(frozen=True)
class MorningReport:
    """Pain (0-10) and stiffness (minutes) on getting up; None where not given."""

    pain: int | None = None
    stiffness_minutes: int | None = None


_NO_REPORT = MorningReport()


@dataclass(frozen=True)
class ActiveProgramme:
    """The patient's active prescription as the core's programme and start date.
    `load_set_on` is the day it replaced an earlier prescription: from then its starting load
    is the load to work at, not the last one logged (None for the patient's first)."""

    prescription_id: int
    programme: Programme
    start: dt.date
    starting_load_kg: float
    has_insertional_pain: bool
    load_set_on: dt.date | None = None


@dataclass(frozen=True)
class LoggedDay:
    """One stored log as the placement of morning reports sees it, with what it reported."""

    id: int
    date: dt.date
    sets_done: int
    load_kg: float
    pain_during: int
    morning: MorningReport
    warning_signs: frozenset[str] = frozenset()
    new_medicines: str = ""


def check_log_date(day: dt.date, today: dt.date) -> None:
    """Refuse a date after today or more than `BACKFILL_DAYS` before it (LogDateError)."""
    if day > today:
        raise LogDateError("date: a log cannot be in the future; choose today or an earlier day")
    if day < today - dt.timedelta(days=BACKFILL_DAYS):
        raise LogDateError(f"date: you can log up to {BACKFILL_DAYS} days back, not further")


def active_programme(patient: Patient, *, lock: bool = False) -> ActiveProgramme | None:
    """The active prescription as the core's programme (one query; two for a programme that
    changes with the site of the pain). With `lock`, inside a transaction, the prescription
    stays locked until the transaction ends, so two saves for one patient take turns."""
    row = sql.fetch_one(_active_statement(lock), [patient.pk])
    if row is None:
        return None
    prescription_id, programme_id, start, starting_load_kg, created_at, replaced = row
    chosen = programme(programme_id)
    saved = sql.from_row(Prescription, ("created_at",), (created_at,)).created_at
    return ActiveProgramme(
        prescription_id=prescription_id,
        programme=chosen,
        start=start,
        starting_load_kg=starting_load_kg,
        has_insertional_pain=chosen.site == "any" and _reported_insertional_pain(patient),
        load_set_on=timezone.localdate(saved) if replaced else None,
    )


@cache
def _active_statement(lock: bool) -> str:
    # One active prescription per patient at most (a unique constraint), so no ordering. A
    # clinician's change saves a new prescription and deactivates the one it replaces.
    fields = ("id", "programme", "start_date", "starting_load_kg", "created_at")
    table = sql.table(Prescription)
    patient, active, created = (
        sql.columns(Prescription, [name]) for name in ("patient", "active", "created_at")
    )
    replaced = (
        f"EXISTS (SELECT 1 FROM {table} earlier WHERE earlier.{patient} = now_on.{patient} "
        f"AND NOT earlier.{active} AND earlier.{created} < now_on.{created})"
    )
    return (
        f"SELECT {sql.columns(Prescription, fields, 'now_on.')}, {replaced} FROM {table} now_on "
        f"WHERE now_on.{patient} = %s AND now_on.{active}" + (sql.lock_clause() if lock else "")
    )


def _reported_insertional_pain(patient: Patient) -> bool:
    """Whether the latest symptom check that asked where it hurts found pain at the insertion."""
    for intake in Assessment.objects.filter(patient=patient).values_list("intake", flat=True)[:10]:
        sites = intake.get("pain_site") if isinstance(intake, dict) else None
        if sites:
            return PainSite.INSERTION.value in sites
    return False


def todays_session(
    active: ActiveProgramme, logs: Sequence[SessionLog], today: dt.date
) -> SessionPlan:
    """The core's session for today from the logs up to today."""
    return next_session(
        active.programme,
        active.start,
        today,
        [log for log in logs if log.date <= today],
        has_insertional_pain=active.has_insertional_pain,
        starting_load_kg=active.starting_load_kg,
        load_set_on=active.load_set_on,
    )


def logged_days(patient: Patient) -> list[LoggedDay]:
    """The patient's logs, oldest first (one query)."""
    rows = sql.fetch_all(_logged_days_statement(), [patient.pk])
    return [
        LoggedDay(
            pk, date, sets, load, pain, MorningReport(morning, stiffness), _stored_ids(signs), words
        )
        for pk, date, sets, load, pain, morning, stiffness, signs, words in rows
    ]


@cache
def _logged_days_statement() -> str:
    fields = ("id", "date", "sets_done", "load_kg", "pain_during", "next_morning_pain")
    more = ("morning_stiffness_minutes", "warning_signs", "new_medicines")
    return (
        f"SELECT {sql.columns(ExerciseLog, [*fields, *more])} "
        f"FROM {sql.table(ExerciseLog)} WHERE patient_id = %s ORDER BY date"
    )


def place_morning_report(
    rows: Sequence[LoggedDay], day: dt.date, report: MorningReport
) -> tuple[MorningReport, dict[int, MorningReport]]:
    """Where the morning report given with the log dated ``day`` goes (see the module docs).

    ``rows`` are the patient's logs oldest first. Returns the report slot of the log dated
    ``day`` and the changed slots of other logs, by log id.
    """
    existing = next((row for row in rows if row.date == day), None)
    earlier = [row for row in rows if row.date < day]
    later = [row for row in rows if row.date > day]
    own = existing.morning if existing is not None else _NO_REPORT
    changed: dict[int, MorningReport] = {}
    if existing is None and earlier and later:
        own = earlier[-1].morning
    if existing is None and not earlier and len(later) == 1:
        own, changed[later[0].id] = later[0].morning, _NO_REPORT
    if earlier:
        changed[earlier[-1].id] = report
    elif not later:
        own = report
    unchanged = {row.id for row in rows if changed.get(row.id, row.morning) == row.morning}
    return own, {log_id: slot for log_id, slot in changed.items() if log_id not in unchanged}


def morning_report_shown_for(rows: Sequence[LoggedDay], day: dt.date) -> MorningReport:
    """The morning report given with the log dated ``day``, to show when it is opened for
    editing: where `place_morning_report` put it, or nothing for a day not yet logged."""
    if not any(row.date == day for row in rows):
        return _NO_REPORT
    earlier = [row for row in rows if row.date < day]
    if earlier:
        return earlier[-1].morning
    is_last = rows[-1].date == day
    return rows[-1].morning if is_last else _NO_REPORT


_SIGN_IDS = tuple(sign.id for sign in WARNING_SIGNS)
_SIGN_LABELS = {sign.id: sign.label for sign in WARNING_SIGNS}
_SIGN_ORDER = {sign_id: position for position, sign_id in enumerate(_SIGN_IDS)}


_NO_SIGNS: frozenset[str] = frozenset()


def _stored_ids(stored: str) -> frozenset[str]:
    """The sign ids in an `ExerciseLog.warning_signs` value (comma-separated)."""
    if not stored:  # nearly every log: read for each of a patient's logs on every save
        return _NO_SIGNS
    return frozenset(sign for sign in stored.split(",") if sign)


def _in_asking_order(ids: frozenset[str]) -> list[str]:
    # The order of WARNING_SIGNS, so the same signs always read and store the same way; an id
    # no longer asked about (stored before a sign was retired) goes last.
    return sorted(ids, key=lambda sign: (_SIGN_ORDER.get(sign, len(_SIGN_ORDER)), sign))


def _to_stored(ids: frozenset[str]) -> str:
    return ",".join(_in_asking_order(ids))


def named_warning_signs(stored: str) -> tuple[tuple[str, str], ...]:
    """(id, the daily log's words) for each sign in an `ExerciseLog.warning_signs` value, in
    the order of `WARNING_SIGNS`; empty for a log with none named (or saved before they were).

    An id no longer asked about keeps its id as its words: a reported sign is never dropped.
    """
    return tuple(
        (sign, _SIGN_LABELS.get(sign, sign)) for sign in _in_asking_order(_stored_ids(stored))
    )


def warning_sign_labels(stored: str) -> tuple[str, ...]:
    """The words of `named_warning_signs`, as the clinic's pages and the letters show them."""
    return tuple(label for _, label in named_warning_signs(stored))


def _warning_sign_ids(data: Mapping[str, Any]) -> frozenset[str]:
    chosen = data.get("warning_signs") or ()
    if isinstance(chosen, str) or not all(isinstance(sign, str) for sign in chosen):
        raise ValueError("warning_signs: give a list of sign ids")
    unknown = sorted(set(chosen) - set(_SIGN_IDS))
    if unknown:
        raise ValueError(
            f"warning_signs: unknown sign(s) {', '.join(unknown)}; "
            f"the signs are {', '.join(_SIGN_IDS)}"
        )
    return frozenset(chosen)


@dataclass(frozen=True)
class _Entry:
    date: dt.date
    sets_done: int
    load_kg: float
    pain_during: int
    morning: MorningReport
    warning_signs: frozenset[str]
    new_medicines: str

    @property
    def has_warning_sign(self) -> bool:
        return bool(self.warning_signs)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> _Entry:
        missing = [
            key for key in ("date", "sets_done", "load_kg", "pain_during") if key not in data
        ]
        if missing:
            raise ValueError(f"{', '.join(missing)}: required for a daily log")
        if not isinstance(data["date"], dt.date):
            raise ValueError("date: give the date of the session")
        entry = cls(
            date=data["date"],
            sets_done=data["sets_done"],
            load_kg=data["load_kg"],
            pain_during=data["pain_during"],
            morning=MorningReport(data.get("morning_pain"), data.get("morning_stiffness_minutes")),
            warning_signs=_warning_sign_ids(data),
            new_medicines=str(data.get("new_medicines") or "").strip()[:NEW_MEDICINES_LENGTH],
        )
        SessionLog(  # the core's own range checks, before anything is written
            date=entry.date,
            sets_done=entry.sets_done,
            load_kg=entry.load_kg,
            pain_during=entry.pain_during,
            next_morning_pain=entry.morning.pain,
            morning_stiffness_minutes=entry.morning.stiffness_minutes,
        )
        return entry


_UPDATED_ON_RELOG = (
    "prescription",
    "sets_done",
    "load_kg",
    "pain_during",
    "next_morning_pain",
    "morning_stiffness_minutes",
    "new_medicines",
    "updated_at",
)


def _save(
    patient: Patient,
    active: ActiveProgramme,
    entry: _Entry,
    own: MorningReport,
    before: LoggedDay | None,
) -> int:
    """Insert or update the log for the entry's date in one statement; returns its id.

    A warning sign, once reported for a date, stays reported: only a tick overwrites the flag,
    and the signs stored are those ticked now together with those already stored for the date
    in ``before`` (read in the same transaction after the patient's prescription was locked,
    so a save made at the same instant is either seen or waits for this one). A sign not
    stored before, or medicines in new words, are reported now: their time is stored, so they
    stand from today even on a back-filled day, and again after an earlier one was assessed.
    """
    now = timezone.now()
    signs_before = before.warning_signs if before is not None else frozenset()
    has_new_sign = bool(entry.warning_signs - signs_before)
    has_new_words = bool(entry.new_medicines) and (
        before is None or entry.new_medicines != before.new_medicines
    )
    reported = [
        name
        for name, is_new in (
            ("signs_reported_at", has_new_sign),
            ("medicines_reported_at", has_new_words),
        )
        if is_new
    ]
    return sql.insert(
        ExerciseLog,
        {
            "patient": patient.pk,
            "prescription": active.prescription_id,
            "date": entry.date,
            "sets_done": entry.sets_done,
            "load_kg": entry.load_kg,
            "pain_during": entry.pain_during,
            "next_morning_pain": own.pain,
            "morning_stiffness_minutes": own.stiffness_minutes,
            "red_flag_reported": entry.has_warning_sign,
            "warning_signs": _to_stored(entry.warning_signs | signs_before),
            "new_medicines": entry.new_medicines,
            "signs_reported_at": now if has_new_sign else None,
            "medicines_reported_at": now if has_new_words else None,
            "note": "",
            "created_at": now,
            "updated_at": now,
        },
        unique=("patient", "date"),
        update=(
            [*_UPDATED_ON_RELOG, "red_flag_reported", "warning_signs", *reported]
            if entry.has_warning_sign
            else [*_UPDATED_ON_RELOG, *reported]
        ),
    )


@cache
def _move_report_statement() -> str:
    pain, stiffness = (
        sql.columns(ExerciseLog, [name])
        for name in ("next_morning_pain", "morning_stiffness_minutes")
    )
    return f"UPDATE {sql.table(ExerciseLog)} SET {pain} = %s, {stiffness} = %s WHERE id = %s"


def _session_logs(
    rows: Sequence[LoggedDay], changed: Mapping[int, MorningReport]
) -> list[SessionLog]:
    # The rows already hold the database's checked ranges: no second validation.
    return [
        SessionLog.model_construct(
            date=row.date,
            sets_done=row.sets_done,
            load_kg=row.load_kg,
            pain_during=row.pain_during,
            next_morning_pain=changed.get(row.id, row.morning).pain,
            morning_stiffness_minutes=changed.get(row.id, row.morning).stiffness_minutes,
            reported_sign_or_medicine=bool(row.warning_signs or row.new_medicines),
        )
        for row in rows
    ]


def record_daily_log(
    patient: Patient,
    cleaned_data: Mapping[str, Any],
    today: dt.date,
    *,
    request: HttpRequest | None = None,
) -> SessionPlan:
    """Save one day's log (one per date: a second one for a date updates it), store this
    morning's report where the core reads it (see the module docs), audit the write, and
    return the core's next session for the patient.

    ``cleaned_data`` keys: ``date`` (dt.date), ``sets_done`` (int, sets of each exercise,
    0-50; 0 = rest day), ``load_kg`` (added weight, 0-300), ``pain_during`` (0-10); optional
    ``morning_pain`` (0-10, on getting up this morning), ``morning_stiffness_minutes``
    (0-1440), ``warning_signs`` (ids from `WARNING_SIGNS`), ``new_medicines`` (text).
    ``request`` gives the audit event its origin; without one the patient is the actor.
    Raises `LogDateError` or `NoActiveProgrammeError` (ValueErrors naming the problem),
    and ValueError for a missing key or an out-of-range value. Four statements and one per
    morning report moved (usually one), whatever the number of logs; one more for a programme
    that depends on the site of the pain.
    """
    entry = _Entry.from_data(cleaned_data)
    check_log_date(entry.date, today)
    with transaction.atomic():
        # Locked first: the rows read below decide what is written, so two saves for this
        # patient must not both read before either writes.
        active = active_programme(patient, lock=True)
        if active is None:
            raise NoActiveProgrammeError("There is no exercise programme to log against yet.")
        rows = logged_days(patient)
        own, changed = place_morning_report(rows, entry.date, entry.morning)
        existing = next((row for row in rows if row.date == entry.date), None)
        log_id = _save(patient, active, entry, own, existing)
        for other_id, slot in changed.items():
            sql.execute(_move_report_statement(), [slot.pain, slot.stiffness_minutes, other_id])
        audit.record(
            request,
            AuditAction.WRITE,
            patient=patient,
            obj=ExerciseLog(pk=log_id),
            actor=None if request is not None else patient.user,
        )
    saved = LoggedDay(
        log_id,
        entry.date,
        entry.sets_done,
        entry.load_kg,
        entry.pain_during,
        own,
        entry.warning_signs | (existing.warning_signs if existing else frozenset()),
        entry.new_medicines,
    )
    others = [row for row in rows if row.date != entry.date]
    return todays_session(active, _session_logs([*others, saved], changed), today)


def warning_advice(cleaned_data: Mapping[str, Any]) -> AssessmentResult | None:
    """The core's assessment of a log's warning signs and new medicines, when it finds a red
    flag (a warning sign, or a fluoroquinolone with tendon pain); None otherwise.

    Each ticked sign becomes its intake answer (`WARNING_SIGNS`); the medicines text, all of
    it, becomes the intake's medications, one per medicine (`intake_medications`). The core
    decides the disposition and the advice.
    """
    chosen = _warning_sign_ids(cleaned_data)
    answers = _answers(sign for sign in WARNING_SIGNS if sign.id in chosen)
    medicines = intake_medications([str(cleaned_data.get("new_medicines") or "")])
    if medicines:
        answers["medications"] = medicines
    if not answers:
        return None
    result = assess(Intake(**answers))
    return result if result.red_flags else None


def _answers(signs: Iterable[WarningSign]) -> dict[str, Any]:
    return {sign.field: sign.answer for sign in signs}


def answers_for_signs(labels: Iterable[str]) -> dict[str, Any]:
    """The intake answers that signs named in the daily log's words stand for; a sign no
    longer asked about has no answer."""
    named = set(labels)
    return _answers(sign for sign in WARNING_SIGNS if sign.label in named)


def intake_medications(texts: Iterable[str]) -> tuple[str, ...]:
    """Medicines texts from logs as the intake's medication entries: each entry the core's
    splitter finds (`medicine_entries`) that names a medicine it knows, within the intake's
    limits.

    An entry longer than the intake takes is wrapped at spaces rather than cut off, so a name
    near the end of a long text is still read; if that parts a route word from its drug, the
    drug counts as systemic (the safe side). Entries naming no known medicine are left out,
    as the core would find nothing in them, and fluoroquinolones go first, so the red flag
    can never fall past the intake's cap on entries.
    """
    pieces = (
        piece
        for text in texts
        for entry in medicine_entries(text)
        for piece in textwrap.wrap(entry, _INTAKE_TEXT_LENGTH)
    )
    named = [piece for piece in dict.fromkeys(pieces) if classify_medicine(piece)]
    named.sort(key=lambda piece: not medicine_findings((piece,)).takes("fluoroquinolone"))
    return tuple(named[:_INTAKE_ENTRIES])


@cache
def signs_disposition(labels: tuple[str, ...]) -> Disposition:
    """How soon the core says to act on these signs (in the daily log's words): emergency for
    chest pain or breathlessness, otherwise urgent, as for any warning sign."""
    answers = answers_for_signs(labels)
    found = assess(Intake(**answers)).disposition if answers else Disposition.URGENT
    return max(found, Disposition.URGENT, key=lambda item: item.rank)
