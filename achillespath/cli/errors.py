"""Bad input becomes one plain line naming the field and the problem, and exit status 2."""

from __future__ import annotations

from pydantic import ValidationError

__all__ = ["EXIT_BAD_INPUT", "InputError", "describe_validation_error"]

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """Input the command cannot use; the message is shown to the person as it is."""


def describe_validation_error(error: ValidationError, whole: str = "input") -> str:
    """The first problem, as `field: problem` (unknown fields are called unknown fields).

    A problem with the input as a whole (not one field) is put under the name ``whole``.
    """
    first = error.errors(include_url=False)[0]
    field = ".".join(str(part) for part in first["loc"]) or whole
    if first["type"] == "extra_forbidden":
        return f"{field}: unknown field"
    if first["type"] == "missing":
        return f"{field}: missing"
    return f"{field}: {first['msg'].removeprefix('Value error, ')}"
