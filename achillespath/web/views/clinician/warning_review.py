"""Recording that a patient's reported warning signs were assessed.

A warning sign ticked in a daily log, a fluoroquinolone named in one, or a symptom check that
came out urgent stands on the caseload, and keeps the patient's exercises paused, until clinic
staff record here that it was assessed (achillespath.monitoring.standing): who, when, and an
optional note. The record covers every report the page showed; one that came in after the page
was opened is shown first, never let go unread.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from achillespath.monitoring.flags import FlagKind, FollowUp, caseload_flags
from achillespath.monitoring.standing import standing_medicine_reports, standing_warning_signs
from achillespath.web.access import (
    get_patient_for,
    record_write,
    require_role,
    signed_in_user,
)
from achillespath.web.follow_up import follow_up_for
from achillespath.web.forms.clinician import WarningSignReviewForm
from achillespath.web.models import AuditAction, Role, WarningSignReview
from achillespath.web.views.clinician.caseload import flag_lines

__all__ = ["REVIEWED_KINDS", "newest_report", "warning_review"]

REVIEWED_KINDS = frozenset({FlagKind.RED_FLAG_REPORTED, FlagKind.FLUOROQUINOLONE_REPORTED})
"""The flags a review lets go."""


def newest_report(follow_up: FollowUp) -> str:
    """When the newest standing report was saved (ISO 8601), or "" when none stands."""
    times = [report.reported_at for report in standing_warning_signs(follow_up)]
    times += [report.reported_at for report in standing_medicine_reports(follow_up)]
    return max(times).isoformat() if times else ""


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def warning_review(request: HttpRequest, patient_id: int) -> HttpResponse:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    today = timezone.localdate()
    follow_up = follow_up_for(patient)
    newest = newest_report(follow_up)
    if not newest:
        messages.info(request, "No reported warning sign is waiting to be assessed.")
        return redirect("clinician:patient", patient_id=patient.pk)
    form = WarningSignReviewForm(
        request.POST if request.method == "POST" else None, initial={"seen": newest}
    )
    clinician = signed_in_user(request)
    if request.method == "POST" and clinician is not None and form.is_valid():
        if form.cleaned_data["seen"] == newest:
            review = WarningSignReview.objects.create(
                patient=patient,
                reviewed_by=clinician,
                reviewed_at=timezone.now(),
                note=form.cleaned_data["note"].strip(),
            )
            record_write(request, patient, review)
            messages.info(
                request,
                f"Recorded that the warning signs {patient.display_name} reported were "
                "assessed. A sign reported from now on is flagged again.",
            )
            return redirect("clinician:patient", patient_id=patient.pk)
        form = WarningSignReviewForm(
            {"note": form.cleaned_data["note"], "seen": newest}, initial={"seen": newest}
        )
        form.add_error(
            None,
            "Another report came in after this page was opened. Read it below, then record "
            "the assessment again.",
        )
    flags = [
        line for line in flag_lines(caseload_flags(follow_up, today)) if line.kind in REVIEWED_KINDS
    ]
    return render(
        request,
        "clinician/warning_review.html",
        {"form": form, "patient": patient, "flags": flags},
    )
