"""`achillespath purge-expired`: erase deleted accounts and unused invitations whose retention
period has ended.

Run it daily (cron or a systemd timer); it is safe to run more than once.
"""

from __future__ import annotations

import argparse
import datetime as dt

from achillespath.cli.arguments import iso_date
from achillespath.cli.settings_errors import settings_errors_as_input

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "purge-expired",
        help="erase deleted accounts and unused invitations past their retention period",
        description="Of a deleted account, keeps only an empty, nameless row that the audit "
        "log refers to. Invitations never used are deleted "
        "ACHILLESPATH_INVITATION_RETENTION_DAYS after their link stopped working.",
    )
    parser.add_argument("--database-url", metavar="URL", help="default: the local SQLite file")
    parser.add_argument("--today", type=iso_date, default=None, help="the date to purge as of")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that the rest of the command line starts without loading Django.
    from achillespath.web.bootstrap import start_django_migrated  # noqa: PLC0415

    with settings_errors_as_input():
        start_django_migrated(args.database_url)
        from django.conf import settings  # noqa: PLC0415
        from django.utils import timezone  # noqa: PLC0415

        from achillespath.web import retention  # noqa: PLC0415 - needs the apps

        today = args.today or timezone.localdate()
        erased = retention.purge_expired(today)
        start_of_today = timezone.make_aware(dt.datetime.combine(today, dt.time()))
        dropped = retention.purge_dead_invitations(
            start_of_today, settings.INVITATION_RETENTION_DAYS
        )
    print(f"Erased {len(erased)} record(s) past their retention date.")
    print(f"Deleted {dropped} unused invitation(s) past their retention period.")
    return 0
