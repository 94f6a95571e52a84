"""The Django application for achillespath's web adapter."""

from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "achillespath.web"
    label = "web"
    verbose_name = "achillespath"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connects the login/logout signal receivers that write audit events.
        from achillespath.web import audit  # noqa: F401, PLC0415
