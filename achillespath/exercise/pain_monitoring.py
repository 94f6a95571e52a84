"""The pain-monitoring model: should the next session progress, hold or reduce the load?

Silbernagel's model (silbernagel-2007, silbernagel-2020), with its numbers in pathway.toml
``[pain_monitoring]``:

1. Pain during exercise up to ``acceptable_max_pain_during`` (5/10) is allowed; above it, reduce.
2. Next-morning pain and stiffness must settle. Higher than the morning before, or pain above
   ``acceptable_max_next_morning_pain`` (5/10, more than pain may reach even just after
   activity), reduce. Settled means no higher than the morning before AND at most
   ``settled_max_next_morning_pain`` (2/10, the safe zone): a steady 9/10 has not settled, nor
   has a first morning report of 9/10 with no morning before it to compare. The newest report
   of each reading decides, however many logs since skipped the optional morning question: only
   a newer report can show that a morning settled. One morning of 3-5/10 holds the load (rule
   5); ``unsettled_mornings_before_reduce`` (3) such reports in a row, reduce, so an unsettled
   morning never just holds the load indefinitely.
3. Pain and stiffness must not rise from one week to the next (7-day mean of pain during
   exercise, of next-morning pain and of next-morning stiffness, against the 7 days before); if
   they do, reduce.
4. The last ``settled_sessions_before_progress`` sessions all at the current load, all at or
   below ``safe_max_pain_during`` (2/10) and all settled by the next morning: progress. (Our
   refinement: sessions at a lighter load do not count, so load cannot rise every day. Nor do
   a log that reported a warning sign or a new medicine, or the sessions before it, nor
   sessions logged up to the day a clinician set the load: the sessions after must earn it.)
5. Otherwise hold.

Rest days (``sets_done`` 0) never earn progression: only sessions where exercise was done count
in rule 4, and rule 1 and the weekly mean of pain during exercise read sessions. A rest day can
still hold or reduce the load: its next-morning report is a morning like any other (rules 2, 3
and 4), and pain it logs counts against progression (rule 4) and, above 5/10, calls for less
load (rule 1).

One log per day. A log's next-morning fields describe the morning AFTER that session; the morning
before a session is the previous log's next-morning report (older if days were missed). Logs are
read in date order whatever order they arrive in; two logs for the same date are an error.

Rule ids (``LoadAdvice.rule``): pain_monitoring.no_logs, .pain_during, .next_morning,
.unsettled_mornings (rule 2's run of unsettled mornings), .weekly_trend, .acceptable_pain (hold:
pain above the safe zone) and .settled_sessions (progress, or hold until enough settled sessions
at this load). Each advice gives its reason twice, with the same facts: ``reason`` tells the
person what to do, ``clinician_reason`` tells a clinician what the model found and advises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from itertools import pairwise
from typing import Annotated, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from achillespath.dates import day_words
from achillespath.pathway.definition import PainMonitoringRules, load_pathway

__all__ = [
    "DuplicateSessionLogError",
    "LoadAction",
    "LoadAdvice",
    "SessionLog",
    "advise_next_session",
    "sessions_in_date_order",
]

_PainScore = Annotated[int, Field(strict=True, ge=0, le=10)]


class SessionLog(BaseModel):
    """One day's exercise session as the person logged it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    date: dt.date
    sets_done: Annotated[int, Field(strict=True, ge=0, le=50)]  # sets of each exercise
    load_kg: Annotated[float, Field(ge=0, le=500, allow_inf_nan=False)]  # added weight
    pain_during: _PainScore  # worst pain during the session, 0-10
    next_morning_pain: _PainScore | None = None  # on getting up the morning after, 0-10
    # Stiffness on getting up the morning after, in minutes (0-1440)
    morning_stiffness_minutes: Annotated[int, Field(strict=True, ge=0, le=1440)] | None = None
    # A warning sign or a new medicine was reported with this log: the session still counts as
    # done, but neither it nor any before it earns more load (rule 4).
    reported_sign_or_medicine: bool = False

    @property
    def is_rest_day(self) -> bool:
        """No exercise done that day (0 sets): it never counts as a session towards more load."""
        return self.sets_done == 0


