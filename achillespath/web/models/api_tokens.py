"""Bearer tokens for the JSON API: one person's key for a script, an app or the benchmark.

Only a SHA-256 hash of each token is stored, so a copy of the database cannot be replayed as
keys. A fast hash is enough here (unlike passwords): a token is 32 random bytes, far beyond any
guessing, so there is nothing for a slow hash to protect against.

A token works until it is revoked or its `expires_at` passes, whichever comes first: it reads
everything its person may read, so it should not outlive the script or app it was made for
(settings.API_TOKEN_DAYS by default, at most settings.API_TOKEN_MAX_DAYS).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from functools import cache
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone

from achillespath.web import sql
from achillespath.web.models.people import User

TOKEN_PREFIX = "achp_"
# Writing last_used_at on every request would turn each read into a write; once in this long
# is enough to tell a clinic which keys are still in use.
LAST_USED_RESOLUTION = timedelta(minutes=5)


def hash_token(raw: str) -> str:
    """The stored form of a token: its SHA-256 as 64 hex digits."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


_TOKEN_FIELDS = ("id", "user_id", "name", "last_used_at")


def _user_fields() -> list[str]:
    return [field.attname for field in User._meta.concrete_fields]


@cache
def _find_statement() -> str:
    token_columns = sql.columns(ApiToken, _TOKEN_FIELDS, "t.")
    user_columns = sql.columns(User, _user_fields(), "u.")
    return (
        f"SELECT {token_columns}, {user_columns} FROM {sql.table(ApiToken)} t "
        f"JOIN {sql.table(User)} u ON u.id = t.user_id "
        "WHERE t.token_hash = %s AND t.revoked_at IS NULL AND t.expires_at > %s"
    )


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def live(self, now: datetime) -> ApiTokenQuerySet:
        """Tokens that work at `now`: not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)

    def find(self, raw: str, now: datetime) -> ApiToken | None:
        """The token whose hash matches `raw` if it works at `now` (`live`), with its user, or
        None (one statement, in plain SQL: every API call runs it, see achillespath.web.sql)."""
        expiry = sql.db_value(ApiToken, "expires_at", now)
        row = sql.fetch_one(_find_statement(), [hash_token(raw), expiry])
        if row is None:
            return None
        token_values, user_values = row[: len(_TOKEN_FIELDS)], row[len(_TOKEN_FIELDS) :]
        token = sql.from_row(ApiToken, _TOKEN_FIELDS, token_values)
        token.user = sql.from_row(User, _user_fields(), user_values)
        return token

    def issue(self, user: User, name: str, *, days: int | None = None) -> tuple[ApiToken, str]:
        """A new token for `user` that works for `days` (settings.API_TOKEN_DAYS when None);
        returns the row and the raw token, which is shown once."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
        lifetime = timedelta(days=settings.API_TOKEN_DAYS if days is None else days)
        token = self.create(
            user=user,
            name=name,
            token_hash=hash_token(raw),
            expires_at=timezone.now() + lifetime,
        )
        return token, raw


class ApiToken(models.Model):
    """One person's API key. `name` says what it is for ("my running app")."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ApiTokenQuerySet] = ApiTokenQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"API token {self.name!r}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def has_expired(self, now: datetime) -> bool:
        """Whether it has stopped working by `now` (the same rule as `ApiTokenQuerySet.live`)."""
        return self.expires_at <= now

    def mark_used(self, now: datetime) -> None:
        """Record use, at most once per LAST_USED_RESOLUTION (one UPDATE, no read)."""
        if self.last_used_at is not None and now - self.last_used_at < LAST_USED_RESOLUTION:
            return
        self.last_used_at = now
        ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)

    def revoke(self, now: datetime) -> None:
        if self.revoked_at is None:
            self.revoked_at = now
            self.save(update_fields=["revoked_at"])
