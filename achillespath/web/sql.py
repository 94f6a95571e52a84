"""Plain SQL for the statements on the daily log's path: the request every patient sends daily.

Building a query through the ORM costs 0.2-0.5 ms of Python per statement on a small machine,
and saving a daily log needs seven statements: that was three quarters of its cost
(bench/web.py). Those statements are written here once as text, with table and column names
taken from the models, and run through Django's own connection, so its transactions, value
adapters and test databases all apply. Every statement runs on SQLite and on PostgreSQL, and the
suite runs on both. Everywhere else the ORM's clarity is worth its cost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar

from django.db import connection
from django.db.models import DateTimeField, Field, ForeignKey, Model

__all__ = [
    "columns",
    "db_value",
    "execute",
    "fetch_all",
    "fetch_one",
    "from_row",
    "insert",
    "lock_clause",
    "table",
]

M = TypeVar("M", bound=Model)


def table(model: type[Model]) -> str:
    """The model's table name, quoted for the database in use."""
    return connection.ops.quote_name(model._meta.db_table)


def columns(model: type[Model], names: Sequence[str], prefix: str = "") -> str:
    """The quoted columns of these fields (by field name), comma-separated, e.g. for SELECT."""
    quote = connection.ops.quote_name
    return ", ".join(prefix + quote(_column(model, name)) for name in names)


def _column(model: type[Model], name: str) -> str:
    column = _field(model, name).column
    if column is None:
        raise TypeError(f"{model.__name__}.{name} is not stored in a column")
    return column


@cache
def _field(model: type[Model], name: str) -> Field[Any, Any]:
    field = model._meta.get_field(name)
    if not isinstance(field, Field):  # a reverse relation has no column of its own
        raise TypeError(f"{model.__name__}.{name} is not a column")
    return field


def lock_clause() -> str:
    """What ends a SELECT that keeps the rows it reads locked until the transaction ends:
    ``FOR UPDATE`` on PostgreSQL, nothing on SQLite, where a write transaction (BEGIN
    IMMEDIATE here) already has the whole database to itself."""
    return " FOR UPDATE" if connection.features.has_select_for_update else ""


def execute(statement: str, params: Sequence[Any]) -> int:
    """Run a statement that returns no rows; the number of rows it changed."""
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return int(cursor.rowcount)


def fetch_one(statement: str, params: Sequence[Any]) -> tuple[Any, ...] | None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        row: tuple[Any, ...] | None = cursor.fetchone()
        return row


def fetch_all(statement: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return list(cursor.fetchall())


def from_row(model: type[M], names: Sequence[str], row: Sequence[Any]) -> M:
    """An instance of `model` from a row holding these fields (by attribute name, e.g.
    ``clinic_id``); fields not named are loaded from the database if ever read."""
    values = [_read(model, name, value) for name, value in zip(names, row, strict=True)]
    return model.from_db(connection.alias, list(names), values)


def _read(model: type[Model], name: str, value: Any) -> Any:
    # SQLite hands datetimes back as naive UTC; the ORM would make them aware, so do the same.
    is_datetime = isinstance(_field(model, name), DateTimeField)
    if is_datetime and isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def insert(
    model: type[Model],
    values: Mapping[str, Any],
    *,
    unique: Sequence[str] = (),
    update: Sequence[str] = (),
) -> int:
    """Insert one row of `model` and return its id.

    `values` are by field name and are prepared for the database as the ORM would; model
    defaults are not applied, so name every column. With `unique` and
    `update`, a row that clashes on the `unique` fields has its `update` fields overwritten
    instead (an upsert, one statement on both databases)."""
    fields = tuple(values)
    statement = _insert_statement(model, fields, tuple(unique), tuple(update))
    params = [db_value(model, name, value) for name, value in values.items()]
    row = fetch_one(statement, params)
    assert row is not None  # RETURNING always answers for an inserted or updated row
    return int(row[0])


def _as_is(value: Any, kind: str) -> Any:
    return value


def _integer(value: Any, kind: str) -> Any:
    return connection.ops.adapt_integerfield_value(value, kind)


def _date(value: Any, kind: str) -> Any:
    return connection.ops.adapt_datefield_value(value)


def _aware_datetime(value: Any, kind: str) -> Any:
    return connection.ops.adapt_datetimefield_value(value)


_INTEGER_KINDS = (
    "BigIntegerField",
    "IntegerField",
    "PositiveBigIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SmallIntegerField",
)
_SHORTCUTS: dict[str, tuple[type, Callable[[Any, str], Any]]] = {
    "BooleanField": (bool, _as_is),
    "CharField": (str, _as_is),
    "DateField": (dt.date, _date),
    "DateTimeField": (dt.datetime, _aware_datetime),
    "FloatField": (float, _as_is),
    "TextField": (str, _as_is),
    **{kind: (int, _integer) for kind in _INTEGER_KINDS},
    # An id (or a foreign key to one) goes as it is: only MySQL's connection checks it.
    **{kind: (int, _as_is) for kind in ("AutoField", "BigAutoField", "SmallAutoField")},
}
"""Field kinds whose preparation for the database, for a value already of the Python type
named, is only the connection's adapter (or nothing): `Field.get_db_prep_save` would first
convert the value to that type, and check a datetime is aware."""


def db_value(model: type[Model], name: str, value: Any) -> Any:
    """The value of field `name` as the database takes it, the same as
    `Field.get_db_prep_save` gives. Every column of every insert passes through here, so a
    plain value of the field's own type skips the field's generic conversions."""
    kind = _kind(model, name)
    shortcut = _SHORTCUTS.get(kind)
    if shortcut is not None:
        python_type, adapt = shortcut
        if value is None:
            return None
        is_aware = not isinstance(value, dt.datetime) or value.tzinfo is not None
        if type(value) is python_type and is_aware:
            return adapt(value, kind)
    return _field(model, name).get_db_prep_save(value, connection)


@cache
def _kind(model: type[Model], name: str) -> str:
    field = _field(model, name)
    target = field.target_field if isinstance(field, ForeignKey) else field
    return str(target.get_internal_type())


@cache
def _insert_statement(
    model: type[Model], fields: tuple[str, ...], unique: tuple[str, ...], update: tuple[str, ...]
) -> str:
    placeholders = ", ".join(["%s"] * len(fields))
    statement = f"INSERT INTO {table(model)} ({columns(model, fields)}) VALUES ({placeholders})"
    if unique:
        assignments = ", ".join(
            f"{column} = excluded.{column}" for column in columns(model, update).split(", ")
        )
        statement += f" ON CONFLICT ({columns(model, unique)}) DO UPDATE SET {assignments}"
    return statement + f" RETURNING {columns(model, ['id'])}"
