"""The clinic's audit log (clinic admins only): every access to its patients' records, newest
first, filtered by patient, actor, action and dates, and exported as CSV."""

from __future__ import annotations

import io
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from achillespath.web import audit
from achillespath.web.access import audit_events_visible_to, require_role
from achillespath.web.forms.clinic_admin import AuditLogFilterForm, ClinicSettingsForm
from achillespath.web.models import ApiToken, AuditAction, AuditEvent, Role, User
from achillespath.web.models.audit import AuditEventQuerySet
from achillespath.web.views.clinician.clinic import signed_in_staff

__all__ = ["audit_log", "audit_log_csv"]

EVENTS_PER_PAGE = 50
ROLE_NAMES = dict(Role.choices)


def _filtered(admin: User, request: HttpRequest) -> tuple[AuditLogFilterForm, AuditEventQuerySet]:
    """The filter form from the query string, and the admin's events it selects (none while
    the filters have errors)."""
    form = AuditLogFilterForm(admin, request.GET)
    events = audit_events_visible_to(admin)
    return form, form.filter(events) if form.is_valid() else events.none()


def _rows(events: list[AuditEvent]) -> list[tuple[AuditEvent, str, str, list[str]]]:
    """Each event with its role's name, when its record is an account (the account a failed
    log in named) that account's email (one query), and the settings it changed, or the API
    token it made or revoked, in words."""
    ids = [event.object_id for event in events if event.object_type == User.__name__]
    emails = {
        str(pk): email for pk, email in User.objects.filter(pk__in=ids).values_list("pk", "email")
    }
    return [
        (
            event,
            ROLE_NAMES.get(event.role, event.role),
            emails.get(event.object_id, "") if event.object_type == User.__name__ else "",
            _detail_lines(event),
        )
        for event in events
    ]


def _detail_lines(event: AuditEvent) -> list[str]:
    changes = event.changes or {}
    if event.object_type == ApiToken.__name__:
        # Named when made or revoked (achillespath.web.api_tokens): the token may be gone.
        return [f"“{changes.get('name', '')}”, of {changes.get('owner', '')}"] if changes else []
    return _setting_change_lines(changes)


def _setting_change_lines(changes: dict[str, dict[str, Any]]) -> list[str]:
    """A settings change as the log page shows it, one line per setting, named as on the
    settings page: "Ask for VISA-A every: 2 → 3"."""
    fields = ClinicSettingsForm.base_fields
    lines = []
    for name, change in changes.items():
        field = fields.get(name)
        label = str(field.label) if field is not None else name
        choices = dict(getattr(field, "choices", ()))
        before, after = (_setting_words(change.get(end), choices) for end in ("from", "to"))
        lines.append(f"{label}: {before} → {after}")
    return lines


def _setting_words(value: object, choices: dict[Any, Any]) -> str:
    if isinstance(value, list):
        return ", ".join(_setting_words(item, choices) for item in value) or "none"
    if isinstance(value, float):
        return f"{value:g}"  # 14, not 14.0
    return str(choices.get(value, value))


@require_role(Role.CLINIC_ADMIN)
@never_cache
@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    admin, clinic = signed_in_staff(request)
    form, events = _filtered(admin, request)
    page = Paginator(events.select_related("patient"), EVENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    filters = request.GET.copy()
    filters.pop("page", None)
    context = {
        "form": form,
        "clinic": clinic,
        "page": page,
        "rows": _rows(list(page)),
        "csv_url": f"{reverse('clinician:audit-log-csv')}?{filters.urlencode()}",
    }
    return render(request, "clinician/admin/audit_log.html", context)


@require_role(Role.CLINIC_ADMIN)
@never_cache
@require_GET
def audit_log_csv(request: HttpRequest) -> HttpResponse:
    """The filtered events as CSV; the export is itself an audit event."""
    admin, clinic = signed_in_staff(request)
    form, events = _filtered(admin, request)
    if not form.is_valid():
        return redirect(f"{reverse('clinician:audit-log')}?{request.GET.urlencode()}")
    buffer = io.StringIO()
    audit.write_csv(events.iterator(), buffer)
    audit.record(request, AuditAction.EXPORT)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"audit-log-{clinic.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
