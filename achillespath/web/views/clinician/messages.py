"""Messages between a patient and their clinic: one thread per patient, read and written by
the clinic's clinicians here and by the patient on their own messages page."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from achillespath.web.access import (
    get_patient_for,
    record_write,
    require_role,
    signed_in_user,
)
from achillespath.web.forms.clinician import MessageForm
from achillespath.web.models import AuditAction, Message, Patient, Role

__all__ = ["messages_page", "thread_page"]


def thread_page(
    request: HttpRequest, patient: Patient, template: str, context: dict[str, object]
) -> HttpResponse:
    """The thread with a form to write in it; a sent message redirects back (so a reload does
    not send it twice). `patient` has already been fetched, and audited as read, through
    access; a message sent is audited as a write of it."""
    form = MessageForm(request.POST if request.method == "POST" else None)
    author = signed_in_user(request)
    if request.method == "POST" and author is not None and form.is_valid():
        record_write(request, patient, form.save(patient, author))
        messages.info(request, "Your message has been sent.")
        return redirect(request.path)
    thread = (
        Message.objects.filter(patient=patient)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    return render(
        request, template, {"form": form, "patient": patient, "thread": thread, **context}
    )


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def messages_page(request: HttpRequest, patient_id: int) -> HttpResponse:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    return thread_page(request, patient, "clinician/messages.html", {})
