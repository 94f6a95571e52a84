"""Plain SQL on the daily log's path: statements that store and read rows exactly as the ORM
would, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from django.db import connection
from django.db.models import Field, ForeignKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web.people import ClinicPeople

from achillespath.web import sql
from achillespath.web.models import ApiToken, AuditEvent, ExerciseLog, Patient

pytestmark = pytest.mark.django_db

DAY = date(2026, 11, 20)
NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def log_values(patient: Patient, **changes: object) -> dict[str, object]:
    return {
        "patient": patient.pk,
        "date": DAY,
        "sets_done": 3,
        "load_kg": 2.5,
        "pain_during": 2,
        "red_flag_reported": False,
        "new_medicines": "",
        "note": "",
        "created_at": NOON,
        "updated_at": NOON,
        **changes,
    }


def test_insert_stores_the_row_and_returns_its_id(riverside: ClinicPeople) -> None:
    log_id = sql.insert(ExerciseLog, log_values(riverside.patient))

    stored = ExerciseLog.objects.get(pk=log_id)
    assert (stored.patient, stored.date, stored.load_kg) == (riverside.patient, DAY, 2.5)
    assert stored.created_at == NOON


def test_an_upsert_overwrites_only_the_named_fields_of_the_clashing_row(
    riverside: ClinicPeople,
) -> None:
    first = sql.insert(ExerciseLog, log_values(riverside.patient))
    upsert = {"unique": ("patient", "date"), "update": ("pain_during",)}

    second = sql.insert(
        ExerciseLog, log_values(riverside.patient, pain_during=6, sets_done=1), **upsert
    )

    stored = ExerciseLog.objects.get()
    assert second == first
    assert (stored.pain_during, stored.sets_done) == (6, 3)


def test_rows_read_back_become_instances_with_aware_times(riverside: ClinicPeople) -> None:
    sql.insert(ExerciseLog, log_values(riverside.patient))
    names = ["id", "patient_id", "date", "created_at"]
    statement = f"SELECT {sql.columns(ExerciseLog, names)} FROM {sql.table(ExerciseLog)}"

    row = sql.fetch_one(statement, [])
    assert row is not None
    log = sql.from_row(ExerciseLog, names, row)

    assert (log.patient_id, log.date, log.created_at) == (riverside.patient.pk, DAY, NOON)
    assert log.pain_during == 2  # a field not read is loaded when asked for


def test_execute_answers_how_many_rows_changed(riverside: ClinicPeople) -> None:
    log_id = sql.insert(ExerciseLog, log_values(riverside.patient))
    statement = f"UPDATE {sql.table(ExerciseLog)} SET pain_during = %s WHERE id = %s"

    assert sql.execute(statement, [5, log_id]) == 1
    assert sql.execute(statement, [5, log_id + 1]) == 0
    assert ExerciseLog.objects.get().pain_during == 5


def test_fetch_one_is_none_and_fetch_all_empty_when_nothing_matches(db: None) -> None:
    statement = f"SELECT id FROM {sql.table(ExerciseLog)} WHERE id = %s"

    assert sql.fetch_one(statement, [1]) is None
    assert sql.fetch_all(statement, [1]) == []


def test_a_reverse_relation_is_not_a_column() -> None:
    with pytest.raises(TypeError, match="exercise_logs is not a column"):
        sql.columns(Patient, ["exercise_logs"])


DB_VALUE_MODELS = (ExerciseLog, AuditEvent, ApiToken, Patient)


def plain_value_of(field: Field[Any, Any]) -> st.SearchStrategy[Any]:
    """Values of the Python type an insert hands over for the field, or None."""
    target = field.target_field if isinstance(field, ForeignKey) else field
    kind = target.get_internal_type()
    values: st.SearchStrategy[Any] = {
        "BooleanField": st.booleans(),
        "DateField": st.dates(),
        "DateTimeField": st.datetimes(timezones=st.timezones()),
        "FloatField": st.floats(allow_nan=False, allow_infinity=False),
        "GenericIPAddressField": st.ip_addresses().map(str),
    }.get(kind, st.integers(0, 2**31) if "Integer" in kind or "Auto" in kind else st.text())
    return st.none() | values


@pytest.mark.parametrize(
    "field",
    [field for model in DB_VALUE_MODELS for field in model._meta.concrete_fields],
    ids=lambda field: f"{field.model.__name__}.{field.name}",
)
@given(data=st.data())
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_db_value_prepares_a_value_as_the_orm_would(field: Field[Any, Any], data: Any) -> None:
    value = data.draw(plain_value_of(field))

    prepared = sql.db_value(field.model, field.name, value)

    assert _comparable(prepared) == _comparable(field.get_db_prep_save(value, connection))


def _comparable(prepared: Any) -> Any:
    # psycopg wraps a JSON value for PostgreSQL in a Jsonb object that does not compare equal.
    return getattr(prepared, "obj", prepared)
