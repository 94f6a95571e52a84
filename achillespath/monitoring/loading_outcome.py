"""Whether the loading programme has helped, judged from the VISA-A at its review.

The one judgement behind both the caseload's "no meaningful improvement" flag and the pathway
advice's outcome for a prescribed programme, so the two can never disagree. The programme is
judged `[monitoring] review_weeks` (12) after it started (Dutch guideline: judge loading after
3 months), on the latest VISA-A if it was answered no more than `EARLY_DAYS` before the review
(as the schedule counts a questionnaire answered early), against the first VISA-A on record and
the clinic's MCID (by default 14 points, jospt-2021-mcid).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from achillespath.intake import TreatmentOutcome, VisaAScores
from achillespath.measures.score_change import ScoreChange, interpret_change
from achillespath.monitoring.follow_up import FollowUp
from achillespath.monitoring.schedule import EARLY_DAYS
from achillespath.pathway.definition import MonitoringRules

__all__ = ["LoadingReview", "loading_review", "scores_judged"]


class LoadingReview(NamedTuple):
    """The programme judged at its review: the VISA-A change and what it shows."""

    review: dt.date  # the day the programme is judged
    change: ScoreChange  # from the first score on record to the latest, against the MCID

    @property
    def scores(self) -> VisaAScores:
        return scores_judged(self.change)

    @property
    def outcome(self) -> TreatmentOutcome:
        """IMPROVED by at least the MCID, WORSE by at least the MCID, otherwise NO_CHANGE."""
        return self.scores.outcome


def scores_judged(change: ScoreChange) -> VisaAScores:
    """A VISA-A change as the scores a treatment's outcome is judged by."""
    return VisaAScores(first=change.baseline, latest=change.follow_up, mcid=change.mcid)


def loading_review(
    follow_up: FollowUp, today: dt.date, rules: MonitoringRules
) -> LoadingReview | None:
    """The current programme judged at its review; None while it cannot be judged yet: before
    the review, with fewer than two scores, or with no score counted for the review."""
    start = follow_up.programme_start
    scores = sorted(follow_up.visa_a, key=lambda record: record.taken_on)
    if start is None or len(scores) < 2:
        return None
    review = start + dt.timedelta(weeks=rules.review_weeks)
    latest = scores[-1]
    if today < review or latest.taken_on < review - dt.timedelta(days=EARLY_DAYS):
        return None
    change = interpret_change(scores[0].total, latest.total, mcid=follow_up.mcid)
    return LoadingReview(review=review, change=change)
