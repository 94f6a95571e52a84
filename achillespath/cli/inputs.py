"""Where command input comes from (a named file, or standard input for "-"), and reading it as
JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from achillespath.cli.errors import InputError
from achillespath.json_text import JsonFieldError, read_json

__all__ = ["json_input", "read_input"]


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


def json_input(text: str) -> Any:
    """The value of JSON text; InputError for text that is not JSON, a field given twice in one
    object or a NUL in text (achillespath.json_text)."""
    try:
        return read_json(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    except JsonFieldError as error:
        raise InputError(str(error)) from None
