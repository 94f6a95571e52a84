"""The patient's own messages with their clinic (the thread the clinicians see).

A patient whom no clinic looks after (access.is_looked_after_by_a_clinic: self-registered
people, for one) is not offered messaging: nobody would ever read what they wrote. The page
says so and what to do instead, and a posted message is refused with nothing kept.
"""

from __future__ import annotations

from http import HTTPStatus

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from achillespath.web.access import is_looked_after_by_a_clinic, own_patient, require_role
from achillespath.web.models import AuditAction, Role
from achillespath.web.views.clinician.messages import thread_page

__all__ = ["my_messages"]


@require_http_methods(["GET", "POST"])
@require_role(Role.PATIENT)
def my_messages(request: HttpRequest) -> HttpResponse:
    patient = own_patient(request, AuditAction.READ)
    if not is_looked_after_by_a_clinic(patient):
        return _nobody_to_read_them(request)
    return thread_page(request, patient, "patient/messages/messages.html", {})


def _nobody_to_read_them(request: HttpRequest) -> HttpResponse:
    """Why there is no messaging, and what to do instead; 409 for a message that was refused."""
    refused = request.method == "POST"
    return render(
        request,
        "patient/messages/no_clinic.html",
        {"refused": refused},
        status=HTTPStatus.CONFLICT if refused else HTTPStatus.OK,
    )
