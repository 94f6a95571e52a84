"""Routes of the symptom check (part of the "patient" namespace, see urls.py)."""

from __future__ import annotations

from django.urls import URLPattern, path

from achillespath.web.views.patient import check, check_result

urlpatterns: list[URLPattern] = [
    path("check/", check.symptom_check, name="symptom-check"),
    path("check/result/", check_result.session_result, name="check-result"),
    path("check/result/<int:assessment_id>/", check_result.saved_result, name="check-result"),
    path("check/treatments/details/", check.treatment_details, name="check-treatment-details"),
    path("check/<slug:field>/", check.question, name="check-question"),
]