class LoadAction(StrEnum):
    PROGRESS = "progress"
    HOLD = "hold"
    REDUCE = "reduce"


class LoadAdvice(BaseModel):
    """What to do with the load next session, why (for the person, and for a clinician), the
    rule id and its sources."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: LoadAction
    reason: str
    clinician_reason: str
    rule: str
    sources: tuple[str, ...]


class _Why(NamedTuple):
    """One finding in the person's words and in a clinician's."""

    patient: str
    clinician: str


class DuplicateSessionLogError(ValueError):
    """Two logs for the same date: keep one log per day."""


def sessions_in_date_order(logs: Sequence[SessionLog]) -> tuple[SessionLog, ...]:
    """The logs oldest first; raises `DuplicateSessionLogError` for a repeated date."""
    ordered = tuple(sorted(logs, key=lambda log: log.date))
    for earlier, later in pairwise(ordered):
        if earlier.date == later.date:
            raise DuplicateSessionLogError(
                f"two session logs for {later.date.isoformat()}; keep one log per day"
            )
    return ordered


_Reading = Callable[[SessionLog], int | None]


def _day_of(log: SessionLog) -> _Why:
    """The day a log describes, as the person and a clinician read it."""
    day = day_words(log.date)
    if not log.is_rest_day:
        return _Why(f"your session on {day}", f"the session on {day}")
    return _Why(f"your rest day on {day}", f"the rest day on {day}")


def _session_indices(ordered: Sequence[SessionLog]) -> list[int]:
    """Where in ``ordered`` the sessions are: the logs that were not rest days."""
    return [index for index, log in enumerate(ordered) if not log.is_rest_day]


def _pain_during(log: SessionLog) -> int | None:
    return log.pain_during


def _morning_pain(log: SessionLog) -> int | None:
    return log.next_morning_pain


def _morning_stiffness(log: SessionLog) -> int | None:
    return log.morning_stiffness_minutes


def _morning_rise(ordered: Sequence[SessionLog], index: int, reading: _Reading) -> int | None:
    """How much this log's next-morning reading rose above the previous one (None: unknown)."""
    value = reading(ordered[index])
    if value is None:
        return None
    for earlier in reversed(ordered[:index]):
        previous = reading(earlier)
        if previous is not None:
            return value - previous
    return None


def _pain_setback(
    ordered: Sequence[SessionLog], index: int, rules: PainMonitoringRules
) -> _Why | None:
    """Why next-morning pain after log ``index`` calls for less load (rule 2), or None."""
    after = _day_of(ordered[index])
    pain = ordered[index].next_morning_pain
    acceptable = rules.acceptable_max_next_morning_pain
    if pain is not None and pain > acceptable:
        return _Why(
            f"The morning after {after.patient}, your pain was {pain}/10. Pain may reach "
            f"{acceptable}/10 just after exercise, but it should settle by the next morning.",
            f"Next-morning pain {pain}/10 after {after.clinician}, above the {acceptable}/10 "
            "allowed even just after activity: not settled.",
        )
    pain_rise = _morning_rise(ordered, index, _morning_pain)
    if pain_rise is not None and pain_rise > rules.next_morning_rise_allowed:
        return _Why(
            f"The morning after {after.patient}, your pain was {pain}/10, higher than the "
            "morning before. It had not settled.",
            f"Next-morning pain {pain}/10 after {after.clinician}, higher than the morning "
            "before: not settled.",
        )
    return None


