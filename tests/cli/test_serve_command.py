"""`achillespath serve` and `purge-expired` with a bad setting in the environment say which
setting and what is wrong in a line or two, with no traceback and no password, and exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from achillespath.cli.errors import EXIT_BAD_INPUT

PASSWORD = "s3cret-pw"
COMMANDS = {"serve": ["serve", "--port", "1"], "purge-expired": ["purge-expired"]}


def serve_with(
    setting: str, value: str, data_dir: Path, command: str = "serve"
) -> subprocess.CompletedProcess[str]:
    environment = {
        name: text
        for name, text in os.environ.items()
        if not name.startswith(("ACHILLESPATH_", "DJANGO_"))
    }
    environment |= {"ACHILLESPATH_DATA_DIR": str(data_dir), setting: value}
    return subprocess.run(
        [sys.executable, "-m", "achillespath.cli.main", *COMMANDS[command]],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("ACHILLESPATH_DATABASE_URL", "nonsense://"),
        ("ACHILLESPATH_DATABASE_URL", f"postgres://clinic:{PASSWORD}@db.example:port/x"),
        ("ACHILLESPATH_DATA_DIR", "/dev/null/var"),
        ("ACHILLESPATH_RETENTION_YEARS", "eight"),
        ("ACHILLESPATH_RETENTION_YEARS", "-1"),
        ("ACHILLESPATH_INVITATION_RETENTION_DAYS", "0"),
        ("ACHILLESPATH_API_TOKEN_DAYS", "400"),
        ("ACHILLESPATH_API_TOKEN_MAX_DAYS", "0"),
        ("ACHILLESPATH_TIME_ZONE", "Mars/Olympus"),
        ("ACHILLESPATH_EMAIL_URL", "ftp://x"),
        ("ACHILLESPATH_EMAIL_URL", f"smtp://clinic:{PASSWORD}@mail.example:99999"),
        ("ACHILLESPATH_EMAIL_FROM", "not an address"),
        ("ACHILLESPATH_WORKERS", "two"),
        ("ACHILLESPATH_THREADS", "0"),
    ],
)
def test_a_bad_setting_is_named_in_one_or_two_lines_without_a_traceback(
    setting: str, value: str, tmp_path: Path
) -> None:
    served = serve_with(setting, value, tmp_path)

    assert served.returncode == EXIT_BAD_INPUT
    assert served.stderr.startswith(f"achillespath serve: {setting} ")
    assert "Traceback" not in served.stderr
    assert PASSWORD not in served.stderr
    assert len(served.stderr.splitlines()) <= 2


def test_a_database_that_cannot_be_reached_is_named_without_its_password(
    tmp_path: Path,
) -> None:
    from django.conf import settings  # noqa: PLC0415 - the test settings, for the build folder

    if not (settings.FRONTEND_BUILD_DIR / "achillespath.css").exists():
        pytest.skip("the design system is not built: run `npm ci && npm run build` (make does)")
    url = f"postgresql://clinic:{PASSWORD}@127.0.0.1:1/achillespath"

    served = serve_with("ACHILLESPATH_DATABASE_URL", url, tmp_path)

    assert served.returncode == EXIT_BAD_INPUT
    assert served.stderr.startswith("achillespath serve: the database in ACHILLESPATH_DATABASE_URL")
    assert "Traceback" not in served.stderr
    assert PASSWORD not in served.stderr


@pytest.mark.parametrize(
    ("setting", "value"),
    [("ACHILLESPATH_DATABASE_URL", "nonsense://"), ("ACHILLESPATH_TIME_ZONE", "Mars/Olympus")],
)
def test_purge_expired_names_a_bad_setting_the_same_way(
    setting: str, value: str, tmp_path: Path
) -> None:
    purged = serve_with(setting, value, tmp_path, command="purge-expired")

    assert purged.returncode == EXIT_BAD_INPUT
    assert purged.stderr.startswith(f"achillespath purge-expired: {setting} ")
    assert "Traceback" not in purged.stderr


def test_purge_expired_says_what_it_erased_of_both_kinds(tmp_path: Path) -> None:
    purged = serve_with("ACHILLESPATH_INVITATION_RETENTION_DAYS", "30", tmp_path, "purge-expired")

    assert purged.returncode == 0, purged.stderr
    assert purged.stdout.splitlines() == [
        "Erased 0 record(s) past their retention date.",
        "Deleted 0 unused invitation(s) past their retention period.",
    ]
