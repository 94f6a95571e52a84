"""Caseload flags: which people on a loading programme a clinician should look at, and why.

Each flag says what happened, since when, and its sources. A clinician's caseload lists people
by their most urgent flag (the order of `FlagKind`), then by how long it has stood. The rules
reuse the core: the pain-monitoring model decides when pain is rising, the medicine matcher
finds fluoroquinolones, and the programme's VISA-A change is judged against the clinic's MCID
by `achillespath.monitoring.loading_outcome`, the judgement the pathway advice gives the
prescribed programme as its outcome, so the flag and the advice never disagree. A treatment the
clinic recorded as begun after the programme comes after it in the advice too, so the flag goes
by it as the advice does: none once it helped (the advice says improving or resolved), and while
it is an add-on whose effect is awaited, the advice's words to keep loading meanwhile instead of
"discuss add-on options".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from achillespath.dates import day_words
from achillespath.exercise.pain_monitoring import LoadAction, SessionLog, advise_next_session
from achillespath.intake import Treatment, TreatmentOutcome
from achillespath.measures.score_change import ScoreChange, interpret_change
from achillespath.monitoring.follow_up import (
    FollowUp,
    MedicineReport,
    ReportSource,
    SymptomCheck,
    VisaARecord,
    WarningSignReport,
)
from achillespath.monitoring.loading_outcome import loading_review, scores_judged
from achillespath.monitoring.schedule import EARLY_DAYS, next_visa_a_due
from achillespath.monitoring.standing import standing_medicine_reports, standing_warning_signs
from achillespath.pathway.definition import MonitoringRules, load_pathway
from achillespath.pathway.rulebook import packaged_rulebook
from achillespath.pathway.stepped_care import HELPED, awaited_add_on
from achillespath.result import Recommendation
from achillespath.risk.medicines import medicine_findings

__all__ = [
    "Flag",
    "FlagKind",
    "FollowUp",
    "MedicineReport",
    "SymptomCheck",
    "VisaARecord",
    "WarningSignReport",
    "caseload_flags",
    "warning_signs_told",
]

_DATA = ConfigDict(extra="forbid", frozen=True)


class FlagKind(StrEnum):
    """Most urgent first."""

    RED_FLAG_REPORTED = "red_flag_reported"
    FLUOROQUINOLONE_REPORTED = "fluoroquinolone_reported"
    PAIN_RULE_BROKEN = "pain_rule_broken"
    NO_MEANINGFUL_IMPROVEMENT = "no_meaningful_improvement"
    VISA_A_OVERDUE = "visa_a_overdue"
    NO_RECENT_LOG = "no_recent_log"

    @property
    def rank(self) -> int:
        """0 is the most urgent."""
        return list(FlagKind).index(self)


class Flag(BaseModel):
    """One concern: `reason` is written for the clinician, `patient_reason` for the person.

    `since` is the day the concern began to stand: for a report, the day it was saved. `rule`
    is the id of the core rule behind the flag where there is one (the pain-monitoring rule
    that asked for less load), kept as data rather than written into either sentence.
    """

    model_config = _DATA

    kind: FlagKind
    reason: str
    patient_reason: str
    since: dt.date
    sources: tuple[str, ...]
    rule: str | None = None


def caseload_flags(
    follow_up: FollowUp, today: dt.date, rules: MonitoringRules | None = None
) -> tuple[Flag, ...]:
    """Every flag that stands today, most urgent first."""
    rules = rules or load_pathway().monitoring
    checks: Sequence[Callable[[FollowUp, dt.date, MonitoringRules], Flag | None]] = (
        _red_flag_reported,
        _fluoroquinolone_reported,
        _pain_rule_broken,
        _no_meaningful_improvement,
        _visa_a_overdue,
        _no_recent_log,
    )
    flags = (check(follow_up, today, rules) for check in checks)
    return tuple(flag for flag in flags if flag is not None)


def _red_flag_reported(follow_up: FollowUp, today: dt.date, rules: MonitoringRules) -> Flag | None:
    standing = standing_warning_signs(follow_up)
    if not standing:
        return None
    latest = standing[-1].reported_at.date()
    return Flag(
        kind=FlagKind.RED_FLAG_REPORTED,
        reason=f"Warning signs reported: {'; '.join(warning_signs_told(standing))}. Contact "
        "them today.",
        patient_reason=(
            f"You reported a warning sign on {day_words(latest)}. If you have not yet been "
            "checked by a health professional, get help today."
        ),
        since=standing[0].reported_at.date(),
        sources=("bjgp-2015-rupture", "nice-ng158-2020"),
    )


def warning_signs_told(reports: Sequence[WarningSignReport]) -> tuple[str, ...]:
    """Which signs were reported, where and when, newest first: each sign once from each
    source, with its latest report, so a swollen calf stays in view when a later day reports
    something else. A report naming no sign is told as "a warning sign". Every date is the day
    the sign was told (the flag's "since" is the first of them); a log for an earlier day
    also names the day it was for."""
    latest: dict[tuple[ReportSource, str], WarningSignReport] = {}
    for report in sorted(reports, key=lambda report: report.reported_at):
        for sign in report.signs or ("a warning sign",):
            latest[(report.source, sign)] = report
    newest_first = sorted(latest.items(), key=lambda item: item[1].reported_at, reverse=True)
    return tuple(f"{sign} ({_where(report)})" for (_, sign), report in newest_first)


def _where(report: WarningSignReport) -> str:
    told = report.reported_at.date()
    if report.source is ReportSource.SYMPTOM_CHECK:
        return f"symptom check of {day_words(told)}"
    if report.reported_on == told:
        return f"daily log of {day_words(told)}"
    return f"daily log for {day_words(report.reported_on)}, reported on {day_words(told)}"


def _fluoroquinolone_reported(
    follow_up: FollowUp, today: dt.date, rules: MonitoringRules
) -> Flag | None:
    reports = [
        report
        for report in standing_medicine_reports(follow_up)
        if medicine_findings((report.text,)).takes("fluoroquinolone")
    ]
    if not reports:
        return None
    # Dated by the day it was told, as the flag's "since" is (a log may be for an earlier day).
    latest = max(reports, key=lambda report: report.reported_at)
    told = day_words(latest.reported_at.date())
    return Flag(
        kind=FlagKind.FLUOROQUINOLONE_REPORTED,
        reason=(
            f"A fluoroquinolone antibiotic was reported on {told} "
            f"({latest.text}): advise stopping it and contacting the prescriber today."
        ),
        patient_reason=(
            f"You told us on {told} that you take {latest.text}. This "
            "kind of antibiotic can harm tendons: stop it and contact the person who prescribed "
            "it today."
        ),
        since=reports[0].reported_at.date(),
        sources=("mhra-fluoroquinolones-2019",),
    )


def _pain_rule_broken(follow_up: FollowUp, today: dt.date, rules: MonitoringRules) -> Flag | None:
    logs = [log for log in follow_up.logs if log.date <= today]
    if not logs:
        return None
    advice = advise_next_session(logs)
    if advice.action is not LoadAction.REDUCE:
        return None
    return Flag(
        kind=FlagKind.PAIN_RULE_BROKEN,
        reason=f"Pain-monitoring rule broken. {advice.clinician_reason}",
        patient_reason=f"Your pain is not settling as it should. {advice.reason}",
        since=_asked_for_less_load_since(logs),
        sources=advice.sources,
        rule=advice.rule,
    )


def _asked_for_less_load_since(logs: Sequence[SessionLog]) -> dt.date:
    """The first log of the run, up to the latest, after each of which the model asked for
    less load: when the pain rule was first broken, however many logs came since."""
    ordered = sorted(logs, key=lambda log: log.date)
    since = ordered[-1].date
    for end in range(len(ordered) - 1, 0, -1):
        if advise_next_session(ordered[:end]).action is not LoadAction.REDUCE:
            break
        since = ordered[end - 1].date
    return since


def _no_meaningful_improvement(
    follow_up: FollowUp, today: dt.date, rules: MonitoringRules
) -> Flag | None:
    judged = loading_review(follow_up, today, rules)
    if judged is None or judged.outcome is TreatmentOutcome.IMPROVED:
        return None
    since_then = _treated_since_the_programme(follow_up, today)
    if since_then is not None and since_then.outcome in HELPED:
        return None
    awaited = awaited_add_on(since_then, packaged_rulebook())
    reason, patient_reason = _short_and_what_next(judged.change, rules.review_weeks, awaited)
    scores = sorted(follow_up.visa_a, key=lambda record: record.taken_on)
    sources = (
        "dutch-guideline-2021",
        *judged.change.sources,
        *(awaited.sources if awaited else ()),
    )
    return Flag(
        kind=FlagKind.NO_MEANINGFUL_IMPROVEMENT,
        reason=reason,
        patient_reason=patient_reason,
        since=max(judged.review, _short_of_the_mcid_since(scores, judged.review, follow_up.mcid)),
        sources=tuple(dict.fromkeys(sources)),
        rule=awaited.rule if awaited else None,
    )


def _treated_since_the_programme(follow_up: FollowUp, today: dt.date) -> Treatment | None:
    """The latest treatment episode on record that began after the programme did, as the
    pathway advice counts it today: there it comes after the programme, so it is the latest
    treatment, whose outcome decides the advice's stage."""
    start = follow_up.programme_start
    later = [record for record in follow_up.treatments if start and record.start_date > start]
    return later[-1].as_treatment(today) if later else None


def _short_and_what_next(
    change: ScoreChange, review_weeks: int, awaited: Recommendation | None
) -> tuple[str, str]:
    """The flag's reason and the patient's: the VISA-A fell short at the review, then discuss
    add-ons, or, while an add-on's effect is awaited, the advice's words for meanwhile."""
    short = (
        f"After {review_weeks} weeks of loading the VISA-A went from {change.baseline} to "
        f"{change.follow_up}, less than the {change.mcid:g}-point meaningful change"
    )
    yours = f"After {review_weeks} weeks of exercises your VISA-A score"
    if awaited is None:
        return (
            f"{short}: discuss add-on options and whether an ATE assessment fits.",
            f"{yours} has not improved as much as hoped. Talk to your clinician about what else "
            "could help.",
        )
    return (
        f"{short}. {awaited.clinician_reason}",
        f"{yours} had not improved as much as hoped. {awaited.reason}",
    )


def _short_of_the_mcid_since(
    scores: Sequence[VisaARecord], review: dt.date, mcid: float | None
) -> dt.date:
    """The first score of the run, up to the latest, each short of a meaningful gain over the
    baseline, among those that count for the review (taken at most `EARLY_DAYS` before it)."""
    earliest = review - dt.timedelta(days=EARLY_DAYS)
    counted = [score for score in scores[1:] if score.taken_on >= earliest]
    since = counted[-1].taken_on
    for score in reversed(counted[:-1]):
        change = interpret_change(scores[0].total, score.total, mcid=mcid)
        if scores_judged(change).outcome is TreatmentOutcome.IMPROVED:
            break
        since = score.taken_on
    return since


def _visa_a_overdue(follow_up: FollowUp, today: dt.date, rules: MonitoringRules) -> Flag | None:
    start = follow_up.programme_start
    if start is None or start > today:
        return None
    answered = [record.taken_on for record in follow_up.visa_a if record.taken_on <= today]
    due = next_visa_a_due(
        start,
        answered,
        interval_weeks=follow_up.visa_a_interval_weeks,
        fixed_weeks=follow_up.visa_a_fixed_weeks,
        rules=rules,
    )
    if due is None or today <= due + dt.timedelta(days=rules.visa_a_grace_days):
        return None
    return Flag(
        kind=FlagKind.VISA_A_OVERDUE,
        reason=f"A VISA-A questionnaire was due on {day_words(due)} and has not been answered.",
        patient_reason=f"Your VISA-A questionnaire was due on {day_words(due)}. It takes about "
        "5 minutes.",
        since=due,
        sources=rules.sources,
    )


def _no_recent_log(follow_up: FollowUp, today: dt.date, rules: MonitoringRules) -> Flag | None:
    start = follow_up.programme_start
    if start is None or start > today:
        return None
    logged = [log.date for log in follow_up.logs if log.date <= today]
    last = max(logged, default=start)
    days = (today - last).days
    if days < rules.no_log_days:
        return None
    what = (
        f"since {day_words(last)}"
        if logged
        else f"since the programme started on {day_words(last)}"
    )
    return Flag(
        kind=FlagKind.NO_RECENT_LOG,
        reason=f"No exercise log for {days} days ({what}): check how they are getting on.",
        patient_reason=f"You have not logged your exercises for {days} days. Missed days can "
        "be filled in.",
        since=last,
        sources=rules.sources,
    )
