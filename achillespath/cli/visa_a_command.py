"""`achillespath visa-a`: score a VISA-A questionnaire, and read a change against the MCID."""

from __future__ import annotations

import argparse
import json
from typing import Any

from pydantic import ValidationError

from achillespath.cli.errors import InputError, describe_validation_error
from achillespath.cli.inputs import json_input, read_input
from achillespath.measures.score_change import interpret_change
from achillespath.measures.visa_a import VisaAAnswers, VisaAScore, score_visa_a
from achillespath.measures.visa_a_form import load_visa_a_form

__all__ = ["register"]


def _points(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{value} is not a VISA-A total from 0 to 100")
    return value


def _mcid(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError(f"{value:g} is not an MCID between 0 and 100")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "visa-a",
        help="score a VISA-A questionnaire given as points per item",
        description=(
            'Reads {"q1".."q7": points, "q8": {"branch": "A"|"B"|"C", "points": n}} and '
            "prints the total (0-100, 100 best). No severity bands: Robinson et al. 2001 "
            "published none."
        ),
    )
    parser.add_argument("--json", metavar="FILE", required=True, help="answers (- for stdin)")
    parser.add_argument("--baseline", type=_points, help="an earlier total to compare with (0-100)")
    parser.add_argument(
        "--mcid", type=_mcid, help="points of change that matter (default: pathway setting)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    answers = _parse_answers(read_input(args.json))
    score = score_visa_a(answers)
    output = _score_json(score)
    if args.baseline is not None:
        change = interpret_change(args.baseline, score.total, mcid=args.mcid)
        output["change"] = change.model_dump(mode="json")
    print(json.dumps(output, indent=2))
    return 0


def _parse_answers(text: str) -> VisaAAnswers:
    data = json_input(text)
    try:
        return VisaAAnswers.model_validate(data)
    except ValidationError as error:
        raise InputError(describe_validation_error(error)) from None


def _score_json(score: VisaAScore) -> dict[str, Any]:
    return {
        "total": score.total,
        "subtotals": {subtotal.group.id: subtotal.points for subtotal in score.subtotals},
        "q8_branch": score.q8_branch,
        "sources": list(score.sources),
        "notice": load_visa_a_form().notice.text,
    }
