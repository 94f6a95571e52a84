"""When VISA-A questionnaires are due during a loading programme.

A baseline when the programme starts, then every ``visa_a_interval_weeks`` (2 by default, a
clinic setting) up to the 12-week review, and always in the pathway's ``visa_a_fixed_weeks``
(6 and 12) and any further weeks a clinic adds (pathway.toml ``[monitoring]``; the Dutch
guideline advises VISA-A to follow progress). A clinic cannot drop the pathway's weeks: the
12-week score is what the "no meaningful improvement" flag judges the programme by. A questionnaire
answered up to three days before a due date counts for it; the baseline counts whenever it was
answered before the start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from achillespath.pathway.definition import MonitoringRules, load_pathway

__all__ = ["EARLY_DAYS", "next_visa_a_due", "visa_a_due_dates"]

EARLY_DAYS = 3
"""A questionnaire answered this many days early still counts for its due date."""


def visa_a_due_dates(
    start: dt.date,
    *,
    interval_weeks: int | None = None,
    fixed_weeks: Sequence[int] | None = None,
    rules: MonitoringRules | None = None,
) -> tuple[dt.date, ...]:
    """Every due date from the start of the programme to the review, oldest first.

    ``interval_weeks`` is a clinic's own setting (by default the pathway's); ``fixed_weeks`` are
    weeks a clinic adds to the pathway's ``visa_a_fixed_weeks``, never in place of them.
    """
    rules = rules or load_pathway().monitoring
    interval = interval_weeks or rules.visa_a_interval_weeks
    weeks = set(range(0, rules.review_weeks + 1, interval))
    weeks |= set(rules.visa_a_fixed_weeks) | set(fixed_weeks or ())
    return tuple(start + dt.timedelta(weeks=week) for week in sorted(weeks))


def next_visa_a_due(
    start: dt.date,
    answered: Sequence[dt.date],
    *,
    interval_weeks: int | None = None,
    fixed_weeks: Sequence[int] | None = None,
    rules: MonitoringRules | None = None,
) -> dt.date | None:
    """The first due date after the latest questionnaire; None once the schedule is done.

    Due dates missed before the latest questionnaire are not chased: a newer score replaces
    them. A questionnaire answered before the start counts as the baseline.
    """
    dues = visa_a_due_dates(
        start, interval_weeks=interval_weeks, fixed_weeks=fixed_weeks, rules=rules
    )
    if not answered:
        return dues[0]
    latest = max(*answered, start)
    early = dt.timedelta(days=EARLY_DAYS)
    return next((due for due in dues if due - early > latest), None)
