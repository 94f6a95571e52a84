"""Where command input comes from: a named file, or standard input for "-"."""

from __future__ import annotations

import sys
from pathlib import Path

from achillespath.cli.errors import InputError

__all__ = ["read_input"]


def read_input(name: str) -> str:
    """The text of a file, or of standard input for "-"."""
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{name}: cannot read the file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text") from None
