"""A patient's identifiers: the NHS number and date of birth that a letter to another service
needs, so that service can match the patient to its own records."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from achillespath.web import audit
from achillespath.web.access import get_patient_for, record_write, require_role
from achillespath.web.forms.clinician import PatientDetailsForm
from achillespath.web.models import AuditAction, Patient, Role

__all__ = ["patient_details"]


def _identifiers(patient: Patient) -> dict[str, str | None]:
    # The audit log is read by the same clinic's admins, who may see the NHS number: like a
    # change of settings, it says what each identifier was and became (JSON: dates as text).
    born = patient.date_of_birth
    return {
        "nhs_number": patient.nhs_number or None,
        "date_of_birth": born.isoformat() if born else None,
    }


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
        before = _identifiers(patient)
        after = _identifiers(form.save())
        changed = [name for name in after if after[name] != before[name]]
        record_write(request, patient, patient, audit.changed_values(changed, before, after))
        messages.info(request, f"The NHS number and date of birth of {patient} are saved.")
        return redirect("clinician:patient", patient_id=patient.pk)
    return render(request, "clinician/patient_details.html", {"form": form, "patient": patient})
