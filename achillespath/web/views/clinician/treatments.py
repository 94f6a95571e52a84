"""Recording a treatment episode (the core's TreatmentKind) on a patient's record."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from achillespath.intake import TreatmentKind
from achillespath.web.access import get_patient_for, require_role, signed_in_user
from achillespath.web.forms.clinician import TreatmentEpisodeForm
from achillespath.web.models import AuditAction, Role
from achillespath.web.views.clinician.wording import TREATMENT_NAMES

__all__ = ["new_treatment"]


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def new_treatment(request: HttpRequest, patient_id: int) -> HttpResponse:
    action = AuditAction.WRITE if request.method == "POST" else AuditAction.READ
    patient = get_patient_for(request, patient_id, action)
    form = TreatmentEpisodeForm(
        request.POST if request.method == "POST" else None,
        initial={"side": patient.side or None},
        today=timezone.localdate(),
    )
    clinician = signed_in_user(request)
    if request.method == "POST" and clinician is not None and form.is_valid():
        episode = form.save(patient, clinician)
        messages.info(
            request,
            f"Treatment recorded: {TREATMENT_NAMES[TreatmentKind(episode.kind)]} "
            f"from {episode.start_date:%d %b %Y}.",
        )
        return redirect("clinician:patient", patient_id=patient.pk)
    return render(request, "clinician/treatment_new.html", {"form": form, "patient": patient})
