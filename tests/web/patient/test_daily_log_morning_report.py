"""This morning's pain and stiffness describe the morning AFTER the previous session, so they
are stored on the previous session's log, where the core's pain-monitoring model reads them
(achillespath.exercise.pain_monitoring.SessionLog). See achillespath.web.daily_log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from web.patient.programme_records import LOG_URL, add_log, days_ago, log_form, page, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.daily_log import (
    LoggedDay,
    MorningReport,
    morning_report_shown_for,
    place_morning_report,
)
from achillespath.web.models import ExerciseLog

MONDAY = date(2026, 11, 2)
NONE = MorningReport()


def day(offset: int, log_id: int, morning: MorningReport = NONE) -> LoggedDay:
    return LoggedDay(log_id, MONDAY + timedelta(days=offset), 3, 0.0, 2, morning)


# --- Where a report goes (pure) -------------------------------------------------------------


def test_a_report_with_a_new_log_goes_onto_the_previous_log() -> None:
    own, changed = place_morning_report(
        [day(0, 1)], MONDAY + timedelta(days=1), MorningReport(3, 10)
    )

    assert own == NONE
    assert changed == {1: MorningReport(3, 10)}


def test_a_missed_day_in_between_still_sends_the_report_to_the_latest_earlier_log() -> None:
    own, changed = place_morning_report(
        [day(0, 1), day(1, 2)], MONDAY + timedelta(days=4), MorningReport(2, 5)
    )

    assert (own, changed) == (NONE, {2: MorningReport(2, 5)})


def test_the_very_first_log_keeps_its_own_report_until_the_next_log_replaces_it() -> None:
    own, changed = place_morning_report([], MONDAY, MorningReport(4, 20))

    assert (own, changed) == (MorningReport(4, 20), {})


def test_back_filling_between_two_logs_moves_the_later_logs_report_onto_the_new_one() -> None:
    # Monday's slot held Wednesday's report: the morning of Wednesday follows Tuesday now.
    logs = [day(0, 1, MorningReport(1, 5)), day(2, 2)]

    own, changed = place_morning_report(logs, MONDAY + timedelta(days=1), MorningReport(3, 15))

    assert own == MorningReport(1, 5)
    assert changed == {1: MorningReport(3, 15)}


def test_back_filling_before_a_sole_log_takes_that_logs_own_report() -> None:
    logs = [day(1, 1, MorningReport(2, 10))]

    own, changed = place_morning_report(logs, MONDAY, MorningReport(5, 30))

    assert own == MorningReport(2, 10)
    assert changed == {1: NONE}


def test_back_filling_before_the_first_of_several_logs_stores_nothing_it_cannot_place() -> None:
    logs = [day(1, 1, MorningReport(2, 10)), day(2, 2)]

    own, changed = place_morning_report(logs, MONDAY, MorningReport(5, 30))

    assert (own, changed) == (NONE, {})


def test_changing_a_log_sends_its_report_to_the_previous_log_and_keeps_its_own_slot() -> None:
    logs = [day(0, 1, MorningReport(1, 5)), day(1, 2, MorningReport(2, 0))]

    own, changed = place_morning_report(logs, MONDAY + timedelta(days=1), MorningReport(4, 15))

    assert (own, changed) == (MorningReport(2, 0), {1: MorningReport(4, 15)})


def test_an_unchanged_slot_is_not_written_again() -> None:
    logs = [day(0, 1, MorningReport(1, 5)), day(1, 2)]

    _, changed = place_morning_report(logs, MONDAY + timedelta(days=1), MorningReport(1, 5))

    assert changed == {}


def test_the_report_shown_for_editing_is_the_one_given_with_that_log() -> None:
    logs = [day(0, 1, MorningReport(1, 5)), day(1, 2, MorningReport(2, 0))]

    assert morning_report_shown_for(logs, MONDAY + timedelta(days=1)) == MorningReport(1, 5)
    assert morning_report_shown_for(logs, MONDAY) == NONE  # its slot holds Tuesday's report
    assert morning_report_shown_for([day(0, 1, MorningReport(3, 9))], MONDAY) == MorningReport(3, 9)
    assert morning_report_shown_for(logs, MONDAY + timedelta(days=5)) == NONE  # not logged


reports = st.builds(
    MorningReport,
    st.none() | st.integers(0, 10),
    st.none() | st.integers(0, 1440),
)


def submit_all(
    submissions: list[tuple[int, MorningReport]],
) -> tuple[list[LoggedDay], dict[int, MorningReport]]:
    """Apply submissions (day offset, report) in turn to an in-memory store, as the service
    would; return the logs and the latest report given with each day."""
    logs: list[LoggedDay] = []
    given_with: dict[int, MorningReport] = {}
    for offset, report in submissions:
        target = MONDAY + timedelta(days=offset)
        own, changed = place_morning_report(logs, target, report)
        kept = [
            LoggedDay(log.id, log.date, 3, 0.0, 2, changed.get(log.id, log.morning))
            for log in logs
            if log.date != target
        ]
        logs = sorted([*kept, LoggedDay(offset, target, 3, 0.0, 2, own)], key=lambda log: log.date)
        given_with[offset] = report
    return logs, given_with


@given(st.lists(st.tuples(st.integers(0, 20), reports), min_size=1, max_size=12))
def test_a_stored_report_always_describes_the_morning_after_its_log(
    submissions: list[tuple[int, MorningReport]],
) -> None:
    logs, given_with = submit_all(submissions)

    for index, log in enumerate(logs):
        if log.morning == NONE:
            continue
        if index + 1 < len(logs):
            assert log.morning == given_with[logs[index + 1].id]
        else:
            assert len(logs) == 1 and log.morning == given_with[log.id]


@given(st.lists(reports, min_size=2, max_size=12))
def test_logged_in_date_order_every_morning_but_the_last_is_kept(
    in_order: list[MorningReport],
) -> None:
    logs, _ = submit_all(list(enumerate(in_order)))

    assert [log.morning for log in logs] == [*in_order[1:], NONE]


# --- Through the page ---------------------------------------------------------------------


@pytest.mark.django_db
def test_this_mornings_report_is_stored_on_yesterdays_log(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    yesterday = add_log(riverside.patient, 1)

    client_for(riverside.patient_user).post(
        LOG_URL, log_form(morning_pain="3", morning_stiffness_minutes="10")
    )

    yesterday.refresh_from_db()
    today = ExerciseLog.objects.get(patient=riverside.patient, date=days_ago(0))
    assert (yesterday.next_morning_pain, yesterday.morning_stiffness_minutes) == (3, 10)
    assert (today.next_morning_pain, today.morning_stiffness_minutes) == (None, None)


@pytest.mark.django_db
def test_a_rising_morning_report_makes_the_next_session_ease_off(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, pain=2, next_morning_pain=1)
    add_log(riverside.patient, 1, pain=2)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(pain_during="2", morning_pain="4")
    )

    assert "Reduce</strong> Ease off" in response.content.decode()
    assert "your pain was 4/10, higher than the morning before" in response.content.decode()


@pytest.mark.django_db
def test_opening_a_logged_day_shows_the_morning_report_given_with_it(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, next_morning_pain=6, morning_stiffness_minutes=25)
    add_log(riverside.patient, 1)

    shown = page(client_for(riverside.patient_user), f"/log/{days_ago(1).isoformat()}/")

    assert 'name="morning_pain" value="6"' in shown
    assert 'name="morning_stiffness_minutes" value="25"' in shown
