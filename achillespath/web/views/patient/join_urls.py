"""Accepting a clinic's invitation with one's own account, joined into the "patient" namespace
by patient/urls.py."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from achillespath.web.views.patient import join_clinic

urlpatterns: list[URLPattern | URLResolver] = [
    path("join/<str:token>/", join_clinic.join, name="join-clinic"),
]
