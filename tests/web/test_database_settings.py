"""The database: SQLite in WAL mode by default, PostgreSQL (psycopg 3) from a URL."""

from __future__ import annotations

from pathlib import Path

from django.db.utils import ConnectionHandler
from pytest_django import DjangoDbBlocker

from achillespath.web.settings import sqlite_database, url_database


def pragma(database: dict[str, object], name: str) -> object:
    connection = ConnectionHandler({"default": database})["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA {name}")
            return cursor.fetchone()[0]
    finally:
        connection.close()


def test_the_default_sqlite_file_runs_in_wal_mode_with_a_busy_timeout(
    tmp_path: Path, django_db_blocker: DjangoDbBlocker
) -> None:
    database = sqlite_database(tmp_path / "app.sqlite3")

    with django_db_blocker.unblock():
        assert pragma(database, "journal_mode") == "wal"
        assert pragma(database, "synchronous") == 1  # NORMAL
        assert pragma(database, "busy_timeout") == 5000


def test_sqlite_write_transactions_take_the_lock_up_front(tmp_path: Path) -> None:
    assert sqlite_database(tmp_path / "app.sqlite3")["OPTIONS"]["transaction_mode"] == "IMMEDIATE"  # type: ignore[index]


def test_sqlite_connections_stay_open_for_the_life_of_the_worker(tmp_path: Path) -> None:
    # Reopening costs more than a daily log itself (bench/web.py).
    assert sqlite_database(tmp_path / "app.sqlite3")["CONN_MAX_AGE"] is None


def test_a_postgresql_url_uses_psycopg_and_keeps_connections_for_a_minute() -> None:
    database = url_database("postgres://clinic:secret@db.example:5433/achilles")

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.example",
        5433,
        "achilles",
    )
    assert (database["USER"], database["PASSWORD"]) == ("clinic", "secret")
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True


def test_an_sqlite_url_gets_the_same_tuning_as_the_default(tmp_path: Path) -> None:
    database = url_database(f"sqlite:///{tmp_path}/other.sqlite3")

    assert database == sqlite_database(tmp_path / "other.sqlite3")


def test_sqlite_writers_queue_rather_than_poll_sqlites_lock(tmp_path: Path) -> None:
    # achillespath.web.sqlite.writer_queue says why; tests/web/sqlite shows it working.
    assert sqlite_database(tmp_path / "app.sqlite3")["ENGINE"] == "achillespath.web.sqlite"
