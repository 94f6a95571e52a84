"""URLs of the clinician area, mounted at /clinic/ with namespace "clinician".

The caseload is where clinicians and clinic admins land after logging in. The clinic admin
pages (clinic, invite, audit-log, referral-letter) keep their own list in admin_urls.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from achillespath.web.views.clinician import (
    admin_urls,
    caseload,
    messages,
    patient,
    patient_details,
    prescribe,
    treatments,
    warning_review,
)

app_name = "clinician"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", caseload.caseload, name="caseload"),
    path("patients/<int:patient_id>/", patient.patient_page, name="patient"),
    path(
        "patients/<int:patient_id>/details/",
        patient_details.patient_details,
        name="patient-details",
    ),
    path("patients/<int:patient_id>/programme/", prescribe.prescribe, name="prescribe"),
    path(
        "patients/<int:patient_id>/treatments/new/",
        treatments.new_treatment,
        name="treatment-new",
    ),
    path(
        "patients/<int:patient_id>/treatments/<int:episode_id>/",
        treatments.edit_treatment,
        name="treatment-edit",
    ),
    path(
        "patients/<int:patient_id>/treatments/<int:episode_id>/void/",
        treatments.void_treatment,
        name="treatment-void",
    ),
    path("patients/<int:patient_id>/messages/", messages.messages_page, name="messages"),
    path(
        "patients/<int:patient_id>/warning-signs/assessed/",
        warning_review.warning_review,
        name="warning-review",
    ),
    *admin_urls.urlpatterns,
]
