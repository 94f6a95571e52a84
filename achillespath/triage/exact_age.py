"""Someone's age in completed years on a day, from their date of birth.

A person is a year older on each anniversary of their birth. Someone born on 29 February has
an anniversary only in leap years; in other years they are taken to be a year older on
1 March, the day after 28 February, as UK law counts it (so a child born on 29 February 2008
is still 17 on 28 February 2026 and 18 on 1 March 2026). Pure: today's date is a parameter.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["age_on"]


def age_on(date_of_birth: dt.date, today: dt.date) -> int:
    """Completed years of life on ``today`` for someone born on ``date_of_birth``.

    Raises ValueError if ``today`` is before ``date_of_birth``.
    """
    if today < date_of_birth:
        raise ValueError(f"date_of_birth {date_of_birth} is after {today}")
    # Comparing (month, day) pairs puts 29 February after 28 February, so in a year with no
    # 29 February the birthday is reached on 1 March.
    birthday_passed = (today.month, today.day) >= (date_of_birth.month, date_of_birth.day)
    return today.year - date_of_birth.year - (0 if birthday_passed else 1)
