"""The pain-monitoring model: should the next session progress, hold or reduce the load?

Silbernagel's model (silbernagel-2007, silbernagel-2020), with its numbers in pathway.toml
``[pain_monitoring]``:

1. Pain during exercise up to ``acceptable_max_pain_during`` (5/10) is allowed; above it, reduce.
2. Next-morning pain and stiffness must settle: higher than the morning before, reduce.
3. Pain must not rise from one week to the next (7-day mean of pain during exercise and of
   next-morning pain, against the 7 days before); if it does, reduce.
4. The last ``settled_sessions_before_progress`` sessions all at the current load, all at or
   below ``safe_max_pain_during`` (2/10) and all settled by the next morning: progress. (Our
   refinement: sessions at a lighter load do not count, so load cannot rise every day.)
5. Otherwise hold.

One log per day. A log's next-morning fields describe the morning AFTER that session; the morning
before a session is the previous log's next-morning report (older if days were missed). Logs are
read in date order whatever order they arrive in; two logs for the same date are an error.

Rule ids (``LoadAdvice.rule``): pain_monitoring.no_logs, .pain_during, .next_morning,
.weekly_trend, .acceptable_pain (hold: pain above the safe zone) and .settled_sessions (progress,
or hold until enough settled sessions at this load). Each advice gives its reason twice, with the
same facts: ``reason`` tells the person what to do, ``clinician_reason`` tells a clinician what
the model found and advises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from itertools import pairwise
from typing import Annotated, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

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


def _morning_pain(log: SessionLog) -> int | None:
    return log.next_morning_pain


def _morning_stiffness(log: SessionLog) -> int | None:
    return log.morning_stiffness_minutes


def _morning_rise(ordered: Sequence[SessionLog], index: int, reading: _Reading) -> int | None:
    """How much this session's next-morning reading rose above the previous one (None: unknown)."""
    value = reading(ordered[index])
    if value is None:
        return None
    for earlier in reversed(ordered[:index]):
        previous = reading(earlier)
        if previous is not None:
            return value - previous
    return None


def _did_not_settle(
    ordered: Sequence[SessionLog], index: int, rules: PainMonitoringRules
) -> _Why | None:
    """Why the morning after session ``index`` had not settled, or None if it had (or is
    unknown)."""
    log = ordered[index]
    day = log.date.isoformat()
    pain_rise = _morning_rise(ordered, index, _morning_pain)
    if pain_rise is not None and pain_rise > rules.next_morning_rise_allowed:
        return _Why(
            f"The morning after your session on {day}, your pain was "
            f"{log.next_morning_pain}/10, higher than the morning before. It had not settled.",
            f"Next-morning pain {log.next_morning_pain}/10 after the session on {day}, higher "
            "than the morning before: not settled.",
        )
    stiffness_rise = _morning_rise(ordered, index, _morning_stiffness)
    allowed_minutes = rules.next_morning_stiffness_rise_allowed_minutes
    if stiffness_rise is not None and stiffness_rise > allowed_minutes:
        return _Why(
            f"The morning after your session on {day}, you were stiff for "
            f"{log.morning_stiffness_minutes} minutes, longer than the morning before.",
            f"Next-morning stiffness {log.morning_stiffness_minutes} minutes after the session "
            f"on {day}, longer than the morning before: not settled.",
        )
    return None


