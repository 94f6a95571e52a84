"""Routes of My data (part of the "patient" namespace, see urls.py)."""

from __future__ import annotations

from django.urls import URLPattern, path

from achillespath.web.views.patient import my_data

urlpatterns: list[URLPattern] = [
    path("my-data/", my_data.overview, name="my-data"),
    path("my-data/download.json", my_data.download_json, name="my-data-json"),
    path("my-data/summary.pdf", my_data.download_pdf, name="my-data-pdf"),
    path("my-data/delete/", my_data.delete_account, name="delete-account"),
]
