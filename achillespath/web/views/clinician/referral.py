"""Referral letters and summaries as PDF (clinicians and clinic admins of the patient's clinic).

Without `?for=` the page asks who the letter is for; with a valid one it answers the PDF.
Making the letter is an export of the record and is audited as one.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from achillespath.web.access import get_patient_for, require_role
from achillespath.web.forms.clinic_admin import RecipientForm
from achillespath.web.models import AuditAction, Role
from achillespath.web.reports.referral import letter_filename, referral_letter, referral_pdf
from achillespath.web.views.clinician.clinic import signed_in_staff

__all__ = ["referral_letter_pdf"]


@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
@never_cache
@require_GET
def referral_letter_pdf(request: HttpRequest, patient_id: int) -> HttpResponse:
    author, _ = signed_in_staff(request)
    form = RecipientForm(request.GET if "for" in request.GET else None)
    if not form.is_valid():
        patient = get_patient_for(request, patient_id, AuditAction.READ)
        return render(
            request, "clinician/admin/referral_letter.html", {"form": form, "patient": patient}
        )
    patient = get_patient_for(request, patient_id, AuditAction.EXPORT)
    letter = referral_letter(patient, form.recipient, author=author, today=timezone.localdate())
    response = HttpResponse(referral_pdf(letter), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{letter_filename(letter)}"'
    return response
