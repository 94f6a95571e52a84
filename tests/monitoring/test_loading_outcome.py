"""A loading programme is judged at its 12-week review from the VISA-A: improved by at least
the MCID, worse by at least it, otherwise no change; before the review, or with no score
counted for it, not yet. The caseload's "no meaningful improvement" flag stands exactly when
the judged outcome is not improved, so the flag and the pathway advice never disagree."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from achillespath.intake import TreatmentOutcome, VisaAScores
from achillespath.monitoring.flags import FlagKind, caseload_flags
from achillespath.monitoring.follow_up import FollowUp, VisaARecord
from achillespath.monitoring.loading_outcome import loading_review
from achillespath.pathway.definition import load_pathway

START = dt.date(2026, 3, 2)
RULES = load_pathway().monitoring


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def scored(*scores: tuple[int, int], mcid: float | None = None) -> FollowUp:
    """A programme started on day 0 with VISA-A totals as (day, total)."""
    return FollowUp(
        programme_start=START,
        visa_a=tuple(VisaARecord(taken_on=day(n), total=total) for n, total in scores),
        mcid=mcid,
    )


def outcome(follow_up: FollowUp, today: dt.date) -> TreatmentOutcome | None:
    judged = loading_review(follow_up, today, RULES)
    return None if judged is None else judged.outcome


def test_priya_whose_visa_a_rose_from_40_to_62_at_13_weeks_improved() -> None:
    judged = loading_review(scored((0, 40), (84, 62)), day(91), RULES)

    assert judged is not None
    assert judged.outcome is TreatmentOutcome.IMPROVED
    assert judged.scores == VisaAScores(first=40, latest=62, mcid=14)
    assert judged.review == day(84)


def test_tom_whose_visa_a_rose_from_40_to_46_at_13_weeks_has_no_change() -> None:
    assert outcome(scored((0, 40), (84, 46)), day(91)) is TreatmentOutcome.NO_CHANGE


def test_a_fall_of_the_mcid_or_more_is_worse() -> None:
    assert outcome(scored((0, 60), (84, 46)), day(91)) is TreatmentOutcome.WORSE


def test_ana_at_10_weeks_is_not_judged_however_much_her_score_rose() -> None:
    assert outcome(scored((0, 40), (70, 70)), day(70)) is None


def test_a_score_answered_three_days_before_the_review_counts_for_it() -> None:
    assert outcome(scored((0, 40), (81, 62)), day(84)) is TreatmentOutcome.IMPROVED


def test_after_the_review_with_no_score_counted_for_it_there_is_no_outcome_yet() -> None:
    assert outcome(scored((0, 40), (70, 62)), day(91)) is None


def test_a_baseline_alone_or_no_programme_judges_nothing() -> None:
    assert outcome(scored((84, 40)), day(91)) is None
    assert outcome(FollowUp(visa_a=scored((0, 40), (84, 62)).visa_a), day(91)) is None


def test_the_clinics_mcid_is_the_yardstick() -> None:
    assert outcome(scored((0, 40), (84, 50), mcid=10), day(91)) is TreatmentOutcome.IMPROVED
    assert outcome(scored((0, 40), (84, 50)), day(91)) is TreatmentOutcome.NO_CHANGE


@given(
    scores=st.lists(st.tuples(st.integers(0, 120), st.integers(0, 100)), min_size=0, max_size=6),
    today=st.integers(0, 140),
    mcid=st.one_of(st.none(), st.sampled_from([7.0, 10.0, 14.0, 20.5])),
)
def test_the_flag_stands_exactly_when_the_judged_outcome_is_not_improved(
    scores: list[tuple[int, int]], today: int, mcid: float | None
) -> None:
    follow_up = scored(*scores, mcid=mcid)
    judged = outcome(follow_up, day(today))
    flagged = FlagKind.NO_MEANINGFUL_IMPROVEMENT in {
        flag.kind for flag in caseload_flags(follow_up, day(today), RULES)
    }

    assert flagged == (judged is not None and judged is not TreatmentOutcome.IMPROVED)
    if today < 84:
        assert judged is None