def _stiffness_setback(
    ordered: Sequence[SessionLog], index: int, rules: PainMonitoringRules
) -> _Why | None:
    """Why next-morning stiffness after log ``index`` calls for less load (rule 2), or None."""
    stiffness_rise = _morning_rise(ordered, index, _morning_stiffness)
    if (
        stiffness_rise is None
        or stiffness_rise <= rules.next_morning_stiffness_rise_allowed_minutes
    ):
        return None
    after = _day_of(ordered[index])
    minutes = ordered[index].morning_stiffness_minutes
    return _Why(
        f"The morning after {after.patient}, you were stiff for {minutes} minutes, longer "
        "than the morning before.",
        f"Next-morning stiffness {minutes} minutes after {after.clinician}, longer than the "
        "morning before: not settled.",
    )


def _morning_setback(
    ordered: Sequence[SessionLog], index: int, rules: PainMonitoringRules
) -> _Why | None:
    """Why the morning after log ``index`` calls for less load (rule 2), or None."""
    return _pain_setback(ordered, index, rules) or _stiffness_setback(ordered, index, rules)


def _did_not_settle(
    ordered: Sequence[SessionLog], index: int, rules: PainMonitoringRules
) -> _Why | None:
    """Why the morning after log ``index`` had not settled, or None if it had (or is unknown).

    A setback (rule 2) has not settled; nor has pain above the settled level, even when it is no
    higher than the morning before or there is no morning before to compare."""
    setback = _morning_setback(ordered, index, rules)
    if setback:
        return setback
    log = ordered[index]
    settled = rules.settled_max_next_morning_pain
    if log.next_morning_pain is not None and log.next_morning_pain > settled:
        after = _day_of(log)
        return _Why(
            f"The morning after {after.patient}, your pain was {log.next_morning_pain}/10. It "
            f"has settled when it is back to {settled}/10 or less.",
            f"Next-morning pain {log.next_morning_pain}/10 after {after.clinician}, above "
            f"{settled}/10: not settled.",
        )
    return None


def _latest_report(ordered: Sequence[SessionLog], reading: _Reading) -> int | None:
    """Index of the newest log with this next-morning reading, however old, if any."""
    for index in reversed(range(len(ordered))):
        if reading(ordered[index]) is not None:
            return index
    return None


class _MorningCheck(NamedTuple):
    """One next-morning reading, how a setback in it is found, and how to ask for it afresh."""

    reading: _Reading
    setback: Callable[[Sequence[SessionLog], int, PainMonitoringRules], _Why | None]
    ask_patient: str
    name: str


_MORNING_CHECKS = (
    _MorningCheck(_morning_pain, _pain_setback, "your pain on getting up", "pain"),
    _MorningCheck(
        _morning_stiffness, _stiffness_setback, "how long you are stiff on getting up", "stiffness"
    ),
)


def _latest_morning_setback(
    ordered: Sequence[SessionLog], rules: PainMonitoringRules
) -> _Why | None:
    """Why the newest next-morning pain, or the newest stiffness, calls for less load (rule 2).

    A morning that had not settled stands until a newer report of the same reading: the morning
    question is optional, and a log that skips it shows nothing about whether the pain settled.
    """
    for check in _MORNING_CHECKS:
        index = _latest_report(ordered, check.reading)
        setback = None if index is None else check.setback(ordered, index, rules)
        if index is None or setback is None:
            continue
        # The newest log's morning may not have come yet; any log before it that skipped the
        # question leaves the setback standing, so ask for the report that could lift it.
        if index < len(ordered) - 2:
            return _Why(
                f"{setback.patient} Tell us {check.ask_patient} when you next log, so we know "
                "when it has settled.",
                f"{setback.clinician} No next-morning {check.name} reported since.",
            )
        return setback
    return None


