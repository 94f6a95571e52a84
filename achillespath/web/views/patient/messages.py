"""The patient's own messages with their clinic (the thread the clinicians see)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_http_methods

from achillespath.web.access import own_patient, require_role
from achillespath.web.models import AuditAction, Role
from achillespath.web.views.clinician.messages import thread_page

__all__ = ["my_messages"]


@require_http_methods(["GET", "POST"])
@require_role(Role.PATIENT)
def my_messages(request: HttpRequest) -> HttpResponse:
    action = AuditAction.WRITE if request.method == "POST" else AuditAction.READ
    patient = own_patient(request, action)
    return thread_page(request, patient, "patient/messages/messages.html", {})
