"""`achillespath sources [ID]`: the bibliography that results cite by id."""

from __future__ import annotations

import argparse

from achillespath.cli.errors import InputError
from achillespath.sources import UnknownSourceError, all_sources, cite

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sources", help="show the sources that results cite by id")
    parser.add_argument("id", nargs="?", help="one source id (default: all)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.id is None:
        for source in all_sources().values():
            print(f"{source.id}  [{source.verification}]\n    {source.citation}")
        return 0
    try:
        source = cite(args.id)
    except UnknownSourceError:
        raise InputError(f"id: no source called {args.id!r}") from None
    print(f"{source.citation}\nVerification: {source.verification}")
    return 0
