"""How a date reads in a sentence, for patients and clinicians alike: 7 Nov 2026."""

from __future__ import annotations

import datetime as dt

__all__ = ["day_words"]


def day_words(day: dt.date) -> str:
    """A date as every page and letter writes it in a sentence: 7 Nov 2026 (no leading zero)."""
    return f"{day.day} {day:%b %Y}"