def _mornings_not_settling(
    ordered: Sequence[SessionLog], rules: PainMonitoringRules
) -> _Why | None:
    """Why next-morning pain above the settled level on each of the last
    ``unsettled_mornings_before_reduce`` morning pain reports calls for less load, or None.

    One such morning only holds the load (rule 5); a run of them is the next-morning rule
    broken, not a bad night. Logs without a morning answer neither break nor extend the run."""
    needed = rules.unsettled_mornings_before_reduce
    settled = rules.settled_max_next_morning_pain
    reported = [(log, pain) for log in ordered if (pain := log.next_morning_pain) is not None]
    mornings = reported[-needed:]
    if len(mornings) < needed or any(pain <= settled for _, pain in mornings):
        return None
    pains = ", ".join(f"{pain}/10" for _, pain in mornings)
    last = _day_of(mornings[-1][0])
    return _Why(
        f"Your pain on getting up was above {settled}/10 on each of the last {needed} mornings "
        f"you told us about ({pains}), the latest on the morning after {last.patient}. Pain "
        f"after exercise should settle to {settled}/10 or less by the next morning.",
        f"Next-morning pain above {settled}/10 on each of the last {needed} morning reports "
        f"({pains}), the latest after {last.clinician}: not settled.",
    )


def _too_painful(ordered: Sequence[SessionLog], rules: PainMonitoringRules) -> _Why | None:
    """Why pain logged since the last session (rule 1) calls for less load, or None.

    Reads the last session and any rest days logged after it, so a rest day neither hides a
    painful session nor its own pain."""
    sessions = _session_indices(ordered)
    since = sessions[-1] if sessions else len(ordered) - 1
    allowed = rules.acceptable_max_pain_during
    for log in reversed(ordered[since:]):
        if log.pain_during <= allowed:
            continue
        if log.is_rest_day:
            day = _day_of(log)
            return _Why(
                f"On {day.patient}, your pain was {log.pain_during}/10, above the {allowed}/10 "
                "that is allowed even during exercise.",
                f"Pain {log.pain_during}/10 logged on {day.clinician}, above the {allowed}/10 "
                "allowed during exercise.",
            )
        return _Why(
            f"Your pain during exercise was {log.pain_during}/10, above the {allowed}/10 "
            "that is allowed.",
            f"Pain during exercise {log.pain_during}/10 at the last session, above the "
            f"{allowed}/10 allowed.",
        )
    return None


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


class _Trend(NamedTuple):
    """One weekly reading: what it is, in the person's words and a clinician's, and its unit."""

    reading: _Reading
    patient: str
    clinician: str
    unit: str
    rise_allowed: float
    sessions_only: bool  # True: rest days have no pain during exercise to average


def _trends(rules: PainMonitoringRules) -> tuple[_Trend, ...]:
    return (
        _Trend(
            _pain_during,
            "Your average pain during exercise",
            "Average pain during exercise",
            "/10",
            rules.weekly_rise_allowed,
            sessions_only=True,
        ),
        _Trend(
            _morning_pain,
            "Your average pain the next morning",
            "Average pain the next morning",
            "/10",
            rules.weekly_rise_allowed,
            sessions_only=False,
        ),
        _Trend(
            _morning_stiffness,
            "Your average stiffness on getting up",
            "Average next-morning stiffness",
            " minutes",
            rules.weekly_stiffness_rise_allowed_minutes,
            sessions_only=False,
        ),
    )


def _weekly_rise(ordered: Sequence[SessionLog], rules: PainMonitoringRules) -> _Why | None:
    """Why pain or stiffness rose from the previous 7 days to the last 7, or None if neither."""
    latest = ordered[-1].date
    for trend in _trends(rules):
        logs = [log for log in ordered if not (log.is_rest_day and trend.sessions_only)]
        this_week = [log for log in logs if (latest - log.date).days < 7]
        last_week = [log for log in logs if 7 <= (latest - log.date).days < 14]
        now = _mean([value for log in this_week if (value := trend.reading(log)) is not None])
        before = _mean([value for log in last_week if (value := trend.reading(log)) is not None])
        if now is not None and before is not None and now > before + trend.rise_allowed:
            rise = (
                f"over the last 7 days was {now:.1f}{trend.unit}, up from "
                f"{before:.1f}{trend.unit} the week before."
            )
            return _Why(f"{trend.patient} {rise}", f"{trend.clinician} {rise}")
    return None


