"""Database sessions that ignore malformed session cookies instead of failing on them.

A session key Django issues is letters and digits only. A cookie carrying anything else (a NUL
byte, say) is not ours: PostgreSQL would refuse it as a query parameter and turn every page into
a server error, so such a key is treated as no session at all.
"""

from __future__ import annotations

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

__all__ = ["SessionStore"]


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key: str | None) -> bool:
        is_valid = super()._validate_session_key(key)  # type: ignore[misc]  # not in the stubs
        return bool(is_valid) and bool(key) and str(key).isalnum()
