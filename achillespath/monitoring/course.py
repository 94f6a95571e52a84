"""Is recovery on track? The patient's view of the same flags a clinician sees.

Most people improve within about 12 weeks of self-help and loading exercise (bupa-2022,
nice-cks-2020). A person is told plainly that things are off track, and to contact their
clinician, when a warning sign, a fluoroquinolone, rising pain or too little change at the
12-week review says so; a missed log or questionnaire is a reminder, not "off track".
With no programme, no logs, no VISA-A scores and no flag there is nothing to go on, and the
person is told that rather than reassured.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from achillespath.monitoring.flags import Flag, FlagKind, FollowUp, caseload_flags
from achillespath.pathway.definition import MonitoringRules, load_pathway

__all__ = ["NOTHING_TO_JUDGE", "OFF_TRACK", "CourseStatus", "course_status"]

OFF_TRACK = frozenset(
    {
        FlagKind.RED_FLAG_REPORTED,
        FlagKind.FLUOROQUINOLONE_REPORTED,
        FlagKind.PAIN_RULE_BROKEN,
        FlagKind.NO_MEANINGFUL_IMPROVEMENT,
    }
)

EXPECTED_COURSE = (
    "Most people improve within about 12 weeks of self-help and loading exercise, though for "
    "some it takes several months."
)
COURSE_SOURCES = ("bupa-2022", "nice-cks-2020", "dutch-guideline-2021")
NOTHING_TO_JUDGE = (
    "There is nothing to judge your progress by yet. It will show here once you have an "
    "exercise programme and log your sessions, or answer the VISA-A questionnaire."
)


class CourseStatus(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    on_track: bool = Field(
        description="No concern stands and there is something to judge by (see `can_judge`)."
    )
    can_judge: bool = Field(
        description=(
            "False with no programme, no logs, no VISA-A scores and no flag: there is nothing "
            "to go on, so the course is neither on nor off track and `headline` says so."
        )
    )
    headline: str
    expected: str
    week: int | None
    concerns: tuple[Flag, ...]
    reminders: tuple[Flag, ...]
    sources: tuple[str, ...]


def course_status(
    follow_up: FollowUp, today: dt.date, rules: MonitoringRules | None = None
) -> CourseStatus:
    """Where the person stands against the expected course, in words they can act on."""
    rules = rules or load_pathway().monitoring
    flags = caseload_flags(follow_up, today, rules)
    concerns = tuple(flag for flag in flags if flag.kind in OFF_TRACK)
    start = follow_up.programme_start
    week = (today - start).days // 7 + 1 if start is not None and start <= today else None
    can_judge = _something_to_judge_by(follow_up, flags)
    if concerns:
        headline = "This is off track: please contact your clinician."
    elif can_judge:
        headline = "Nothing we can see suggests you are off track."
    else:
        headline = NOTHING_TO_JUDGE
    return CourseStatus(
        on_track=can_judge and not concerns,
        can_judge=can_judge,
        headline=headline,
        expected=EXPECTED_COURSE,
        week=week,
        concerns=concerns,
        reminders=tuple(flag for flag in flags if flag.kind not in OFF_TRACK),
        sources=COURSE_SOURCES,
    )


def _something_to_judge_by(follow_up: FollowUp, flags: tuple[Flag, ...]) -> bool:
    """Anything at all to go on: a programme, a log, a VISA-A score, or a flag (a warning sign
    from a symptom check stands even before a programme)."""
    return bool(
        flags or follow_up.programme_start is not None or follow_up.logs or follow_up.visa_a
    )
