"""The audit log: every access through achillespath.web.access is recorded, logins too, and
nothing can change or remove an event, neither the application nor a raw SQL session."""

from __future__ import annotations

import csv
import importlib
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from django.db import DatabaseError, connection, transaction
from django.test import Client, RequestFactory
from web.people import PASSWORD, ClinicPeople

from achillespath.web import access, audit
from achillespath.web.models import AppendOnlyError, AuditAction, AuditEvent, ExerciseLog

pytestmark = pytest.mark.django_db

GUARD = importlib.import_module("achillespath.web.migrations.0003_audit_append_only")


def read_by_clinician(people: ClinicPeople) -> AuditEvent:
    request = RequestFactory().get(
        f"/clinic/patients/{people.patient.pk}/",
        REMOTE_ADDR="192.0.2.10",
        HTTP_USER_AGENT="Firefox",
    )
    request.user = people.clinician
    access.get_patient_for(request, people.patient.pk, AuditAction.READ)
    return AuditEvent.objects.get()


def test_reading_a_record_records_who_what_when_and_from_where(riverside: ClinicPeople) -> None:
    event = read_by_clinician(riverside)

    assert event.actor == riverside.clinician
    assert event.actor_email == "clinician@riverside.example"
    assert event.role == "clinician"
    assert event.clinic_id == riverside.clinic.pk
    assert event.patient == riverside.patient
    assert event.action == AuditAction.READ
    assert (event.object_type, event.object_id) == ("Patient", str(riverside.patient.pk))
    assert event.path == f"/clinic/patients/{riverside.patient.pk}/"
    assert (event.ip, event.user_agent) == ("192.0.2.10", "Firefox")
    assert event.at is not None


def test_writing_a_record_names_the_object_written(riverside: ClinicPeople) -> None:
    entry = ExerciseLog.objects.create(
        patient=riverside.patient, date=date(2026, 11, 20), sets_done=6, pain_during=2
    )
    request = RequestFactory().post("/daily-log/")
    request.user = riverside.patient_user

    access.own_patient(request, AuditAction.WRITE, obj=entry)

    event = AuditEvent.objects.get()
    assert (event.action, event.object_type, event.object_id) == (
        "write",
        "ExerciseLog",
        str(entry.pk),
    )
    assert event.role == "patient"


def test_the_model_refuses_to_change_an_event(riverside: ClinicPeople) -> None:
    event = read_by_clinician(riverside)
    event.action = AuditAction.WRITE

    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.update(action="write")


def test_the_model_refuses_to_delete_an_event(riverside: ClinicPeople) -> None:
    event = read_by_clinician(riverside)

    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.count() == 1


def test_the_database_refuses_a_raw_update(riverside: ClinicPeople) -> None:
    read_by_clinician(riverside)

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE web_auditevent SET action = 'write'")
    assert AuditEvent.objects.get().action == "read"


def test_the_postgresql_database_refuses_a_raw_delete(riverside: ClinicPeople) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only; the SQLite guard is tested on a database file below")
    read_by_clinician(riverside)

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM web_auditevent")
    assert AuditEvent.objects.count() == 1


