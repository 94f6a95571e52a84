"""Fixtures for the web tests: two clinics, a person of every role in each, and their patients.

The database is chosen by ACHILLESPATH_TEST_DATABASE (see achillespath/web/settings_test.py).
When PostgreSQL is asked for but not reachable, the run FAILS in CI (CI=true) and is skipped,
with a message, everywhere else.
"""

from __future__ import annotations

import os

import psycopg
import pytest
from web.people import ClinicPeople, make_clinic_people


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("ACHILLESPATH_TEST_DATABASE") != "postgres":
        return
    try:
        psycopg.connect(
            "host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3
        ).close()
    except psycopg.Error as error:
        message = (
            "PostgreSQL at 127.0.0.1:5432 (database test, user postgres, trust auth) is not "
            f"reachable: {error}".strip()
        )
        if os.environ.get("CI", "").lower() == "true":
            raise pytest.UsageError(f"{message}\nCI requires the PostgreSQL run.") from error
        pytest.exit(f"Skipping the PostgreSQL run. {message}", returncode=0)


@pytest.fixture
def riverside(db: None) -> ClinicPeople:
    return make_clinic_people("riverside")


@pytest.fixture
def hillside(db: None) -> ClinicPeople:
    return make_clinic_people("hillside")
