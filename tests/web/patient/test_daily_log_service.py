"""record_daily_log: the one service the Daily log page and the JSON API share. It saves the
log, audits the write and returns the core's next session, in a few queries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from web.patient.programme_records import LOG_URL, add_log, days_ago, log_form, prescribe, today
from web.people import ClinicPeople, client_for

from achillespath.exercise import LoadAction, SessionPlan
from achillespath.web.daily_log import (
    NoActiveProgrammeError,
    record_daily_log,
    warning_advice,
)
from achillespath.web.models import AuditAction, AuditEvent, ExerciseLog

pytestmark = pytest.mark.django_db


def entry(**fields: Any) -> dict[str, Any]:
    return {"date": today(), "sets_done": 3, "load_kg": 0.0, "pain_during": 2, **fields}


def test_it_returns_the_cores_next_session(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    session = record_daily_log(riverside.patient, entry(pain_during=7), today())

    assert isinstance(session, SessionPlan)
    assert session.advice is not None and session.advice.action is LoadAction.REDUCE
    assert session.week == 2


def test_it_audits_the_write_naming_the_log(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    record_daily_log(riverside.patient, entry(), today())

    log = ExerciseLog.objects.get()
    event = AuditEvent.objects.get()
    assert (event.action, event.patient, event.actor) == (
        AuditAction.WRITE,
        riverside.patient,
        riverside.patient_user,
    )
    assert (event.object_type, event.object_id) == ("ExerciseLog", str(log.pk))


def test_without_an_active_programme_nothing_is_saved(riverside: ClinicPeople) -> None:
    with pytest.raises(NoActiveProgrammeError):
        record_daily_log(riverside.patient, entry(), today())

    assert not ExerciseLog.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": today() + timedelta(days=1)}, "date: a log cannot be in the future"),
        ({"date": days_ago(15)}, "date: you can log up to 14 days back"),
        ({"date": "2026-11-20"}, "date: give the date of the session"),
        ({"pain_during": 11}, "pain_during"),
        ({"sets_done": "3"}, "sets_done"),
        ({"warning_signs": ["headache"]}, "warning_signs: unknown sign(s) headache"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(
    riverside: ClinicPeople, fields: dict[str, Any], message: str
) -> None:
    prescribe(riverside.patient)

    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        record_daily_log(riverside.patient, entry(**fields), today())

    assert not ExerciseLog.objects.exists()


def test_a_missing_key_is_named(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    with pytest.raises(ValueError, match="pain_during: required for a daily log"):
        record_daily_log(
            riverside.patient, {"date": today(), "sets_done": 3, "load_kg": 0}, today()
        )


def test_the_number_of_queries_does_not_grow_with_the_number_of_logs(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=90)
    ExerciseLog.objects.bulk_create(
        ExerciseLog(patient=riverside.patient, date=days_ago(days), sets_done=3, pain_during=2)
        for days in range(1, 90)
    )

    with CaptureQueriesContext(connection) as queries:
        record_daily_log(riverside.patient, entry(morning_pain=2), today())

    # programme, logs, upsert, the previous log's morning report, audit (+ savepoints)
    writes_and_reads = [q for q in queries if "SAVEPOINT" not in q["sql"]]
    assert len(writes_and_reads) == 5


def test_the_page_saves_a_log_in_fourteen_queries_however_many_logs_there_are(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=60)
    for days in range(1, 40):
        add_log(riverside.patient, days)
    client = client_for(riverside.patient_user)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(LOG_URL, log_form(morning_pain="1"))

    assert response.status_code == 200
    # session, user, patient, read audit, whether the day is already logged, the service's 5,
    # the exercise pause's 3, and the menu's (whether a clinic looks after the patient and
    # they have a programme)
    assert len([q for q in queries if "SAVEPOINT" not in q["sql"]]) <= 14


def test_warning_advice_is_the_cores_assessment_only_when_it_finds_a_red_flag() -> None:
    assert warning_advice({"new_medicines": "ibuprofen"}) is None
    assert warning_advice({}) is None

    found = warning_advice(
        {"warning_signs": ["cannot_bear_weight"], "new_medicines": "levofloxacin"}
    )

    assert found is not None
    assert found.red_flags == ("cannot_bear_weight", "fluoroquinolone_with_tendon_pain")
