"""`achillespath assess`: the symptom check, interactive or as JSON for integrators."""

from __future__ import annotations

import argparse
import sys

from achillespath.cli import assess_batch
from achillespath.cli.inputs import read_input
from achillespath.cli.interview_terminal import run_interview

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "assess",
        help="check symptoms: interactive, or one intake as JSON, or JSON lines",
        description="With no option, asks one question at a time in the terminal.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--json", metavar="FILE", help="read one intake object (- for stdin)")
    source.add_argument(
        "--jsonl", action="store_true", help="read one intake per line on stdin, write results"
    )
    source.add_argument(
        "--clinician", action="store_true", help="interactive, with the clinician's questions"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        assess_batch.assess_lines(sys.stdin, sys.stdout)
    elif args.json is not None:
        print(assess_batch.assess_json_text(read_input(args.json)))
    else:
        return run_interview(input, print, "clinician" if args.clinician else "everyone")
    return 0
