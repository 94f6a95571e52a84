"""A bad setting met while the web application starts is bad input, not a crash.

Django reads its settings from the environment (achillespath.web.settings) when a command that
needs the database starts; a setting it cannot use raises ImproperlyConfigured, whose message
names the setting. The commands that start Django turn that, and a database that cannot be
reached, into the command line's one-line error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from achillespath.cli.errors import InputError

__all__ = ["settings_errors_as_input"]


@contextmanager
def settings_errors_as_input() -> Iterator[None]:
    # Imported here so that the rest of the command line starts without loading Django.
    from django.core.exceptions import ImproperlyConfigured  # noqa: PLC0415
    from django.db import OperationalError  # noqa: PLC0415

    try:
        yield
    except ImproperlyConfigured as error:
        raise InputError(str(error)) from None
    except OperationalError as error:
        # The driver's first line says why (refused, unknown host, password failed), never
        # the password itself.
        reason = str(error).splitlines()[0]
        raise InputError(f"the database in ACHILLESPATH_DATABASE_URL: {reason}") from None
