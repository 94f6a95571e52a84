"""Argument types shared by the commands, so a bad value reads the same everywhere."""

from __future__ import annotations

import argparse
import datetime as dt

__all__ = ["iso_date"]


def iso_date(text: str) -> dt.date:
    """A date written as YYYY-MM-DD; argparse turns the error into exit status 2."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None
