"""Is a change in VISA-A score big enough to matter? Read against the MCID, honestly.

The minimal clinically important difference (MCID) defaults to 14 points over 12 weeks
(``jospt-2021-mcid``; pathway.toml ``[visa_a]``). That figure comes from ONE cohort of 61 active
people with midportion Achilles pain, and its confidence interval is wide (3 to 19), so the reason
says so. Clinics may set their own MCID (for example for insertional pain) through the pathway
definition or the ``mcid`` argument.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from achillespath.pathway.definition import VisaAChangeRules, load_pathway

__all__ = ["ChangeDirection", "ScoreChange", "interpret_change"]


class ChangeDirection(StrEnum):
    IMPROVED = "improved"  # the score went up: 100 is the best possible VISA-A
    UNCHANGED = "unchanged"
    WORSE = "worse"


class ScoreChange(BaseModel):
    """A change between two VISA-A totals, and whether it reaches the MCID.

    `reason` is `finding` (this change against the MCID) then `basis` (where the MCID comes
    from): a page comparing several changes shows each finding and the basis once.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    baseline: int
    follow_up: int
    delta: int
    direction: ChangeDirection
    is_meaningful: bool
    mcid: float
    finding: str
    basis: str
    reason: str
    sources: tuple[str, ...]


def _visa_a_total(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError(
            f"{name}: {value!r} is not a VISA-A total; it must be a whole number 0-100"
        )
    return value


class _Mcid(NamedTuple):
    """The MCID in use, where it comes from, and how to say so in plain words."""

    points: float
    weeks: int | None  # the time the MCID was measured over, where known
    sources: tuple[str, ...]
    basis: str


def _points(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def _mcid(mcid: float | None, rules: VisaAChangeRules) -> _Mcid:
    """The default MCID, a published alternative, or a clinic's own figure (no source)."""
    if mcid is None or mcid == rules.default_mcid:
        return _Mcid(
            points=rules.default_mcid,
            weeks=rules.default_mcid_weeks,
            sources=rules.sources,
            basis=(
                "In one study of active people with pain in the middle of the tendon, a change of "
                f"{_points(rules.default_mcid)} over {rules.default_mcid_weeks} weeks was the "
                "smallest that people noticed as a real change. It may not fit everyone."
            ),
        )
    if isinstance(mcid, bool) or not isinstance(mcid, int | float) or not 0 < mcid <= 100:
        raise ValueError(f"mcid: {mcid!r} must be a number of points above 0 and at most 100")
    for alternative in rules.alternative_mcids:
        if alternative.points == mcid:
            return _Mcid(
                points=mcid,
                weeks=alternative.weeks,
                sources=alternative.sources,
                basis=(
                    f"One published estimate is {_points(mcid)} over {alternative.weeks} weeks, "
                    f"in {alternative.population}. It may not fit everyone."
                ),
            )
    return _Mcid(
        points=mcid,
        weeks=None,
        sources=(),
        basis=f"Your clinic counts a change of {_points(mcid)} as one that matters.",
    )


def _finding(delta: int, mcid: _Mcid, weeks_apart: float | None) -> str:
    if delta == 0:
        change = "Your score has not changed."
    else:
        change = f"Your score went {'up' if delta > 0 else 'down'} by {_points(abs(delta))}."
    apart = _apart_sooner_than_the_mcid(weeks_apart, mcid)
    if abs(delta) < mcid.points:
        finding = (
            f"{change} That is less than {_points(mcid.points)}, so it may not be a real change."
        )
        if apart is None:
            return finding
        # The MCID was measured over a fixed time; a smaller change sooner is expected.
        return (
            f"{finding} These scores are {apart} apart, and {_points(mcid.points)} is the change "
            f"over {mcid.weeks} weeks, so a smaller change this soon is common."
        )
    meaning = "a real improvement" if delta > 0 else "a real change for the worse"
    finding = f"{change} That is at least {_points(mcid.points)}, so it is likely to be {meaning}."
    if apart is not None:
        # Said so the reader knows the yardstick was a longer span than theirs.
        finding += (
            f" These scores are {apart} apart; {_points(mcid.points)} was set as a change over "
            f"{mcid.weeks} weeks."
        )
    if delta < 0:
        return f"{finding} Please tell your physiotherapist or doctor that your score has dropped."
    return finding


def _apart_sooner_than_the_mcid(weeks_apart: float | None, mcid: _Mcid) -> str | None:
    """How far apart the two scores are, in words, when that is less than the time the MCID
    was measured over; None when it is not, or either time is unknown."""
    if weeks_apart is None or mcid.weeks is None or weeks_apart >= mcid.weeks:
        return None
    whole = int(weeks_apart)
    return "less than a week" if whole < 1 else f"{whole} week" + ("" if whole == 1 else "s")


def interpret_change(
    baseline: int,
    follow_up: int,
    *,
    mcid: float | None = None,
    weeks_apart: float | None = None,
    rules: VisaAChangeRules | None = None,
) -> ScoreChange:
    """Compare two VISA-A totals (0-100, higher is better) against the MCID.

    With ``weeks_apart`` (how long between the two scores), a change taken sooner than the
    MCID's own time span says so: short of the MCID, that a smaller change this soon is common;
    reaching it, that the MCID was set over the longer time.

    ``delta`` is follow_up - baseline; the change is meaningful when ``|delta| >= mcid``.
    ``mcid`` defaults to ``rules.default_mcid`` (pathway.toml ``[visa_a]``: 14 points over
    12 weeks, jospt-2021-mcid). Raises ValueError naming a total outside 0-100 or a bad mcid.
    """
    rules = rules or load_pathway().visa_a
    baseline = _visa_a_total("baseline", baseline)
    follow_up = _visa_a_total("follow_up", follow_up)
    used = _mcid(mcid, rules)
    delta = follow_up - baseline
    finding = _finding(delta, used, weeks_apart)
    direction = (
        ChangeDirection.IMPROVED
        if delta > 0
        else ChangeDirection.WORSE
        if delta < 0
        else ChangeDirection.UNCHANGED
    )
    return ScoreChange(
        baseline=baseline,
        follow_up=follow_up,
        delta=delta,
        direction=direction,
        is_meaningful=abs(delta) >= used.points,
        mcid=used.points,
        finding=finding,
        basis=used.basis,
        reason=f"{finding} {used.basis}",
        sources=used.sources,
    )
