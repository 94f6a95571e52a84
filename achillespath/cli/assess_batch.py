"""`achillespath assess --json FILE|-` and `--jsonl`: the stable interface for integrators.

One intake object in, one result object out. With --jsonl, one intake per line in and one
result per line out, in order; blank lines are skipped. The first bad line stops the run with
its line number (results for the lines before it have already been written).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from pydantic import ValidationError

from achillespath.assessment import assess
from achillespath.cli.errors import InputError, describe_validation_error
from achillespath.cli.inputs import json_input
from achillespath.intake import Intake
from achillespath.result import AssessmentResult

__all__ = ["assess_json_text", "assess_lines"]


def parse_intake(text: str) -> Intake:
    """An intake from JSON text; InputError names the field and the problem (a field given
    twice included: the last answer must not silently win)."""
    data = json_input(text)
    try:
        return Intake.model_validate(data)
    except ValidationError as error:
        raise InputError(describe_validation_error(error, whole="intake")) from None


def result_json(result: AssessmentResult) -> str:
    return result.model_dump_json()


def assess_json_text(text: str) -> str:
    """The result, as JSON, for one intake given as JSON text."""
    return result_json(assess(parse_intake(text)))


def assess_lines(lines: Iterable[str], out: TextIO) -> None:
    """Assess one intake per line, writing one result per line in the same order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            result = assess(parse_intake(line))
        except InputError as error:
            raise InputError(f"line {number}: {error}") from None
        out.write(result_json(result))
        out.write("\n")
