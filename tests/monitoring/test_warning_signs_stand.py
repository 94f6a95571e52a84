"""A reported warning sign, fluoroquinolone or urgent symptom check stands until someone deals
with it, never timed out: a clinician records that it was assessed, or, for a patient no
clinician looks after, a newer symptom check comes out neither urgent nor an emergency."""

from __future__ import annotations

import datetime as dt

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.flags import (
    Flag,
    FlagKind,
    FollowUp,
    MedicineReport,
    SymptomCheck,
    WarningSignReport,
    caseload_flags,
)
from achillespath.result import Disposition

START = dt.date(2026, 10, 1)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def at(n: int, hour: int = 18) -> dt.datetime:
    return dt.datetime.combine(day(n), dt.time(hour))


def on_programme(**changes: object) -> FollowUp:
    """Logs every day, pain settled; nothing else to flag until day 60."""
    logs = tuple(
        SessionLog(date=day(n), sets_done=3, load_kg=0, pain_during=1, next_morning_pain=1)
        for n in range(60)
    )
    return FollowUp(logs=logs).model_copy(update=changes)


def snap(logged_for: int, saved: int) -> WarningSignReport:
    return WarningSignReport(
        reported_on=day(logged_for),
        reported_at=at(saved),
        signs=("A snap or pop at the back of the ankle",),
    )


def check(saved: int, disposition: Disposition) -> SymptomCheck:
    return SymptomCheck(saved_at=at(saved, hour=20), disposition=disposition)


def red_flag(follow_up: FollowUp, today: dt.date) -> Flag | None:
    flags = caseload_flags(follow_up, today)
    return next((flag for flag in flags if flag.kind is FlagKind.RED_FLAG_REPORTED), None)


def test_a_snap_back_filled_for_two_weeks_ago_stands_from_the_day_it_was_told() -> None:
    follow_up = on_programme(warning_signs=(snap(logged_for=30, saved=44),))

    flag = red_flag(follow_up, day(45))

    assert flag is not None
    assert flag.since == day(44)
    assert (
        "A snap or pop at the back of the ankle (daily log for 31 Oct 2026, reported on "
        "14 Nov 2026)" in flag.reason
    )


def test_a_snap_nobody_has_assessed_still_stands_two_months_later() -> None:
    follow_up = on_programme(warning_signs=(snap(logged_for=1, saved=1),))

    assert red_flag(follow_up, day(59)) is not None


def test_a_clinicians_record_that_it_was_assessed_lets_the_snap_go() -> None:
    follow_up = on_programme(warning_signs=(snap(1, 1),), reviewed_at=at(2, hour=9))

    assert red_flag(follow_up, day(3)) is None


def test_a_sign_reported_after_the_assessment_raises_the_flag_again_from_its_own_day() -> None:
    follow_up = on_programme(warning_signs=(snap(1, 1), snap(5, 5)), reviewed_at=at(2, hour=9))

    flag = red_flag(follow_up, day(6))

    assert flag is not None
    assert flag.since == day(5)


def test_a_reassuring_check_does_not_let_a_logged_sign_go_while_a_clinician_looks_after() -> None:
    follow_up = on_programme(
        warning_signs=(snap(1, 1),), symptom_checks=(check(3, Disposition.ROUTINE),)
    )

    assert red_flag(follow_up, day(4)) is not None


def test_without_a_clinician_a_newer_reassuring_check_lets_a_logged_sign_go() -> None:
    follow_up = on_programme(
        warning_signs=(snap(1, 1),),
        symptom_checks=(check(3, Disposition.SELF_CARE),),
        is_looked_after=False,
    )

    assert red_flag(follow_up, day(4)) is None


def test_without_a_clinician_an_older_or_urgent_check_does_not_let_it_go() -> None:
    follow_up = on_programme(
        warning_signs=(snap(2, 2),),
        symptom_checks=(check(1, Disposition.ROUTINE), check(3, Disposition.URGENT)),
        is_looked_after=False,
    )

    assert red_flag(follow_up, day(4)) is not None


def test_an_emergency_check_answered_again_reassuringly_minutes_later_still_stands() -> None:
    emergency = SymptomCheck(saved_at=at(1, hour=20), disposition=Disposition.EMERGENCY)
    retaken = SymptomCheck(
        saved_at=at(1, hour=20) + dt.timedelta(minutes=3), disposition=Disposition.SELF_CARE
    )

    flag = red_flag(on_programme(symptom_checks=(emergency, retaken)), day(40))

    assert flag is not None
    assert flag.since == day(1)


def test_without_a_clinician_a_newer_reassuring_check_lets_an_urgent_check_go() -> None:
    urgent = check(1, Disposition.URGENT)
    newer = (urgent, check(2, Disposition.ROUTINE))

    assert red_flag(on_programme(symptom_checks=(urgent,), is_looked_after=False), day(40))
    assert red_flag(on_programme(symptom_checks=newer, is_looked_after=False), day(3)) is None


def test_an_urgent_check_stands_until_a_clinician_records_it_was_assessed() -> None:
    follow_up = on_programme(symptom_checks=(check(1, Disposition.URGENT),), reviewed_at=at(2))

    assert red_flag(follow_up, day(3)) is None


def test_a_fluoroquinolone_reported_weeks_ago_stands_until_it_is_assessed() -> None:
    cipro = MedicineReport(reported_on=day(1), reported_at=at(1), text="ciprofloxacin 500mg")

    standing = caseload_flags(on_programme(medicine_reports=(cipro,)), day(50))
    assessed = caseload_flags(on_programme(medicine_reports=(cipro,), reviewed_at=at(2)), day(50))

    assert [flag.kind for flag in standing] == [FlagKind.FLUOROQUINOLONE_REPORTED]
    assert standing[0].since == day(1)
    assert assessed == ()
