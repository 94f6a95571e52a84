"""The clinic's settings page (clinic admins only): second-line services, the VISA-A MCID, the
VISA-A interval and the fixed follow-up weeks. All of them are Clinic fields."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from achillespath.pathway.definition import load_pathway
from achillespath.sources import cite
from achillespath.web import audit
from achillespath.web.access import require_role, signed_in_user
from achillespath.web.forms.clinic_admin import ClinicSettingsForm
from achillespath.web.models import AuditAction, Clinic, Role, User

__all__ = ["clinic_settings", "signed_in_staff"]


def signed_in_staff(request: HttpRequest) -> tuple[User, Clinic]:
    """The signed-in clinic staff member and their clinic, for views behind require_role.
    Staff accounts of the Django admin have no clinic and get 403."""
    user = signed_in_user(request)
    if user is None or user.clinic is None:
        raise PermissionDenied("This page is for the staff of a clinic")
    return user, user.clinic


def _mcid_evidence() -> dict[str, object]:
    """The pathway's default MCID and the published alternatives, each with its citation."""
    rules = load_pathway().visa_a
    return {
        "default": rules.default_mcid,
        "default_weeks": rules.default_mcid_weeks,
        "note": rules.note,
        "sources": [cite(source) for source in rules.sources],
        "alternatives": [
            {"mcid": item, "sources": [cite(source) for source in item.sources]}
            for item in rules.alternative_mcids
        ],
    }


def _setting_changes(form: ClinicSettingsForm) -> dict[str, dict[str, Any]]:
    """Each setting a valid form changes, by field name, from what to what (the audit event's
    `changes`): a new MCID changes every patient's flags, so the log must say from what."""
    return audit.changed_values(form.changed_data, form.initial, form.cleaned_data)


@require_role(Role.CLINIC_ADMIN)
@require_http_methods(["GET", "POST"])
def clinic_settings(request: HttpRequest) -> HttpResponse:
    _, clinic = signed_in_staff(request)
    form = ClinicSettingsForm(request.POST if request.method == "POST" else None, instance=clinic)
    if request.method == "POST" and form.is_valid():
        form.save()
        audit.record(request, AuditAction.WRITE, obj=clinic, changes=_setting_changes(form))
        messages.info(request, "The clinic's settings are saved.")
        return redirect("clinician:clinic")
    context = {"form": form, "clinic": clinic, "mcid": _mcid_evidence()}
    return render(request, "clinician/admin/clinic.html", context)
