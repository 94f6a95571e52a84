"""The SQLite backend: every write transaction holds the writer queue from BEGIN to its end,
however it ends, and the queue never stands in for SQLite's own lock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connections, transaction
from django.db.utils import ConnectionHandler
from pytest_django import DjangoDbBlocker
from web.sqlite.test_writer_queue import held_by_another_process, is_free

from achillespath.web.settings import sqlite_database
from achillespath.web.sqlite.writer_queue import writer_queue

ALIAS = "writer_queue_test"


def file_database(path: Path | str, *, timeout: float = 5.0) -> Iterator[str]:
    """A database of this backend under `ALIAS`, with one table `entry`, while in use."""
    settings = sqlite_database(Path(path))
    settings["NAME"] = str(path)
    settings["OPTIONS"]["timeout"] = timeout
    connections.settings[ALIAS] = ConnectionHandler({"default": settings}).settings["default"]
    try:
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE entry (name TEXT)")
        yield ALIAS
    finally:
        connections[ALIAS].close()
        del connections[ALIAS]
        del connections.settings[ALIAS]


@pytest.fixture
def database(tmp_path: Path, django_db_blocker: DjangoDbBlocker) -> Iterator[str]:
    with django_db_blocker.unblock():
        yield from file_database(tmp_path / "app.sqlite3")


def add_entry(alias: str, name: str) -> None:
    with connections[alias].cursor() as cursor:
        cursor.execute("INSERT INTO entry (name) VALUES (%s)", [name])


def entries(alias: str) -> list[str]:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT name FROM entry ORDER BY rowid")
        return [name for (name,) in cursor.fetchall()]


def lock_path(alias: str) -> str:
    return writer_queue(str(connections[alias].settings_dict["NAME"])).lock_path


def test_a_write_transaction_holds_the_queue_until_it_commits(database: str) -> None:
    with transaction.atomic(using=database):
        add_entry(database, "a")
        assert not is_free(lock_path(database))

    assert is_free(lock_path(database))
    assert entries(database) == ["a"]


def test_a_failed_transaction_gives_up_its_turn(database: str) -> None:
    with pytest.raises(ZeroDivisionError), transaction.atomic(using=database):
        add_entry(database, "lost")
        _ = 1 / 0

    assert is_free(lock_path(database))
    assert entries(database) == []


def test_a_connection_closed_inside_a_transaction_gives_up_its_turn(database: str) -> None:
    with transaction.atomic(using=database):
        add_entry(database, "lost")
        connections[database].close()

    assert is_free(lock_path(database))


def test_writers_on_many_threads_all_commit_in_turn(database: str) -> None:
    failures: list[BaseException] = []

    def writer(number: int) -> None:
        try:
            for step in range(20):
                with transaction.atomic(using=database):
                    add_entry(database, f"{number}-{step}")
        except BaseException as error:  # reported by the assertion below
            failures.append(error)
        finally:
            connections[database].close()

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    assert len(entries(database)) == 80


def test_a_queue_held_too_long_elsewhere_leaves_the_decision_to_sqlite(
    tmp_path: Path, django_db_blocker: DjangoDbBlocker
) -> None:
    # Another process holds the queue but not the database: after the timeout the write goes
    # ahead, because SQLite's own lock is free. A stuck queue never stops the service.
    with django_db_blocker.unblock():
        for alias in file_database(tmp_path / "app.sqlite3", timeout=0.1):
            with held_by_another_process(lock_path(alias)), transaction.atomic(using=alias):
                add_entry(alias, "written")

            assert entries(alias) == ["written"]


def test_an_in_memory_database_has_no_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, django_db_blocker: DjangoDbBlocker
) -> None:
    # One connection, nothing to order (the suite's own database is in memory on this backend).
    monkeypatch.chdir(tmp_path)
    with django_db_blocker.unblock():
        for alias in file_database(":memory:"):
            with transaction.atomic(using=alias):
                add_entry(alias, "kept")

            assert entries(alias) == ["kept"]

    assert list(tmp_path.iterdir()) == []
