"""Nobody is shown more exercise load while a warning sign is unchecked."""

from __future__ import annotations

import datetime as dt

import pytest

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.flags import (
    FollowUp,
    MedicineReport,
    SymptomCheck,
    WarningSignReport,
)
from achillespath.monitoring.pause import exercise_pause
from achillespath.result import Disposition

START = dt.date(2026, 3, 2)
TODAY = START + dt.timedelta(days=20)
NOW = dt.datetime.combine(TODAY, dt.time(9))


def settled(**changes: object) -> FollowUp:
    logs = tuple(
        SessionLog(date=START + dt.timedelta(days=n), sets_done=6, load_kg=0, pain_during=2)
        for n in range(20)
    )
    return FollowUp(programme_start=START, logs=logs).model_copy(update=changes)


def checked(*dispositions: Disposition) -> tuple[SymptomCheck, ...]:
    """Symptom checks saved an hour apart, the last one an hour ago."""
    return tuple(
        SymptomCheck(saved_at=NOW - dt.timedelta(hours=len(dispositions) - n), disposition=d)
        for n, d in enumerate(dispositions)
    )


def sign(*named: str, days_ago: int = 0) -> WarningSignReport:
    saved = NOW - dt.timedelta(days=days_ago)
    return WarningSignReport(
        reported_on=saved.date(),
        reported_at=saved,
        signs=named,
        disposition=(
            Disposition.EMERGENCY
            if "Chest pain or feeling short of breath" in named
            else Disposition.URGENT
        ),
    )


def test_a_settled_programme_after_a_routine_check_goes_on() -> None:
    assert exercise_pause(settled(symptom_checks=checked(Disposition.ROUTINE)), TODAY) is None


def test_an_urgent_check_pauses_the_exercises_until_it_is_assessed_not_a_newer_check() -> None:
    pause = exercise_pause(settled(symptom_checks=checked(Disposition.URGENT)), TODAY)
    newer = checked(Disposition.URGENT, Disposition.ROUTINE)

    assert pause is not None
    assert (pause.disposition, pause.has_warning_sign) == (Disposition.URGENT, True)
    assert exercise_pause(settled(symptom_checks=newer), TODAY) is not None
    assert exercise_pause(settled(symptom_checks=newer, reviewed_at=NOW), TODAY) is None


def test_without_a_clinician_a_newer_reassuring_check_lifts_the_pause() -> None:
    newer = checked(Disposition.URGENT, Disposition.ROUTINE)

    assert exercise_pause(settled(symptom_checks=newer, is_looked_after=False), TODAY) is None


def test_an_emergency_check_pauses_with_emergency_advice() -> None:
    pause = exercise_pause(settled(symptom_checks=checked(Disposition.EMERGENCY)), TODAY)
    assert pause is not None and pause.disposition is Disposition.EMERGENCY


def test_a_warning_sign_in_a_log_pauses_the_exercises() -> None:
    pause = exercise_pause(settled(warning_signs=(sign("A swollen calf"),)), TODAY)
    assert pause is not None and pause.has_warning_sign


def test_a_warning_sign_reported_weeks_ago_still_pauses_until_it_is_assessed() -> None:
    old = (sign("A swollen calf", days_ago=30),)

    assert exercise_pause(settled(warning_signs=old), TODAY) is not None
    assert exercise_pause(settled(warning_signs=old, reviewed_at=NOW), TODAY) is None


def test_chest_pain_logged_days_ago_keeps_the_pause_at_emergency() -> None:
    logged = (
        sign("Chest pain or feeling short of breath", days_ago=3),
        sign("A swollen calf", days_ago=1),
    )

    pause = exercise_pause(settled(warning_signs=logged), TODAY)

    assert pause is not None and pause.disposition is Disposition.EMERGENCY


def test_a_newly_reported_fluoroquinolone_pauses_the_exercises() -> None:
    report = MedicineReport(reported_on=TODAY, reported_at=NOW, text="levofloxacin 500 mg")
    pause = exercise_pause(settled(medicine_reports=(report,)), TODAY)
    assert pause is not None
    assert (pause.has_fluoroquinolone, pause.disposition) == (True, Disposition.URGENT)


@pytest.mark.parametrize("text", ["quinolone antibiotic", "fluoroquinolone", "flouroquinolones"])
def test_a_quinolone_named_by_its_class_pauses_the_exercises_as_a_fluoroquinolone(
    text: str,
) -> None:
    report = MedicineReport(reported_on=TODAY, reported_at=NOW, text=text)
    pause = exercise_pause(settled(medicine_reports=(report,)), TODAY)
    assert pause is not None
    assert (pause.has_fluoroquinolone, pause.disposition) == (True, Disposition.URGENT)