def _latest_morning_report(ordered: Sequence[SessionLog]) -> int | None:
    """Index of the newest of the last two sessions with a next-morning report, if any."""
    for index in range(len(ordered) - 1, max(len(ordered) - 3, -1), -1):
        log = ordered[index]
        if log.next_morning_pain is not None or log.morning_stiffness_minutes is not None:
            return index
    return None


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _weekly_rise(ordered: Sequence[SessionLog], rules: PainMonitoringRules) -> _Why | None:
    """Why pain rose from the previous 7 days to the last 7 days, or None if it did not."""
    latest = ordered[-1].date
    this_week = [log for log in ordered if (latest - log.date).days < 7]
    last_week = [log for log in ordered if 7 <= (latest - log.date).days < 14]
    for label, reading in (("during exercise", _pain_during), ("the next morning", _morning_pain)):
        now = _mean([value for log in this_week if (value := reading(log)) is not None])
        before = _mean([value for log in last_week if (value := reading(log)) is not None])
        if now is not None and before is not None and now > before + rules.weekly_rise_allowed:
            rise = (
                f"over the last 7 days was {now:.1f}/10, up from {before:.1f}/10 the week before."
            )
            return _Why(
                f"Your average pain {label} {rise}",
                f"Average pain {label} {rise}",
            )
    return None


def _pain_during(log: SessionLog) -> int | None:
    return log.pain_during


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


def _why_not_progress(
    ordered: Sequence[SessionLog], rules: PainMonitoringRules
) -> tuple[str, _Why] | None:
    """The rule and reason that keep the load where it is, or None when more load is earned."""
    needed = rules.settled_sessions_before_progress
    safe = rules.safe_max_pain_during
    recent = ordered[max(0, len(ordered) - needed) :]
    if any(log.pain_during > safe for log in recent):
        return "acceptable_pain", _Why(
            f"Pain up to {rules.acceptable_max_pain_during}/10 is allowed, but more load waits "
            f"until pain stays at {safe}/10 or less.",
            f"pain up to {rules.acceptable_max_pain_during}/10 is acceptable, but progression "
            f"waits until pain stays at {safe}/10 or less.",
        )
    # Each step up must be earned afresh: sessions at a lighter load do not count.
    if len(recent) < needed or any(log.load_kg != recent[-1].load_kg for log in recent):
        return "settled_sessions", _Why(
            f"More load comes after {needed} sessions in a row at this load, with pain at "
            f"{safe}/10 or less that settles by the next morning.",
            f"progression follows {needed} consecutive sessions at this load with pain at "
            f"{safe}/10 or less, settled by the next morning.",
        )
    # The newest session's next morning may not have come yet; every earlier one must be known.
    for index in range(len(ordered) - needed, len(ordered)):
        log = ordered[index]
        if log.next_morning_pain is None and index < len(ordered) - 1:
            return "settled_sessions", _Why(
                f"Tell us your pain on the morning after {log.date}.",
                f"next-morning pain after the session on {log.date} not reported.",
            )
        if _did_not_settle(ordered, index, rules):
            return "settled_sessions", _Why(
                "More load waits until pain settles by the next morning.",
                "progression waits until pain settles by the next morning.",
            )
    return None


def _progress_or_hold(ordered: Sequence[SessionLog], rules: PainMonitoringRules) -> LoadAdvice:
    blocker = _why_not_progress(ordered, rules)
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
    logs: Sequence[SessionLog], rules: PainMonitoringRules | None = None
) -> LoadAdvice:
    """Progress, hold or reduce the load next session, by the pain-monitoring model.

    ``rules`` defaults to pathway.toml ``[pain_monitoring]``. Logs may be in any order.
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
    latest = ordered[-1]
    allowed = rules.acceptable_max_pain_during
    if latest.pain_during > allowed:
        finding = _Why(
            f"Your pain during exercise was {latest.pain_during}/10, above the {allowed}/10 "
            "that is allowed.",
            f"Pain during exercise {latest.pain_during}/10 at the last session, above the "
            f"{allowed}/10 allowed.",
        )
        return _reduce("pain_during", finding, rules)
    reported = _latest_morning_report(ordered)
    unsettled = None if reported is None else _did_not_settle(ordered, reported, rules)
    if unsettled:
        return _reduce("next_morning", unsettled, rules)
    weekly = _weekly_rise(ordered, rules)
    if weekly:
        return _reduce("weekly_trend", weekly, rules)
    return _progress_or_hold(ordered, rules)
