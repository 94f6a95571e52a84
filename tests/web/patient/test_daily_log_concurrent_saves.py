"""Two saves of one day's log at the same instant: the second waits for the first, so the
warning signs each one ticked are both kept (the daily log's promise that a sign, once
reported for a date, is never lost, whichever sign it was)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from django.db import connection, connections
from web.patient.programme_records import prescribe, today
from web.people import ClinicPeople

from achillespath.web import daily_log
from achillespath.web.daily_log import LoggedDay, record_daily_log
from achillespath.web.models import ExerciseLog, Patient

# Threads need their own connections to one shared database: PostgreSQL. SQLite's write
# transactions are already one at a time (tests/web/sqlite/test_base.py).
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrent connections: PostgreSQL only"
    ),
]

HEAD_START_SECONDS = 0.5


def save_ticking(patient: Patient, sign: str) -> Callable[[], object]:
    log = {"date": today(), "sets_done": 3, "load_kg": 0.0, "pain_during": 2}
    return lambda: record_daily_log(patient, {**log, "warning_signs": [sign]}, today())


def started(
    name: str, work: Callable[[], object], failures: list[BaseException]
) -> threading.Thread:
    def run() -> None:
        try:
            work()
        except BaseException as error:  # reported by the test's assertion
            failures.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name=name)
    thread.start()
    return thread


def test_two_saves_of_one_date_at_once_keep_both_warning_signs(
    riverside: ClinicPeople, monkeypatch: pytest.MonkeyPatch
) -> None:
    prescribe(riverside.patient)
    first_has_read = threading.Event()
    read_logs = daily_log.logged_days

    def the_first_save_dawdles_after_reading(patient: Patient) -> list[LoggedDay]:
        rows = read_logs(patient)
        if threading.current_thread().name == "first":
            first_has_read.set()
            time.sleep(HEAD_START_SECONDS)  # the second save starts meanwhile
        return rows

    monkeypatch.setattr(daily_log, "logged_days", the_first_save_dawdles_after_reading)
    failures: list[BaseException] = []

    first = started("first", save_ticking(riverside.patient, "snap"), failures)
    assert first_has_read.wait(timeout=10)
    second = started("second", save_ticking(riverside.patient, "calf_swelling"), failures)
    for thread in (first, second):
        thread.join(timeout=30)

    assert failures == []
    log = ExerciseLog.objects.get(patient=riverside.patient)
    assert log.red_flag_reported
    assert set(log.warning_signs.split(",")) == {"snap", "calf_swelling"}
