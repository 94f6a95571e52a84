"""The home page: a public welcome, or each role's landing page after login."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse

from achillespath.web.access import signed_in_user
from achillespath.web.models import Role

# Where each role lands after logging in, once the area that owns the URL name exists. Until
# then the foundation's own landing page is shown.
ROLE_LANDING_URL_NAMES = {
    Role.PATIENT: "patient:home",
    Role.CLINICIAN: "clinician:caseload",
    Role.CLINIC_ADMIN: "clinician:caseload",
}


def home(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if user is None:
        return render(request, "home/public.html")
    url_name = ROLE_LANDING_URL_NAMES.get(Role(user.role)) if user.role in Role.values else None
    if url_name is not None:
        try:
            return redirect(reverse(url_name))
        except NoReverseMatch:
            pass
    return render(request, "home/landing.html")


def intended_purpose(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/intended_purpose.html")
