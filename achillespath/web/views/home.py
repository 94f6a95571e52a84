"""The home page: a public welcome, or each role's landing page after login."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from achillespath.web.access import signed_in_user
from achillespath.web.models import Role

# Where each role lands after logging in: a patient on today's session (or on why there is
# none yet), clinic staff on their caseload. Staff who belong to no clinic (made with
# createsuperuser) land on the Django admin. A user with no role sees a plain landing page.
ROLE_LANDING_URL_NAMES = {
    Role.PATIENT: "patient:plan",
    Role.CLINICIAN: "clinician:caseload",
    Role.CLINIC_ADMIN: "clinician:caseload",
}


def home(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if user is None:
        return render(request, "home/public.html")
    if user.is_staff and user.clinic_id is None:
        return redirect(reverse("admin:index"))
    url_name = ROLE_LANDING_URL_NAMES.get(Role(user.role)) if user.role in Role.values else None
    if url_name is not None:
        return redirect(reverse(url_name))
    return render(request, "home/landing.html")


def intended_purpose(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/intended_purpose.html")
