"""The audit log: who read or changed which patient's record, when and from where.

Append-only. The model refuses to update or delete an event, and a database trigger (migration
0002) refuses it too, so neither a bug nor a raw SQL session can quietly rewrite history.
"""

from __future__ import annotations

from typing import Any, ClassVar, NoReturn

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditAction(models.TextChoices):
    READ = "read", "Read"
    WRITE = "write", "Write"
    EXPORT = "export", "Export"
    DELETE = "delete", "Delete"
    LOGIN = "login", "Log in"
    LOGOUT = "logout", "Log out"
    LOGIN_FAILED = "login_failed", "Failed log in"
    SIGNUP = "signup", "Sign up"
    TOKEN_CREATED = "token_created", "API token made"
    TOKEN_REVOKED = "token_revoked", "API token revoked"


class AppendOnlyError(Exception):
    """An attempt to change or remove an audit event."""


def refuse_change() -> NoReturn:
    raise AppendOnlyError("audit events are append-only: they cannot be changed or deleted")


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        refuse_change()

    def delete(self) -> tuple[int, dict[str, int]]:
        refuse_change()


def _kept_reference(model: str) -> Any:
    """A link that survives the row it points at: no database constraint, no cascade."""
    return models.ForeignKey(
        model,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )


class AuditEvent(models.Model):
    """One access. `actor_email`, `role` and `clinic` are copied at the time so the event still
    reads correctly after the account changes. `object_type`/`object_id` name what was touched
    (e.g. "ExerciseLog", "42"); `changes`, for a change of settings, what changed from what to
    what, by field name (e.g. {"visa_a_mcid": {"from": 14, "to": 7.5}}), and for an API token
    made or revoked, its name and its owner's email ({"name": "my app", "owner": "a@b.org"})."""

    at = models.DateTimeField(default=timezone.now)
    actor = _kept_reference(settings.AUTH_USER_MODEL)
    actor_email = models.CharField(max_length=254, blank=True)
    role = models.CharField(max_length=20, blank=True)
    clinic = _kept_reference("web.Clinic")
    patient = _kept_reference("web.Patient")
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=60, blank=True)
    path = models.CharField(max_length=500, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    # Nullable with no default, so that adding it is an ALTER TABLE on SQLite: rebuilding the
    # table would drop the append-only triggers of migration 0003.
    changes = models.JSONField(null=True, blank=True)

    objects: ClassVar[AuditEventQuerySet] = AuditEventQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["clinic", "-at"], name="audit_clinic_latest"),
            models.Index(fields=["patient", "-at"], name="audit_patient_latest"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_email or 'anonymous'} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            refuse_change()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        refuse_change()
