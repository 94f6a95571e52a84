"""A patient's identifiers: the NHS number and date of birth that a letter to another service
needs, so that service can match the patient to its own records."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from achillespath.web.access import get_patient_for, record_write, require_role
from achillespath.web.forms.clinician import PatientDetailsForm
from achillespath.web.models import AuditAction, Role

__all__ = ["patient_details"]


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def patient_details(request: HttpRequest, patient_id: int) -> HttpResponse:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    form = PatientDetailsForm(
        request.POST if request.method == "POST" else None,
        patient=patient,
        today=timezone.localdate(),
    )
    if request.method == "POST" and form.is_valid():
        record_write(request, patient, form.save())
        messages.info(request, f"The NHS number and date of birth of {patient} are saved.")
        return redirect("clinician:patient", patient_id=patient.pk)
    return render(request, "clinician/patient_details.html", {"form": form, "patient": patient})
