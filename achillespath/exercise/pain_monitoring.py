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
or hold until enough settled sessions at this load).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from itertools import pairwise
from typing import Annotated

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
    """What to do with the load next session, why, the rule id and its sources."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: LoadAction
    reason: str
    rule: str
    sources: tuple[str, ...]


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


def _did_not_settle(ordered: Sequence[SessionLog], index: int, rules: PainMonitoringRules) -> str:
    """Why the morning after session ``index`` had not settled, or "" if it had (or is unknown)."""
    log = ordered[index]
    pain_rise = _morning_rise(ordered, index, _morning_pain)
    if pain_rise is not None and pain_rise > rules.next_morning_rise_allowed:
        return (
            f"The morning after your session on {log.date.isoformat()}, your pain was "
            f"{log.next_morning_pain}/10, higher than the morning before. It had not settled."
        )
    stiffness_rise = _morning_rise(ordered, index, _morning_stiffness)
    allowed_minutes = rules.next_morning_stiffness_rise_allowed_minutes
    if stiffness_rise is not None and stiffness_rise > allowed_minutes:
        return (
            f"The morning after your session on {log.date.isoformat()}, you were stiff for "
            f"{log.morning_stiffness_minutes} minutes, longer than the morning before."
        )
    return ""


def _latest_morning_report(ordered: Sequence[SessionLog]) -> int | None:
    """Index of the newest of the last two sessions with a next-morning report, if any."""
    for index in range(len(ordered) - 1, max(len(ordered) - 3, -1), -1):
        log = ordered[index]
        if log.next_morning_pain is not None or log.morning_stiffness_minutes is not None:
            return index
    return None


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _weekly_rise(ordered: Sequence[SessionLog], rules: PainMonitoringRules) -> str:
    """Why pain rose from the previous 7 days to the last 7 days, or "" if it did not."""
    latest = ordered[-1].date
    this_week = [log for log in ordered if (latest - log.date).days < 7]
    last_week = [log for log in ordered if 7 <= (latest - log.date).days < 14]
    for label, reading in (("during exercise", _pain_during), ("the next morning", _morning_pain)):
        now = _mean([value for log in this_week if (value := reading(log)) is not None])
        before = _mean([value for log in last_week if (value := reading(log)) is not None])
        if now is not None and before is not None and now > before + rules.weekly_rise_allowed:
            return (
                f"Your average pain {label} over the last 7 days was {now:.1f}/10, "
                f"up from {before:.1f}/10 the week before."
            )
    return ""


def _pain_during(log: SessionLog) -> int | None:
    return log.pain_during


def _advice(action: LoadAction, rule: str, reason: str, rules: PainMonitoringRules) -> LoadAdvice:
    return LoadAdvice(
        action=action, reason=reason, rule=f"pain_monitoring.{rule}", sources=rules.sources
    )


def _why_not_progress(
    ordered: Sequence[SessionLog], rules: PainMonitoringRules
) -> tuple[str, str] | None:
    """The rule and reason that keep the load where it is, or None when more load is earned."""
    needed = rules.settled_sessions_before_progress
    safe = rules.safe_max_pain_during
    recent = ordered[max(0, len(ordered) - needed) :]
    if any(log.pain_during > safe for log in recent):
        return "acceptable_pain", (
            f"Pain up to {rules.acceptable_max_pain_during}/10 is allowed, but more load waits "
            f"until pain stays at {safe}/10 or less."
        )
    # Each step up must be earned afresh: sessions at a lighter load do not count.
    if len(recent) < needed or any(log.load_kg != recent[-1].load_kg for log in recent):
        return "settled_sessions", (
            f"More load comes after {needed} sessions in a row at this load, with pain at "
            f"{safe}/10 or less that settles by the next morning."
        )
    # The newest session's next morning may not have come yet; every earlier one must be known.
    for index in range(len(ordered) - needed, len(ordered)):
        log = ordered[index]
        if log.next_morning_pain is None and index < len(ordered) - 1:
            return "settled_sessions", f"Tell us your pain on the morning after {log.date}."
        if _did_not_settle(ordered, index, rules):
            return "settled_sessions", "More load waits until pain settles by the next morning."
    return None


def _progress_or_hold(ordered: Sequence[SessionLog], rules: PainMonitoringRules) -> LoadAdvice:
    blocker = _why_not_progress(ordered, rules)
    if blocker:
        rule, reason = blocker
        return _advice(LoadAction.HOLD, rule, f"Keep the same load. {reason}", rules)
    return _advice(
        LoadAction.PROGRESS,
        "settled_sessions",
        f"Your last {rules.settled_sessions_before_progress} sessions had pain at "
        f"{rules.safe_max_pain_during}/10 or less and it settled each time. "
        "You can add a little more load.",
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
            "Log your first session so we can guide your next one.",
            rules,
        )
    latest = ordered[-1]
    if latest.pain_during > rules.acceptable_max_pain_during:
        return _advice(
            LoadAction.REDUCE,
            "pain_during",
            f"Your pain during exercise was {latest.pain_during}/10, above the "
            f"{rules.acceptable_max_pain_during}/10 that is allowed. Ease off next time.",
            rules,
        )
    reported = _latest_morning_report(ordered)
    unsettled = "" if reported is None else _did_not_settle(ordered, reported, rules)
    if unsettled:
        return _advice(LoadAction.REDUCE, "next_morning", f"{unsettled} Ease off next time.", rules)
    weekly = _weekly_rise(ordered, rules)
    if weekly:
        return _advice(LoadAction.REDUCE, "weekly_trend", f"{weekly} Ease off next time.", rules)
    return _progress_or_hold(ordered, rules)
