"""`achillespath serve`: prepare the database and static files, then serve with gunicorn.

Never Django's development server: gunicorn's threaded workers behind WhiteNoise serve pages
and compressed, cache-forever static files well enough for a clinic on one small machine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connections
from django.urls import get_resolver
from django.utils import timezone
from gunicorn.app.base import BaseApplication

from achillespath.web.bootstrap import start_django

WORKERS_ENV = "ACHILLESPATH_WORKERS"
THREADS_ENV = "ACHILLESPATH_THREADS"
# Two processes (one per core of a 2-core machine) with four threads each: requests spend
# much of their time waiting on the database, so threads keep both cores busy.
DEFAULT_WORKERS = 2
DEFAULT_THREADS = 4


def run_server(host: str, port: int, database_url: str | None, demo: bool) -> int:
    """Migrate, collect static files, load the demo data if asked, print where to go, serve.

    Returns the process exit status: 0 after Ctrl-C, 2 when the design system is not built.
    """
    start_django(database_url)
    pool = (_count(WORKERS_ENV, DEFAULT_WORKERS), _count(THREADS_ENV, DEFAULT_THREADS))
    if not _frontend_is_built():
        return 2
    _prepare()
    if demo:
        _load_and_print_demo()
    print(f"achillespath is running at http://{_url_host(host)}:{port}/  (press Ctrl-C to stop)")
    return _serve(host, port, pool)


def _frontend_is_built() -> bool:
    stylesheet = settings.FRONTEND_BUILD_DIR / "achillespath.css"
    if stylesheet.exists():
        return True
    print(
        f"The design system is not built ({stylesheet} is missing).\n"
        "Run `make run`, or `npm ci && npm run build`, in the repository first.",
        file=sys.stderr,
    )
    return False


def _prepare() -> None:
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def _load_and_print_demo() -> None:
    from achillespath.web.demo import load_demo  # noqa: PLC0415 - needs the app registry

    logins = load_demo(timezone.localdate())
    print(f"Demo logins (the password for each is {logins[0].password}):")
    for login in logins:
        print(f"  {login.role:<13} {login.email}")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _serve(host: str, port: int, pool: tuple[int, int]) -> int:
    """Serve until stopped, with `pool` = (worker processes, threads in each)."""
    from achillespath.web.wsgi import application  # noqa: PLC0415 - needs the app registry

    # Import every view now, once, so the forked workers answer their first request at once.
    get_resolver().url_patterns  # noqa: B018
    connections.close_all()  # the workers are forked: each must open its own connections
    options = {
        "bind": f"{_url_host(host)}:{port}",
        "worker_class": "gthread",
        "workers": pool[0],
        "threads": pool[1],
        "preload_app": True,
        "graceful_timeout": 10,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "achillespath",
    }
    try:
        _GunicornServer(application, options).run()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 0
    return 0


def _count(setting: str, default: int) -> int:
    text = os.environ.get(setting, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise ImproperlyConfigured(f"{setting} must be a whole number of 1 or more, not {text!r}")
    return int(text)


class _GunicornServer(BaseApplication):  # type: ignore[misc]
    """gunicorn configured from a dict, serving one already-loaded WSGI application."""

    def __init__(self, application: Callable[..., Any], options: dict[str, object]) -> None:
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Callable[..., Any]:
        return self.application
