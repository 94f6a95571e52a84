"""The writer queue: one writer at a time per database file, across threads and processes,
and never a wait longer than the timeout."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.synchronize import Event as EventType
from pathlib import Path

from achillespath.web.sqlite.writer_queue import WriterQueue, writer_queue


@contextmanager
def held_by_another_process(lock_path: str) -> Iterator[None]:
    """The file lock taken through an open file of its own, as another process would hold it."""
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def is_free(lock_path: str) -> bool:
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)
    return True


def test_a_writer_holds_the_queue_until_it_leaves(tmp_path: Path) -> None:
    queue = WriterQueue(str(tmp_path / "db-writers.lock"))

    assert queue.join(timeout=1)
    assert not is_free(queue.lock_path)
    queue.leave()
    assert is_free(queue.lock_path)


def test_a_second_thread_waits_for_its_turn(tmp_path: Path) -> None:
    queue = WriterQueue(str(tmp_path / "db-writers.lock"))
    turns: list[str] = []
    queue.join(timeout=1)

    def second_writer() -> None:
        assert queue.join(timeout=10)
        turns.append("second")
        queue.leave()

    waiting = threading.Thread(target=second_writer)
    waiting.start()
    waiting.join(timeout=0.2)
    turns.append("first")  # the second is still waiting: the first has not left
    queue.leave()
    waiting.join(timeout=10)

    assert turns == ["first", "second"]


def test_a_wait_longer_than_the_timeout_gives_up_and_takes_nothing(tmp_path: Path) -> None:
    queue = WriterQueue(str(tmp_path / "db-writers.lock"))

    with held_by_another_process(queue.lock_path):
        assert not queue.join(timeout=0.05)

    assert queue.join(timeout=1)  # the thread lock was not kept by the failed wait
    queue.leave()


def child_tries_to_join(
    queue: WriterQueue, parent_holds: EventType, answer: multiprocessing.SimpleQueue[bool]
) -> None:
    parent_holds.wait(timeout=10)
    answer.put(queue.join(timeout=0.1))


def test_a_forked_worker_does_not_share_its_parents_turn(tmp_path: Path) -> None:
    # gunicorn forks its workers from a process that has used the database: the child inherits
    # the parent's open lock file, and a lock on a shared open file would be held by both.
    queue = WriterQueue(str(tmp_path / "db-writers.lock"))
    queue.join(timeout=1)
    queue.leave()  # the parent's lock file is open now
    fork = multiprocessing.get_context("fork")
    parent_holds = fork.Event()
    answer: multiprocessing.SimpleQueue[bool] = fork.SimpleQueue()
    child = fork.Process(target=child_tries_to_join, args=(queue, parent_holds, answer))
    child.start()

    assert queue.join(timeout=1)
    parent_holds.set()
    child.join(timeout=10)
    queue.leave()

    assert answer.get() is False


def test_each_database_file_has_one_queue(tmp_path: Path) -> None:
    first = writer_queue(str(tmp_path / "a.sqlite3"))

    assert writer_queue(str(tmp_path / "a.sqlite3")) is first
    assert writer_queue(str(tmp_path / "b.sqlite3")) is not first
    assert first.lock_path == str(tmp_path / "a.sqlite3") + "-writers.lock"
