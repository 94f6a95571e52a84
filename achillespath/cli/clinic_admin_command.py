"""`achillespath create-clinic-admin`: a clinic's first clinic admin (and the clinic, if new).

The password is asked for twice on a terminal, never taken as an argument (it would stay in the
shell's history); from a pipe, the first line of standard input is the password.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from achillespath.cli.errors import InputError
from achillespath.cli.settings_errors import settings_errors_as_input

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "create-clinic-admin",
        help="create a clinic admin account, and the clinic if there is none by that name",
        description="Creates a clinic admin who logs in to the web app and invites the "
        "clinic's clinicians and patients. The clinic is created when no clinic has this name. "
        "Asks for the password (on a terminal, twice; from a pipe, the first line).",
    )
    parser.add_argument("--clinic", required=True, metavar="NAME", help="the clinic's name")
    parser.add_argument("--email", required=True, help="the address the admin logs in with")
    parser.add_argument("--database-url", metavar="URL", help="default: the local SQLite file")
    parser.set_defaults(run=run)


def read_password() -> str:
    """The new password: typed twice on a terminal, else the first line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != password:
        raise InputError("password: the two passwords do not match")
    return password


def run(args: argparse.Namespace) -> int:
    password = read_password()
    # Imported here so that the rest of the command line starts without loading Django.
    from achillespath.web.bootstrap import start_django_migrated  # noqa: PLC0415

    with settings_errors_as_input():
        start_django_migrated(args.database_url)
        from achillespath.web.clinic_admins import (  # noqa: PLC0415 - needs the apps
            AccountError,
            create_clinic_admin,
        )

        try:
            made = create_clinic_admin(args.clinic, args.email, password)
        except AccountError as error:
            raise InputError(str(error)) from None
    clinic = f"the new clinic {made.clinic.name}" if made.is_new_clinic else made.clinic.name
    print(f"Created the clinic admin {made.admin.email} at {clinic}.")
    print("They log in to the web app, then invite clinicians and patients from Invitations.")
    return 0
