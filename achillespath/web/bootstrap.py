"""Starting Django outside a web server: for the server itself and for maintenance commands."""

from __future__ import annotations

import os

import django

__all__ = ["start_django", "start_django_migrated"]


def start_django(database_url: str | None) -> None:
    """Configure the settings (with this database, if given) and load the apps."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "achillespath.web.settings")
    if database_url:
        os.environ["ACHILLESPATH_DATABASE_URL"] = database_url
    django.setup()  # after the environment above: settings read it


def start_django_migrated(database_url: str | None) -> None:
    """`start_django`, then bring the database's tables up to date: what a maintenance command
    needs before it touches the records."""
    start_django(database_url)
    from django.core.management import call_command  # noqa: PLC0415 - needs the settings

    call_command("migrate", interactive=False, verbosity=0)
