"""`achillespath serve`: the web application behind a production server."""

from __future__ import annotations

import argparse

from achillespath.cli.settings_errors import settings_errors_as_input

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "serve",
        help="run the web application (migrates the database first)",
        description="Applies migrations and serves the web app (SQLite by default).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="e.g. postgresql://user@127.0.0.1:5432/achillespath (default: local SQLite file)",
    )
    parser.add_argument("--demo", action="store_true", help="load demo clinic, people and logs")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that the rest of the command line starts without loading Django.
    from achillespath.web.server import run_server  # noqa: PLC0415

    with settings_errors_as_input():
        return run_server(args.host, args.port, args.database_url, args.demo)
