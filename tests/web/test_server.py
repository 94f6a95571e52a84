"""`run_server` serves the application through gunicorn: migrations applied, static files
collected and compressed, demo logins printed, /healthz answering, Ctrl-C stopping it cleanly."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, dict(response.headers), response.read()


def wait_until_up(url: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"the server exited early:\n{server.communicate()[0]}")
        try:
            get(url)
        except urllib.error.HTTPError as error:
            pytest.fail(f"the server is up but {url} answered {error.code}")
        except OSError:
            time.sleep(0.3)
        else:
            return
    pytest.fail(f"the server did not answer {url} within {STARTUP_SECONDS} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    if not (settings.FRONTEND_BUILD_DIR / "achillespath.css").exists():
        pytest.skip("the design system is not built: run `npm ci && npm run build` (make does)")
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    code = (
        "from achillespath.web.server import run_server; "
        f"raise SystemExit(run_server('127.0.0.1', {port}, 'sqlite:///{data}/db.sqlite3', True))"
    )
    environment = {
        **os.environ,
        "ACHILLESPATH_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "achillespath.web.settings",
    }
    server = subprocess.Popen(
        [sys.executable, "-c", code],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=Path(settings.REPOSITORY_ROOT),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/healthz", server)
        yield base, server
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_the_server_answers_healthz_from_its_database(
    served: tuple[str, subprocess.Popen[str]],
) -> None:
    status, _, body = get(f"{served[0]}/healthz")

    assert status == 200
    assert body == b'{"status": "ok", "database": "ok"}'


def test_static_files_are_served_compressed_under_hashed_names(
    served: tuple[str, subprocess.Popen[str]],
) -> None:
    _, _, page = get(f"{served[0]}/")
    stylesheet = re.search(rb'href="(/static/frontend/achillespath\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet is not None

    request = urllib.request.Request(
        served[0] + stylesheet.group(1).decode(), headers={"Accept-Encoding": "gzip"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]


def test_the_design_systems_script_is_imported_by_its_hashed_name(
    served: tuple[str, subprocess.Popen[str]],
) -> None:
    _, _, page = get(f"{served[0]}/")
    start = re.search(rb'src="(/static/achillespath/start\.[0-9a-f]{12}\.js)"', page)
    assert start is not None

    _, _, script = get(served[0] + start.group(1).decode())

    assert re.search(rb"nhsuk-frontend\.min\.[0-9a-f]{12}\.js", script)


def test_ctrl_c_stops_the_server_and_it_printed_the_url_and_demo_logins(
    served: tuple[str, subprocess.Popen[str]],
) -> None:
    base, server = served

    server.send_signal(signal.SIGINT)
    output, _ = server.communicate(timeout=30)

    assert server.returncode == 0
    assert f"achillespath is running at {base}/" in output
    assert "patient@example.org" in output
    assert "clinician@example.org" in output
    assert "admin@example.org" in output