def test_an_sqlite_database_file_refuses_update_and_delete(tmp_path: Path) -> None:
    database = sqlite3.connect(tmp_path / "audit.sqlite3")
    database.execute("CREATE TABLE web_auditevent (id INTEGER PRIMARY KEY, action TEXT)")
    for statement in GUARD.SQLITE_INSTALL:
        database.execute(statement)
    database.execute("INSERT INTO web_auditevent (action) VALUES ('read')")

    for statement in ("UPDATE web_auditevent SET action = 'write'", "DELETE FROM web_auditevent"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            database.execute(statement)
    assert database.execute("SELECT action FROM web_auditevent").fetchall() == [("read",)]
    database.close()


def test_logging_in_and_out_is_recorded(riverside: ClinicPeople) -> None:
    client = Client(REMOTE_ADDR="198.51.100.7")
    client.post(
        "/accounts/login/", {"username": "clinician@riverside.example", "password": PASSWORD}
    )
    client.post("/accounts/logout/")

    events = list(AuditEvent.objects.order_by("id").values_list("action", "actor_email", "ip"))
    assert events == [
        ("login", "clinician@riverside.example", "198.51.100.7"),
        ("logout", "clinician@riverside.example", "198.51.100.7"),
    ]


def test_a_failed_login_on_an_account_goes_to_its_clinics_log_naming_the_account(
    riverside: ClinicPeople,
) -> None:
    Client().post(
        "/accounts/login/", {"username": "Clinician@Riverside.example", "password": "wrong"}
    )

    event = AuditEvent.objects.get()
    assert (event.action, event.actor_email, event.actor, event.role) == (
        "login_failed",
        "",
        None,
        "",
    )
    assert (event.clinic_id, event.object_type, event.object_id) == (
        riverside.clinic.pk,
        "User",
        str(riverside.clinician.pk),
    )


def test_a_failed_login_with_an_unknown_email_keeps_nothing_typed_and_no_clinic(
    riverside: ClinicPeople,
) -> None:
    """The text typed may hold a password: none of it is kept."""
    Client().post("/accounts/login/", {"username": "s3cret@example.org", "password": "wrong"})

    events = AuditEvent.objects.values_list(
        "action", "actor_email", "clinic_id", "object_type", "object_id", "path"
    )
    assert list(events) == [("login_failed", "", None, "", "", "/accounts/login/")]


def test_events_export_as_csv_with_one_row_each(riverside: ClinicPeople) -> None:
    event = read_by_clinician(riverside)
    out = io.StringIO()

    audit.write_csv(AuditEvent.objects.all(), out)

    header, row = out.getvalue().splitlines()
    assert header == (
        "at,actor_email,role,clinic_id,patient_id,action,object_type,object_id,path,ip,"
        "user_agent,changes"
    )
    assert row.startswith(f"{event.at.isoformat()},clinician@riverside.example,clinician,")
    patient_id = riverside.patient.pk
    assert row.endswith(
        f",read,Patient,{patient_id},/clinic/patients/{patient_id}/,192.0.2.10,Firefox,"
    )


@pytest.mark.django_db(transaction=True)
def test_the_test_runner_can_still_empty_the_log_between_tests(riverside: ClinicPeople) -> None:
    # Browser tests run against a live server with transactional tests, which empty every
    # table afterwards (TRUNCATE on PostgreSQL, DELETE on an in-memory SQLite database).
    read_by_clinician(riverside)

    assert AuditEvent.objects.count() == 1


def test_text_a_spreadsheet_would_run_as_a_formula_is_exported_as_text(
    riverside: ClinicPeople,
) -> None:
    request = RequestFactory().get("/", HTTP_USER_AGENT='=HYPERLINK("http://evil.example")')
    audit.record(request, AuditAction.LOGIN, actor=riverside.clinician)
    out = io.StringIO()

    audit.write_csv(AuditEvent.objects.all(), out)

    assert "'=HYPERLINK" in out.getvalue()


def test_a_write_recorded_after_saving_names_what_was_written(riverside: ClinicPeople) -> None:
    entry = ExerciseLog.objects.create(
        patient=riverside.patient, date=date(2026, 11, 20), sets_done=6, pain_during=2
    )
    request = RequestFactory().post("/daily-log/")
    request.user = riverside.patient_user

    access.record_write(request, riverside.patient, entry)

    event = AuditEvent.objects.get()
    assert (event.action, event.patient, event.object_type, event.object_id) == (
        "write",
        riverside.patient,
        "ExerciseLog",
        str(entry.pk),
    )


def test_a_change_of_settings_exports_from_what_to_what(riverside: ClinicPeople) -> None:
    request = RequestFactory().post("/clinic/settings/")
    change = {"visa_a_mcid": {"from": 14, "to": 7.5}}
    audit.record(
        request, AuditAction.WRITE, obj=riverside.clinic, actor=riverside.admin, changes=change
    )
    out = io.StringIO()

    audit.write_csv(AuditEvent.objects.all(), out)

    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert json.loads(row["changes"]) == change
    assert AuditEvent.objects.get().changes == change
