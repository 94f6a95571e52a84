"""`achillespath`: the command-line entry point. Each subcommand is a thin shell over the core.

Bad input ends with exit status 2 and one line on stderr naming the field and the problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from achillespath import __version__
from achillespath.cli import (
    assess_command,
    clinic_admin_command,
    content_command,
    plan_command,
    purge_command,
    serve_command,
    sources_command,
    visa_a_command,
)
from achillespath.cli.errors import EXIT_BAD_INPUT, InputError

__all__ = ["main"]

EXIT_INTERRUPTED = 130

COMMANDS = (
    assess_command,
    visa_a_command,
    plan_command,
    content_command,
    sources_command,
    serve_command,
    purge_command,
    clinic_admin_command,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="achillespath",
        description="Achilles tendon pain: symptom check, care pathway, exercise plans, VISA-A.",
        epilog="Decision support, not a diagnosis. In an emergency call 999.",
    )
    parser.add_argument("--version", action="version", version=f"achillespath {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except InputError as error:
        print(f"achillespath {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (KeyboardInterrupt, EOFError):
        print("\nStopped. Nothing was saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
