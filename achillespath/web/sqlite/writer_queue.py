"""One write transaction at a time on a SQLite file, with the others waiting their turn.

SQLite allows one writer. A second writer that finds the write lock taken waits in SQLite's busy
handler, which sleeps in growing steps (1, 2, 5, 10 ... 100 ms) and checks again: under steady
load the lock is often free long before the sleeper wakes, so the processors sit idle while
requests queue, and the unlucky ones wait hundreds of milliseconds (bench/web.py: at 50 clients
a quarter of the CPU went unused and the daily log's p99 reached 0.6-0.9 s).

Here writers queue before SQLite sees them: threads of one process on a lock, processes on an
advisory lock of a file beside the database (any process that opens the database joins the
same queue, a second server or the command line alike). The thread's wait wakes the moment the
lock is released; the one waiting thread per process polls the file lock every few tenths of a
millisecond. The queue orders writers and never replaces SQLite's lock: a writer that waits
longer than the timeout goes on to SQLite, whose own busy timeout then decides, so a stuck
transaction gives the same "database is locked" error as before rather than a hang.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time

__all__ = ["WriterQueue", "writer_queue"]

_FIRST_POLL_SECONDS = 0.0002
_LONGEST_POLL_SECONDS = 0.002


class WriterQueue:
    """The queue for one database file; `lock_path` is the file whose lock is shared."""

    def __init__(self, lock_path: str) -> None:
        self.lock_path = lock_path
        self._threads = threading.Lock()
        self._file: int | None = None
        self._file_pid = 0

    def join(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for this writer's turn. True when it holds the queue
        (call `leave` after its transaction ends), False when the wait timed out."""
        deadline = time.monotonic() + timeout
        if not self._threads.acquire(timeout=max(timeout, 0.0)):
            return False
        try:
            if self._lock_file(deadline):
                return True
        except BaseException:
            self._threads.release()
            raise
        self._threads.release()
        return False

    def leave(self) -> None:
        """Give the turn to the next writer."""
        try:
            if self._file is not None:
                fcntl.flock(self._file, fcntl.LOCK_UN)
        finally:
            self._threads.release()

    def _lock_file(self, deadline: float) -> bool:
        descriptor = self._descriptor()
        pause = _FIRST_POLL_SECONDS
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(pause)
                pause = min(pause * 2, _LONGEST_POLL_SECONDS)

    def _descriptor(self) -> int:
        # A forked worker must not share its parent's open file: flock locks belong to the open
        # file, so parent and child would hold the lock together.
        if self._file is None or self._file_pid != os.getpid():
            flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC
            self._file = os.open(self.lock_path, flags, 0o600)
            self._file_pid = os.getpid()
        return self._file


_queues: dict[str, WriterQueue] = {}
_queues_lock = threading.Lock()


def writer_queue(database_path: str) -> WriterQueue:
    """The process's queue for the database at this path (one per file)."""
    with _queues_lock:
        key = os.path.abspath(database_path)
        if key not in _queues:
            _queues[key] = WriterQueue(key + "-writers.lock")
        return _queues[key]
