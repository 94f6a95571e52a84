"""`achillespath create-clinic-admin` makes a clinic's first clinic admin from a deployment's
shell, taking the password from standard input, never from an argument; bad input is one line
naming the field, exit status 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from achillespath.cli.errors import EXIT_BAD_INPUT

PASSWORD = "tendon-loading-2026"


def create(
    data_dir: Path, *args: str, password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    environment = {
        name: text
        for name, text in os.environ.items()
        if not name.startswith(("ACHILLESPATH_", "DJANGO_"))
    }
    environment["ACHILLESPATH_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "achillespath.cli.main", "create-clinic-admin", *args],
        env=environment,
        input=f"{password}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def accounts(data_dir: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(data_dir / "achillespath.sqlite3") as database:
        rows = database.execute(
            "SELECT email, role, web_clinic.name FROM web_user "
            "JOIN web_clinic ON web_clinic.id = web_user.clinic_id"
        )
        return list(rows)


def test_the_clinic_and_its_admin_are_created(tmp_path: Path) -> None:
    run = create(tmp_path, "--clinic", "Northgate MSK Clinic", "--email", "lead@northgate.example")

    assert (run.returncode, run.stderr) == (0, "")
    assert run.stdout.startswith(
        "Created the clinic admin lead@northgate.example at the new clinic Northgate MSK Clinic."
    )
    assert accounts(tmp_path) == [
        ("lead@northgate.example", "clinic_admin", "Northgate MSK Clinic")
    ]
    assert PASSWORD not in (tmp_path / "achillespath.sqlite3").read_bytes().decode("latin-1")


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (("--clinic", "North", "--email", "nope"), PASSWORD, "--email: enter an email address"),
        (("--clinic", " ", "--email", "a@b.example"), PASSWORD, "--clinic: give the clinic's"),
        (("--clinic", "North", "--email", "a@b.example"), "123", "password: This password is"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_and_exit_status_2(
    tmp_path: Path, args: tuple[str, ...], password: str, message: str
) -> None:
    run = create(tmp_path, *args, password=password)

    assert run.returncode == EXIT_BAD_INPUT
    assert run.stderr.startswith(f"achillespath create-clinic-admin: {message}")
    assert len(run.stderr.splitlines()) == 1
    assert accounts(tmp_path) == []
