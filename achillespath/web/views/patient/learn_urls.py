"""Routes of Learn, the knowledge base (part of the "patient" namespace, see urls.py)."""

from __future__ import annotations

from django.urls import URLPattern, path

from achillespath.web.views.patient import learn

urlpatterns: list[URLPattern] = [
    path("learn/", learn.index, name="learn"),
    path("learn/<slug:item_id>/", learn.item, name="learn-item"),
    path("learn/<slug:item_id>/feedback/", learn.feedback, name="learn-feedback"),
]
