"""The patient sees plainly whether recovery is on track, and what to do if it is not."""

from __future__ import annotations

import datetime as dt

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.course import course_status
from achillespath.monitoring.flags import FlagKind, FollowUp, VisaARecord

START = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def test_a_settled_week_is_on_track_and_shows_the_expected_course() -> None:
    logs = tuple(
        SessionLog(date=day(n), sets_done=3, load_kg=0, pain_during=2, next_morning_pain=1)
        for n in range(7)
    )
    status = course_status(
        FollowUp(programme_start=START, logs=logs, visa_a=(VisaARecord(taken_on=START, total=50),)),
        day(7),
    )
    assert status.on_track
    assert status.week == 2
    assert "12 weeks" in status.expected


def test_rising_pain_is_off_track_and_says_contact_your_clinician() -> None:
    logs = (SessionLog(date=day(3), sets_done=3, load_kg=0, pain_during=8),)
    status = course_status(FollowUp(programme_start=START, logs=logs), day(4))
    assert not status.on_track
    assert status.headline == "This is off track: please contact your clinician."
    assert [flag.kind for flag in status.concerns] == [FlagKind.PAIN_RULE_BROKEN]


def test_a_missed_log_is_a_reminder_not_off_track() -> None:
    status = course_status(FollowUp(programme_start=START), day(6))
    assert status.on_track
    assert FlagKind.NO_RECENT_LOG in [flag.kind for flag in status.reminders]


def test_the_patient_is_spoken_to_as_you_and_the_clinician_about_them() -> None:
    logs = (SessionLog(date=day(3), sets_done=3, load_kg=0, pain_during=8),)
    status = course_status(FollowUp(programme_start=START, logs=logs), day(10))
    for flag in (*status.concerns, *status.reminders):
        assert flag.patient_reason.startswith(("You", "Your"))
        assert "them" not in flag.patient_reason


def test_with_nothing_to_go_on_the_course_is_not_called_on_track() -> None:
    status = course_status(FollowUp(), START)
    assert not status.can_judge
    assert not status.on_track
    assert status.concerns == ()
    assert status.headline.startswith("There is nothing to judge your progress by yet.")
    assert "off track" not in status.headline


def test_a_single_visa_a_score_is_something_to_judge_by() -> None:
    status = course_status(FollowUp(visa_a=(VisaARecord(taken_on=START, total=50),)), day(1))
    assert status.can_judge
    assert status.on_track
