"""Django's SQLite backend, whose write transactions queue first (see writer_queue).

Settings name this package as the ENGINE. Django starts every write transaction of an
`atomic` block in `_start_transaction_under_autocommit` (BEGIN IMMEDIATE here) and ends it in
`_commit`, `_rollback` or `_close`; the writer takes its turn before the first and gives it up
in the others, whichever comes. An in-memory database has one connection and no queue.
"""

from __future__ import annotations

from typing import Any

from django.db.backends.sqlite3 import base

from achillespath.web.sqlite.writer_queue import WriterQueue, writer_queue

__all__ = ["DatabaseWrapper"]

DEFAULT_TIMEOUT_SECONDS = 5.0  # Python's sqlite3 default busy timeout


# django-stubs leave out the private transaction hooks that Django's backends override, hence
# the ignores on calls to them.
class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._queue_held: WriterQueue | None = None

    def _start_transaction_under_autocommit(self) -> None:
        if not self.is_in_memory_db():
            queue = writer_queue(str(self.settings_dict["NAME"]))
            timeout = float(self.settings_dict["OPTIONS"].get("timeout", DEFAULT_TIMEOUT_SECONDS))
            if queue.join(timeout):
                self._queue_held = queue
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]
        except BaseException:
            self._leave_queue()
            raise

    def _commit(self) -> None:
        try:
            super()._commit()  # type: ignore[misc]
        finally:
            self._leave_queue()

    def _rollback(self) -> None:
        try:
            super()._rollback()  # type: ignore[misc]
        finally:
            self._leave_queue()

    def _close(self) -> None:
        try:
            super()._close()  # type: ignore[misc]
        finally:
            self._leave_queue()

    def _leave_queue(self) -> None:
        queue, self._queue_held = self._queue_held, None
        if queue is not None:
            queue.leave()
