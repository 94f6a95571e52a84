"""Routes of Your API keys (part of the "patient" namespace, see urls.py), for every role."""

from __future__ import annotations

from django.urls import URLPattern, path

from achillespath.web.views.patient import api_keys

urlpatterns: list[URLPattern] = [
    path("api-keys/", api_keys.your_keys, name="api-keys"),
    path("api-keys/<int:token_id>/revoke/", api_keys.revoke_key, name="api-key-revoke"),
]
