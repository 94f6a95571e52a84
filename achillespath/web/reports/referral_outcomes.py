"""What a referral letter says about the loading programme: adherence, VISA-A and pain.

Summaries of the record only; the judgements come from the core (the VISA-A change against the
clinic's MCID from `interpret_change`, the load advice from the pain-monitoring model).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.exercise.programmes import programme as programme_named
from achillespath.measures.score_change import ScoreChange, interpret_change
from achillespath.monitoring.flags import FollowUp
from achillespath.web.models import Patient, Prescription
from achillespath.web.views.clinician.wording import side_words

__all__ = [
    "PainByWeek",
    "ProgrammeSummary",
    "VisaAOutcome",
    "WeeklyPain",
    "days_prescribed",
    "programme_summary",
    "visa_a_outcome",
    "weekly_pain",
]

DAYS_PER_WEEK = 7
PAIN_WEEKS_SHOWN = 8


@dataclass(frozen=True)
class ProgrammeSummary:
    """The active programme, and the days with exercise logged against the days it prescribed,
    both counted from its start to yesterday (today may not be logged yet) or to the end of its
    last week (`ends`, exclusive), whichever comes first; then the days logged after that."""

    name: str
    side: str  # in a sentence's words: "left side", "both sides"
    start: dt.date
    ends: dt.date
    starting_load_kg: float
    days_logged: int
    days_prescribed: int
    days_logged_after: int

    @property
    def last_day(self) -> dt.date:
        """The last day of the scheduled weeks: `ends` is the day after it (12 weeks from
        23 Aug 2026 end on 14 Nov; `ends` is 15 Nov)."""
        return self.ends - dt.timedelta(days=1)


@dataclass(frozen=True)
class VisaAOutcome:
    """The first and the latest VISA-A on the record and the core's reading of the change."""

    baseline_on: dt.date
    latest_on: dt.date
    change: ScoreChange


@dataclass(frozen=True)
class WeeklyPain:
    """Mean pain during exercise (0-10 scale) over the logs of one programme week."""

    week: int
    mean: float
    logs: int


@dataclass(frozen=True)
class PainByWeek:
    """The latest weeks with logs (`rows`, oldest first) and how many earlier weeks with logs
    were left out (`weeks_left_out`), so the letter can say which weeks it shows."""

    rows: tuple[WeeklyPain, ...] = ()
    weeks_left_out: int = 0

    @property
    def last_week(self) -> int:
        return self.rows[-1].week if self.rows else 0


def days_prescribed(programme_id: str, start: dt.date, today: dt.date) -> int:
    """Exercise days the programme asks for from `start` up to yesterday. A week in progress
    counts its share of that week's days, rounded down (3 days a week, 4 days in: 1)."""
    plan = programme_named(programme_id)
    days_before_today = max(0, (today - start).days)
    prescribed = 0
    for week in range(1, plan.weeks + 1):
        days_in_week = min(DAYS_PER_WEEK, days_before_today - (week - 1) * DAYS_PER_WEEK)
        if days_in_week <= 0:
            break
        prescribed += plan.phase_for_week(week).days_per_week * days_in_week // DAYS_PER_WEEK
    return prescribed


def programme_summary(
    patient: Patient, logs: Iterable[SessionLog], today: dt.date
) -> ProgrammeSummary | None:
    """The active prescription with its adherence; None when there is none (one query)."""
    active = Prescription.objects.filter(patient=patient, active=True).first()
    if active is None:
        return None
    ends = active.start_date + dt.timedelta(weeks=programme_named(active.programme).weeks)
    # A log of 0 sets is a rest day, not an exercise day; today may not be logged yet.
    logged = [
        log.date for log in logs if log.sets_done > 0 and active.start_date <= log.date < today
    ]
    return ProgrammeSummary(
        name=active.get_programme_display(),
        side=side_words(active.side),
        start=active.start_date,
        ends=ends,
        starting_load_kg=active.starting_load_kg,
        days_logged=sum(1 for day in logged if day < ends),
        days_prescribed=days_prescribed(active.programme, active.start_date, today),
        days_logged_after=sum(1 for day in logged if day >= ends),
    )


def visa_a_outcome(follow_up: FollowUp) -> VisaAOutcome | None:
    """Baseline to latest VISA-A against the clinic's MCID; None with fewer than two scores."""
    scores = sorted(follow_up.visa_a, key=lambda record: record.taken_on)
    if len(scores) < 2:
        return None
    baseline, latest = scores[0], scores[-1]
    return VisaAOutcome(
        baseline_on=baseline.taken_on,
        latest_on=latest.taken_on,
        change=interpret_change(baseline.total, latest.total, mcid=follow_up.mcid),
    )


def weekly_pain(follow_up: FollowUp) -> PainByWeek:
    """Pain during exercise by programme week (weeks counted from the first log when there is
    no programme; logs before the programme started are left out), the latest PAIN_WEEKS_SHOWN
    weeks that have logs."""
    logs = sorted(follow_up.logs, key=lambda log: log.date)
    if not logs:
        return PainByWeek()
    origin = follow_up.programme_start or logs[0].date
    weeks: dict[int, list[int]] = {}
    for log in (log for log in logs if log.date >= origin):
        weeks.setdefault((log.date - origin).days // DAYS_PER_WEEK + 1, []).append(log.pain_during)
    rows = [WeeklyPain(week, round(fmean(pain), 1), len(pain)) for week, pain in weeks.items()]
    return PainByWeek(
        tuple(rows[-PAIN_WEEKS_SHOWN:]), weeks_left_out=max(0, len(rows) - PAIN_WEEKS_SHOWN)
    )
