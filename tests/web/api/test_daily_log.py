"""POST /api/me/logs saves one day's log through the shared daily-log service and answers with
the next session; GET /api/me/logs lists the patient's own logs."""

from __future__ import annotations

import json
from typing import Any, get_args

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from web.api.calls import api_client, field_problems, problem
from web.clinician.records import days_ago, log
from web.people import ClinicPeople

from achillespath.web import daily_log
from achillespath.web.api.me import WarningSignId
from achillespath.web.models import AuditAction, AuditEvent, ExerciseLog

pytestmark = pytest.mark.django_db

LOGS = "/api/me/logs"


def entry(days: int = 0, **changes: Any) -> dict[str, Any]:
    """A settled session `days` ago: all sets, body weight, pain 2/10, a quiet morning."""
    return {
        "date": days_ago(days).isoformat(),
        "sets_done": 3,
        "load_kg": 0,
        "pain_during": 2,
        "morning_pain": 1,
        "morning_stiffness_minutes": 5,
        **changes,
    }


def submit(people: ClinicPeople, body: dict[str, Any]) -> Any:
    return api_client(people.patient_user).post(LOGS, body, content_type="application/json")


def test_a_log_is_saved_and_the_next_session_comes_back(on_programme: ClinicPeople) -> None:
    response = submit(on_programme, entry())

    assert response.status_code == 200
    saved = ExerciseLog.objects.get(patient=on_programme.patient)
    assert (saved.date, saved.sets_done, saved.pain_during) == (days_ago(0), 3, 2)
    body = response.json()
    assert body["next_session"]["week"] == 3
    assert body["next_session"]["advice"]["action"] == "hold"
    assert body["warning"] is None


