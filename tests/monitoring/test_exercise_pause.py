"""Nobody is shown more exercise load while a warning sign is unchecked."""

from __future__ import annotations

import datetime as dt

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.flags import FollowUp, MedicineReport
from achillespath.monitoring.pause import exercise_pause
from achillespath.result import Disposition

START = dt.date(2026, 3, 2)
TODAY = START + dt.timedelta(days=20)


def settled(**changes: object) -> FollowUp:
    logs = tuple(
        SessionLog(date=START + dt.timedelta(days=n), sets_done=6, load_kg=0, pain_during=2)
        for n in range(20)
    )
    return FollowUp(programme_start=START, logs=logs).model_copy(update=changes)


def test_a_settled_programme_after_a_routine_check_goes_on() -> None:
    assert exercise_pause(settled(), Disposition.ROUTINE, TODAY) is None


def test_an_urgent_latest_check_pauses_the_exercises_until_a_newer_check() -> None:
    pause = exercise_pause(settled(), Disposition.URGENT, TODAY)
    assert pause is not None
    assert (pause.disposition, pause.has_warning_sign) == (Disposition.URGENT, True)


def test_an_emergency_check_pauses_with_emergency_advice() -> None:
    pause = exercise_pause(settled(), Disposition.EMERGENCY, TODAY)
    assert pause is not None and pause.disposition is Disposition.EMERGENCY


def test_a_warning_sign_in_a_recent_log_pauses_the_exercises() -> None:
    pause = exercise_pause(settled(red_flag_reports=(TODAY,)), Disposition.ROUTINE, TODAY)
    assert pause is not None and pause.has_warning_sign


def test_a_warning_sign_reported_weeks_ago_no_longer_pauses() -> None:
    old = TODAY - dt.timedelta(days=30)
    assert exercise_pause(settled(red_flag_reports=(old,)), None, TODAY) is None


def test_a_newly_reported_fluoroquinolone_pauses_the_exercises() -> None:
    report = MedicineReport(reported_on=TODAY, text="levofloxacin 500 mg")
    pause = exercise_pause(settled(medicine_reports=(report,)), None, TODAY)
    assert pause is not None
    assert (pause.has_fluoroquinolone, pause.disposition) == (True, Disposition.URGENT)