def _advice(action: LoadAction, rule: str, why: _Why, rules: PainMonitoringRules) -> LoadAdvice:
    return LoadAdvice(
        action=action,
        reason=why.patient,
        clinician_reason=why.clinician,
        rule=f"pain_monitoring.{rule}",
        sources=rules.sources,
    )


def _reduce(rule: str, finding: _Why, rules: PainMonitoringRules) -> LoadAdvice:
    """Reduce the load, saying what was found; a clinician reads what the model advises."""
    why = _Why(
        f"{finding.patient} Ease off next time.",
        f"{finding.clinician} The model advises reducing the load.",
    )
    return _advice(LoadAction.REDUCE, rule, why, rules)


class _FreshStart(NamedTuple):
    """The first log that can earn more load, and why none before it can."""

    first: int
    why: _Why


def _fresh_start(ordered: Sequence[SessionLog], load_set_on: dt.date | None) -> _FreshStart | None:
    """Where the run that can earn more load begins, when something since the first log began
    it afresh: the latest log that reported a warning sign or a new medicine (the sessions after
    it must show the tendon copes), or the day a clinician set the load (the sessions at the new
    load must earn the next step). None when every log may count."""
    starts = []
    reported = [index for index, log in enumerate(ordered) if log.reported_sign_or_medicine]
    if reported:
        day = day_words(ordered[reported[-1]].date)
        starts.append(
            _FreshStart(
                reported[-1] + 1,
                _Why(
                    f"since your log for {day} reported a warning sign or a new medicine",
                    f"since the log for {day} that reported a warning sign or a new medicine",
                ),
            )
        )
    if load_set_on is not None:
        day = day_words(load_set_on)
        starts.append(
            _FreshStart(
                next((i for i, log in enumerate(ordered) if log.date > load_set_on), len(ordered)),
                _Why(
                    f"at the load your clinician set on {day}",
                    f"at the load set by the clinician on {day}",
                ),
            )
        )
    return max(starts, default=None, key=lambda start: start.first)


def _why_not_progress(
    ordered: Sequence[SessionLog], rules: PainMonitoringRules, load_set_on: dt.date | None
) -> tuple[str, _Why] | None:
    """The rule and reason that keep the load where it is, or None when more load is earned.

    Only sessions count towards more load, and only those after a fresh start
    (`_fresh_start`); rest days among them still must not be painful or leave a morning
    unsettled."""
    needed = rules.settled_sessions_before_progress
    safe = rules.safe_max_pain_during
    fresh = _fresh_start(ordered, load_set_on)
    first = fresh.first if fresh else 0
    sessions = [index for index in _session_indices(ordered) if index >= first][-needed:]
    recent = [ordered[index] for index in sessions]
    since = sessions[0] if sessions else len(ordered)
    if any(log.pain_during > safe for log in ordered[since:]):
        return "acceptable_pain", _Why(
            f"Pain up to {rules.acceptable_max_pain_during}/10 is allowed, but more load waits "
            f"until pain stays at {safe}/10 or less.",
            f"pain up to {rules.acceptable_max_pain_during}/10 is acceptable, but progression "
            f"waits until pain stays at {safe}/10 or less.",
        )
    settled = rules.settled_max_next_morning_pain
    if fresh and len(recent) < needed:
        return "settled_sessions", _Why(
            f"More load comes after {needed} sessions {fresh.why.patient} (rest days do not "
            f"count), each with pain at {safe}/10 or less that is back to {settled}/10 or less "
            "by the next morning.",
            f"progression follows {needed} sessions {fresh.why.clinician} (rest days not "
            f"counted), each with pain at {safe}/10 or less, back to {settled}/10 or less by the "
            "next morning.",
        )
    # Each step up must be earned afresh: sessions at a lighter load do not count.
    if len(recent) < needed or any(log.load_kg != recent[-1].load_kg for log in recent):
        return "settled_sessions", _Why(
            f"More load comes after {needed} sessions in a row at this load (rest days do not "
            f"count), with pain at {safe}/10 or less that is back to {settled}/10 or less by "
            "the next morning.",
            f"progression follows {needed} consecutive sessions at this load (rest days not "
            f"counted) with pain at {safe}/10 or less, back to {settled}/10 or less by the next "
            "morning.",
        )
    # The newest log's next morning may not have come yet; every earlier session's must be known.
    # Newest first, so the reason names the latest morning that holds the load.
    for index in reversed(range(since, len(ordered))):
        log = ordered[index]
        if not log.is_rest_day and log.next_morning_pain is None and index < len(ordered) - 1:
            return "settled_sessions", _Why(
                f"Tell us your pain on the morning after {day_words(log.date)}.",
                f"next-morning pain after the session on {day_words(log.date)} not reported.",
            )
        unsettled = _did_not_settle(ordered, index, rules)
        if unsettled:
            return "settled_sessions", _Why(
                "More load waits until pain and stiffness settle by the next morning. "
                f"{unsettled.patient}",
                "progression waits until pain and stiffness settle by the next morning. "
                f"{unsettled.clinician}",
            )
    return None


