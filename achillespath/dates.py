"""How a date reads in a sentence, for patients and clinicians alike (7 Nov 2026), and how many
weeks lie between two dates."""

from __future__ import annotations

import datetime as dt

__all__ = ["DAYS_PER_WEEK", "day_words", "weeks_between"]

DAYS_PER_WEEK = 7


def day_words(day: dt.date) -> str:
    """A date as every page and letter writes it in a sentence: 7 Nov 2026 (no leading zero)."""
    return f"{day.day} {day:%b %Y}"


def weeks_between(start: dt.date, end: dt.date) -> float:
    """Whole and tenths of weeks from `start` to `end`; 0 when `end` is not after it."""
    return round(max(0, (end - start).days) / DAYS_PER_WEEK, 1)
