"""The patient's messages page, joined into the "patient" namespace by patient/urls.py."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from achillespath.web.views.patient import messages

urlpatterns: list[URLPattern | URLResolver] = [
    path("messages/", messages.my_messages, name="messages"),
]
