"""Recording the audit log: one call per access, plus logins and logouts from Django's signals.

Views never call this for patient records directly: achillespath.web.access does, so auditing
happens in one place. Call `record` yourself only for events that are not a patient access.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models import Model
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone

from achillespath.web import sql
from achillespath.web.models import AuditAction, AuditEvent, Patient, User

CSV_COLUMNS = (
    "at",
    "actor_email",
    "role",
    "clinic_id",
    "patient_id",
    "action",
    "object_type",
    "object_id",
    "path",
    "ip",
    "user_agent",
    "changes",
)


def record(
    request: HttpRequest | None,
    action: AuditAction,
    *,
    patient: Patient | None = None,
    obj: Model | None = None,
    actor: User | None = None,
    clinic_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """Append one event. The actor is `actor` or the request's signed-in user; `obj` is the
    record touched (defaults to the patient record itself); the clinic whose log shows it is
    `clinic_id`, else the patient's, else the actor's; `changes` what a change of settings or
    of a patient's identifiers changed (see `changed_values`), or which API token was made or
    revoked (AuditEvent.changes)."""
    # Every access writes one, so it is one prepared statement and no model instance.
    values = _event_values(request, action, patient=patient, obj=obj, actor=actor)
    if clinic_id is not None:
        values["clinic_id"] = clinic_id
    if changes is not None:
        values["changes"] = changes
    sql.insert(AuditEvent, {"at": timezone.now(), **values})


def changed_values(
    names: Iterable[str], before: Mapping[str, Any], after: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """The `changes` of an event: each of `names`, from its value `before` to its value
    `after`, so the log says what a value was as well as what it became."""
    return {name: {"from": before.get(name), "to": after[name]} for name in names}


def record_reads(request: HttpRequest, patients: Iterable[Patient]) -> None:
    """Append one read event per patient shown in a list, written together in one query."""
    AuditEvent.objects.bulk_create(
        AuditEvent(**_event_values(request, AuditAction.READ, patient=patient))
        for patient in patients
    )


def _event_values(
    request: HttpRequest | None,
    action: AuditAction,
    *,
    patient: Patient | None,
    obj: Model | None = None,
    actor: User | None = None,
) -> dict[str, Any]:
    """An event's values by attribute name, all but its time."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    touched = obj if obj is not None else patient
    return {
        "actor_id": actor.pk if actor else None,
        "actor_email": actor.email if actor else "",
        "role": actor.role if actor else "",
        "clinic_id": patient.clinic_id if patient else (actor.clinic_id if actor else None),
        "patient_id": patient.pk if patient else None,
        "action": action,
        "object_type": type(touched).__name__ if touched is not None else "",
        "object_id": str(touched.pk) if touched is not None else "",
        **request_origin(request),
    }


def request_origin(request: HttpRequest | None) -> dict[str, Any]:
    """Where a request came from: path, client address and browser, cut to the column sizes.

    The address is the connecting peer. Behind a reverse proxy that is the proxy; configure the
    proxy to pass the client through (e.g. gunicorn's --forwarded-allow-ips) if that matters.
    """
    if request is None:
        return {"path": "", "ip": None, "user_agent": ""}
    return {
        "path": _path_without_secrets(request)[:500],
        "ip": request.META.get("REMOTE_ADDR") or None,
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
    }


SECRET_URL_PARTS = ("token",)
"""URL parameters that work as keys (an invitation's token): the log keeps where, not the key."""


def _path_without_secrets(request: HttpRequest) -> str:
    path = request.get_full_path()
    match = getattr(request, "resolver_match", None)
    for name in SECRET_URL_PARTS:
        secret = match.kwargs.get(name) if match is not None else None
        if isinstance(secret, str) and secret:
            path = path.replace(secret, f"[{name}]")
    return path


def write_csv(events: Iterable[AuditEvent], out: TextIO) -> None:
    """Export events as CSV (one row each, ISO 8601 times) for a clinic admin."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow([_csv_value(event, column) for column in CSV_COLUMNS])


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(event: AuditEvent, column: str) -> object:
    value = getattr(event, column)
    if column == "at":
        return event.at.isoformat()
    if column == "changes":
        # Sorted: PostgreSQL's jsonb keeps keys in its own order, SQLite in the order written.
        return "" if value is None else json.dumps(value, sort_keys=True)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        # Paths and browser names are typed by anyone; a spreadsheet would run "=..." as a
        # formula, so such text is marked as text (OWASP CSV injection advice).
        return "'" + value
    return "" if value is None else value


@receiver(user_logged_in)
def _record_login(sender: object, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    record(request, AuditAction.LOGIN, actor=user)


@receiver(user_logged_out)
def _record_logout(
    sender: object, request: HttpRequest | None, user: User | None, **kwargs: Any
) -> None:
    if user is not None:
        record(request, AuditAction.LOGOUT, actor=user)


@receiver(user_login_failed)
def _record_failed_login(
    sender: object, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    # The text typed as the email is not stored: people sometimes type their password into it.
    # When it is an account's email, the event names that account and goes to its clinic's log,
    # so the clinic admin sees attempts on their people's accounts.
    typed = str(credentials.get("username") or "").strip().lower()
    account = User.objects.filter(email=typed).first() if typed else None
    clinic_id = account.clinic_id if account is not None else None
    record(request, AuditAction.LOGIN_FAILED, obj=account, clinic_id=clinic_id)