def _progress_or_hold(
    ordered: Sequence[SessionLog], rules: PainMonitoringRules, load_set_on: dt.date | None
) -> LoadAdvice:
    blocker = _why_not_progress(ordered, rules, load_set_on)
    if blocker:
        rule, why = blocker
        held = _Why(f"Keep the same load. {why.patient}", f"Hold the load: {why.clinician}")
        return _advice(LoadAction.HOLD, rule, held, rules)
    settled = (
        f"{rules.settled_sessions_before_progress} sessions had pain at "
        f"{rules.safe_max_pain_during}/10 or less"
    )
    return _advice(
        LoadAction.PROGRESS,
        "settled_sessions",
        _Why(
            f"Your last {settled} and it settled each time. You can add a little more load.",
            f"The last {settled}, settled each time: the model advises a small increase in load.",
        ),
        rules,
    )


def advise_next_session(
    logs: Sequence[SessionLog],
    rules: PainMonitoringRules | None = None,
    *,
    load_set_on: dt.date | None = None,
) -> LoadAdvice:
    """Progress, hold or reduce the load next session, by the pain-monitoring model.

    ``rules`` defaults to pathway.toml ``[pain_monitoring]``. Logs may be in any order.
    ``load_set_on`` is the day a clinician set the load without restarting the programme: the
    logs up to that day still hold or reduce it, but only sessions after it earn more.
    Raises `DuplicateSessionLogError` (a ValueError) for two logs with the same date.
    """
    rules = rules or load_pathway().pain_monitoring
    ordered = sessions_in_date_order(logs)
    if not ordered:
        return _advice(
            LoadAction.HOLD,
            "no_logs",
            _Why(
                "Log your first session so we can guide your next one.",
                "No session logged yet: load advice starts after the first log.",
            ),
            rules,
        )
    painful = _too_painful(ordered, rules)
    if painful:
        return _reduce("pain_during", painful, rules)
    setback = _latest_morning_setback(ordered, rules)
    if setback:
        return _reduce("next_morning", setback, rules)
    not_settling = _mornings_not_settling(ordered, rules)
    if not_settling:
        return _reduce("unsettled_mornings", not_settling, rules)
    weekly = _weekly_rise(ordered, rules)
    if weekly:
        return _reduce("weekly_trend", weekly, rules)
    return _progress_or_hold(ordered, rules, load_set_on)
