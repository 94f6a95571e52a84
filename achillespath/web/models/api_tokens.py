"""Bearer tokens for the JSON API: one person's key for a script, an app or the benchmark.

Only a SHA-256 hash of each token is stored, so a copy of the database cannot be replayed as
keys. A fast hash is enough here (unlike passwords): a token is 32 random bytes, far beyond any
guessing, so there is nothing for a slow hash to protect against.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import ClassVar

from django.conf import settings
from django.db import models

from achillespath.web.models.people import User

TOKEN_PREFIX = "achp_"
# Writing last_used_at on every request would turn each read into a write; once in this long
# is enough to tell a clinic which keys are still in use.
LAST_USED_RESOLUTION = timedelta(minutes=5)


def hash_token(raw: str) -> str:
    """The stored form of a token: its SHA-256 as 64 hex digits."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def live(self) -> ApiTokenQuerySet:
        """Tokens that have not been revoked."""
        return self.filter(revoked_at__isnull=True)

    def find(self, raw: str) -> ApiToken | None:
        """The live token whose hash matches `raw`, with its user, or None."""
        # get(), not first(): the hash is unique, and first() would sort (on every API call).
        try:
            return self.live().select_related("user").get(token_hash=hash_token(raw))
        except self.model.DoesNotExist:
            return None

    def issue(self, user: User, name: str) -> tuple[ApiToken, str]:
        """A new token for `user`; returns the row and the raw token, which is shown once."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token = self.create(user=user, name=name, token_hash=hash_token(raw))
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
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ApiTokenQuerySet] = ApiTokenQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"API token {self.name!r}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

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
