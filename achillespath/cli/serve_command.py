"""`achillespath serve`: the web application behind a production server."""

from __future__ import annotations

import argparse

from achillespath.cli.errors import InputError

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
    from django.core.exceptions import ImproperlyConfigured  # noqa: PLC0415
    from django.db import OperationalError  # noqa: PLC0415

    from achillespath.web.server import run_server  # noqa: PLC0415

    try:
        return run_server(args.host, args.port, args.database_url, args.demo)
    except ImproperlyConfigured as error:
        # A bad setting in the environment is bad input: its message names the setting.
        raise InputError(str(error)) from None
    except OperationalError as error:
        # The driver's first line says why (refused, unknown host, password failed), never
        # the password itself.
        reason = str(error).splitlines()[0]
        raise InputError(f"the database in ACHILLESPATH_DATABASE_URL: {reason}") from None
