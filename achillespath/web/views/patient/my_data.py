"""My data: what is held about me, downloading all of it, and deleting my account.

For patients only. Every page reads the record through access.own_patient, so each view and
each download is in the audit log (downloads as "export"). Deleting is soft: the record is
hidden at once and everywhere (access.py shows deleted records to nobody), and kept for
settings.RETENTION_YEARS because health records must be kept, then may be erased.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from achillespath.web.access import (
    is_looked_after_by_a_clinic,
    own_patient,
    require_role,
    signed_in_user,
)
from achillespath.web.follow_up import exercise_pause_for
from achillespath.web.forms.my_data import DeleteAccountForm
from achillespath.web.models import AuditAction, ContentFeedback, Patient, Role, User
from achillespath.web.reports.patient_summary import (
    export_filename,
    gather_record,
    record_json_bytes,
    summary_pdf,
)

__all__ = ["delete_account", "download_json", "download_pdf", "overview"]

HELD = (
    ("Symptom checks", "assessments"),
    ("Exercise programmes", "prescriptions"),
    ("Daily exercise logs", "exercise_logs"),
    ("VISA-A questionnaires", "visa_a_responses"),
    ("Pain scores", "pain_records"),
    ("Treatments", "treatment_episodes"),
    ("Messages with your clinic", "messages"),
)
"""The parts of a record the page counts: (what the page calls it, the Patient relation)."""


def _account(request: HttpRequest) -> User:
    user = signed_in_user(request)
    if user is None:  # require_role lets nobody else through
        raise PermissionDenied("This page is for a signed-in patient")
    return user


def _held(patient: Patient, account: User) -> list[tuple[str, int]]:
    counts = [(name, getattr(patient, relation).count()) for name, relation in HELD]
    feedback = ContentFeedback.objects.filter(user=account).count()
    return [*counts, ("Feedback on Learn pages", feedback)]


@require_role(Role.PATIENT)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    patient = own_patient(request, AuditAction.READ)
    context = {
        "patient": patient,
        "held": _held(patient, _account(request)),
        "retention_years": settings.RETENTION_YEARS,
        # Without a clinic there is nobody there to ask for the audit log.
        "looked_after": is_looked_after_by_a_clinic(patient),
    }
    return render(request, "patient/my_data/overview.html", context)


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@require_role(Role.PATIENT)
@require_GET
def download_json(request: HttpRequest) -> HttpResponse:
    patient = own_patient(request, AuditAction.EXPORT)
    now = timezone.now()
    content = record_json_bytes(gather_record(patient, _account(request)), now)
    filename = export_filename("json", timezone.localdate(now))
    return _download(content, "application/json; charset=utf-8", filename)


@require_role(Role.PATIENT)
@require_GET
def download_pdf(request: HttpRequest) -> HttpResponse:
    patient = own_patient(request, AuditAction.EXPORT)
    now = timezone.now()
    content = summary_pdf(gather_record(patient, _account(request)), now)
    return _download(content, "application/pdf", export_filename("pdf", timezone.localdate(now)))


@require_role(Role.PATIENT)
@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    """Confirm with the password; then hide the record, close the account and log out."""
    account = _account(request)
    form = DeleteAccountForm(request, account, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            patient = own_patient(request, AuditAction.DELETE)
            patient.soft_delete(timezone.now(), settings.RETENTION_YEARS)
            account.is_active = False
            account.save(update_fields=["is_active"])
        logout(request)
        messages.info(request, "Your account has been deleted and you have been logged out.")
        return redirect("home")
    patient = own_patient(request, AuditAction.READ)
    context = {
        "form": form,
        "retention_years": settings.RETENTION_YEARS,
        # Deleting hides a standing warning sign from the clinic too: say so before it happens.
        "pause": exercise_pause_for(patient, timezone.localdate()),
        "looked_after": is_looked_after_by_a_clinic(patient),
    }
    return render(request, "patient/my_data/delete.html", context)
