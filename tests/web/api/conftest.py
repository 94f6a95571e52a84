"""Fixtures for the API tests: the people of tests/web/conftest.py, with a programme."""

from __future__ import annotations

import pytest
from web.clinician.records import prescribe, save_check
from web.people import ClinicPeople


@pytest.fixture
def on_programme(riverside: ClinicPeople) -> ClinicPeople:
    """Riverside, whose patient had a symptom check (midportion pain) and started the
    midportion programme 14 days ago."""
    save_check(riverside.patient)
    prescribe(riverside.patient, "midportion", started_days_ago=14)
    return riverside
