"""JSON text read so that no answer in it is silently lost or changed.

Python's json module, pydantic and django-ninja all keep the LAST of two equal keys in an
object, so `{"heard_snap": true, ..., "heard_snap": false}` quietly became "no snap" and then
self-care (HAZ-11). A record that answers a question twice contradicts itself: it is refused,
naming the field, never resolved either way. A NUL character in text is refused too, as the
website's forms refuse it: PostgreSQL cannot store it, and inside a medicine's name it hides the
name from the medicines check.

The command line (`achillespath assess --json/--jsonl`) and the JSON API both read JSON here.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["JsonFieldError", "read_json"]


class JsonFieldError(ValueError):
    """A field of a JSON object that cannot be accepted; str() is "field: problem"."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def read_json(text: str | bytes) -> Any:
    """The value of JSON `text`, as json.loads gives it.

    Raises JsonFieldError for a key given twice in one object or text holding a NUL character,
    and json.JSONDecodeError for text that is not JSON.
    """
    return json.loads(text, object_pairs_hook=_checked_object)


def _checked_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise JsonFieldError(key, "given more than once; give each field once")
        if _has_null_character(value):
            raise JsonFieldError(key, "null characters are not allowed")
        found[key] = value
    return found


def _has_null_character(value: object) -> bool:
    # An object inside was checked when it was read (objects are read innermost first), so
    # only text and lists of text are looked into here.
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_null_character(item) for item in value)
    return False