def test_the_route_calls_the_shared_daily_log_service(
    on_programme: ClinicPeople, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    real = daily_log.record_daily_log

    def spy(patient: Any, data: dict[str, Any], today: Any, **kwargs: Any) -> Any:
        calls.append(data)
        return real(patient, data, today, **kwargs)

    monkeypatch.setattr("achillespath.web.api.me.record_daily_log", spy)
    submit(on_programme, entry(pain_during=4))

    assert calls[0]["pain_during"] == 4
    assert calls[0]["date"] == days_ago(0)


def test_a_second_log_for_the_same_day_replaces_the_first(on_programme: ClinicPeople) -> None:
    submit(on_programme, entry(pain_during=2))
    submit(on_programme, entry(pain_during=4))

    assert list(ExerciseLog.objects.values_list("pain_during", flat=True)) == [4]


def test_pain_above_five_during_exercise_reduces_the_next_session(
    on_programme: ClinicPeople,
) -> None:
    advice = submit(on_programme, entry(pain_during=6)).json()["next_session"]["advice"]

    assert (advice["action"], advice["rule"]) == ("reduce", "pain_monitoring.pain_during")


def test_a_warning_sign_brings_the_cores_urgent_advice_and_flags_the_log(
    on_programme: ClinicPeople,
) -> None:
    body = submit(on_programme, entry(warning_signs=["snap", "cannot_bear_weight"])).json()

    assert body["warning"]["disposition"] == "urgent"
    assert ExerciseLog.objects.get().red_flag_reported is True


def test_after_a_warning_sign_no_next_session_is_given_until_checked(
    on_programme: ClinicPeople,
) -> None:
    body = submit(on_programme, entry(warning_signs=["calf_swelling"])).json()

    assert body["next_session"] is None
    assert body["paused"]["has_warning_sign"] is True
    plan = api_client(on_programme.patient_user).get("/api/me/plan").json()
    assert (plan["session"], plan["paused"]["disposition"]) == (None, "urgent")


def test_a_missed_day_can_be_back_filled(on_programme: ClinicPeople) -> None:
    log(on_programme.patient, 1)

    assert submit(on_programme, entry(days=3)).status_code == 200
    assert sorted(ExerciseLog.objects.values_list("date", flat=True)) == [days_ago(3), days_ago(1)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date": days_ago(-1).isoformat()}, "date"),
        ({"date": days_ago(15).isoformat()}, "date"),
        ({"pain_during": 11}, "pain_during"),
        ({"sets_done": -1}, "sets_done"),
        ({"load_kg": 301}, "load_kg"),
        ({"morning_stiffness_minutes": 1441}, "morning_stiffness_minutes"),
        ({"warning_signs": ["headache"]}, "warning_signs.0"),
        ({"mood": "fine"}, "mood"),
        ({"new_medicines": "x" * 501}, "new_medicines"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_nothing_is_saved(
    on_programme: ClinicPeople, changes: dict[str, Any], field: str
) -> None:
    assert set(field_problems(submit(on_programme, entry(**changes)))) == {field}
    assert not ExerciseLog.objects.exists()


def test_a_null_character_in_the_medicines_is_refused_as_the_website_refuses_it(
    on_programme: ClinicPeople,
) -> None:
    problems = field_problems(submit(on_programme, entry(new_medicines="x\u0000y")))

    assert problems == {"new_medicines": "null characters are not allowed"}
    assert not ExerciseLog.objects.exists()


def test_a_warning_sign_list_given_twice_is_refused_not_read_as_the_last_one(
    on_programme: ClinicPeople,
) -> None:
    body = json.dumps(entry())[:-1] + ', "warning_signs": ["snap"], "warning_signs": []}'

    problems = field_problems(submit(on_programme, body))

    assert problems == {"warning_signs": "given more than once; give each field once"}
    assert not ExerciseLog.objects.exists()


def test_a_future_date_says_why(on_programme: ClinicPeople) -> None:
    problems = field_problems(submit(on_programme, entry(days=-1)))

    assert problems == {"date": "a log cannot be in the future; choose today or an earlier day"}


def test_without_a_programme_there_is_nothing_to_log_against(riverside: ClinicPeople) -> None:
    body = problem(submit(riverside, entry()), 409)

    assert body["detail"] == "There is no exercise programme to log against yet."


def test_the_write_is_audited_once_with_the_log_it_wrote(on_programme: ClinicPeople) -> None:
    submit(on_programme, entry())

    event = AuditEvent.objects.get()
    assert (event.action, event.object_type, event.object_id) == (
        AuditAction.WRITE,
        "ExerciseLog",
        str(ExerciseLog.objects.get().pk),
    )
    assert (event.actor_id, event.patient_id, event.path) == (
        on_programme.patient_user.pk,
        on_programme.patient.pk,
        LOGS,
    )


def test_the_warning_signs_offered_are_the_daily_log_services_own() -> None:
    assert set(get_args(WarningSignId)) == {sign.id for sign in daily_log.WARNING_SIGNS}


def test_the_logs_are_listed_newest_first_with_their_next_morning(
    on_programme: ClinicPeople,
) -> None:
    log(on_programme.patient, 2, pain=3, next_morning_pain=1)
    log(on_programme.patient, 1, pain=2)

    listed = api_client(on_programme.patient_user).get(LOGS).json()

    assert [(item["date"], item["pain_during"], item["next_morning_pain"]) for item in listed] == [
        (days_ago(1).isoformat(), 2, None),
        (days_ago(2).isoformat(), 3, 1),
    ]


def test_each_listed_log_names_its_warning_signs_in_the_daily_logs_words(
    on_programme: ClinicPeople,
) -> None:
    submit(on_programme, entry(2, warning_signs=["fever", "calf_swelling"]))
    submit(on_programme, entry(1))

    listed = api_client(on_programme.patient_user).get(LOGS).json()

    assert [item["warning_signs"] for item in listed] == [
        [],
        [
            {"id": "calf_swelling", "label": "A swollen calf"},
            {"id": "fever", "label": "A fever (high temperature)"},
        ],
    ]


def test_a_log_saved_before_signs_were_named_says_only_that_one_was_reported(
    on_programme: ClinicPeople,
) -> None:
    log(on_programme.patient, 1, red_flag_reported=True)

    (listed,) = api_client(on_programme.patient_user).get(LOGS).json()

    assert (listed["red_flag_reported"], listed["warning_signs"]) == (True, [])


def test_a_day_logged_again_keeps_every_warning_sign_ticked_for_it(
    on_programme: ClinicPeople,
) -> None:
    submit(on_programme, entry(warning_signs=["calf_swelling"]))
    submit(on_programme, entry(warning_signs=["fever"]))
    submit(on_programme, entry())

    saved = ExerciseLog.objects.get(patient=on_programme.patient)
    assert (saved.red_flag_reported, saved.warning_signs) == (True, "calf_swelling,fever")


def test_saving_a_log_takes_the_same_statements_however_many_logs_there_are(
    on_programme: ClinicPeople,
) -> None:
    # The benchmarked path (bench/web.py): each statement costs every patient every day.
    client = api_client(on_programme.patient_user)
    client.get("/api/me/plan")  # the token's first use is recorded once; not part of a log
    for days in range(1, 60):
        log(on_programme.patient, days)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(LOGS, entry(), content_type="application/json")

    assert response.status_code == 200
    statements = [query["sql"] for query in queries if "SAVEPOINT" not in query["sql"]]
    # token, own record, programme, logs, upsert, this morning's report moved onto yesterday's
    # log, audit event, and the pause's three: the logs that reported something, the
    # symptom checks and the latest review (a fourth, whether a clinic looks after the
    # patient, only when a log reported something)
    assert len(statements) == 10, statements
