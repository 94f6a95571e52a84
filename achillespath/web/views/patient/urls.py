"""URLs of the patient area, mounted at / with namespace "patient".

Each part of the area keeps its own list of routes; this module joins them under one
namespace. The header navigation links to: symptom-check, plan, daily-log, visa-a, progress,
learn, my-data; "patient:home", if defined, is where a patient lands after logging in.
"""

from __future__ import annotations

from importlib import import_module

from django.urls import URLPattern, URLResolver

app_name = "patient"

PARTS = ("check_urls", "learn_urls", "my_data_urls", "programme_urls", "messages_urls")


def _routes(part: str) -> list[URLPattern | URLResolver]:
    """A part's routes; a part not yet written contributes none."""
    try:
        module = import_module(f"{__package__}.{part}")
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.{part}":
            raise
        return []
    routes: list[URLPattern | URLResolver] = module.urlpatterns
    return routes


urlpatterns: list[URLPattern | URLResolver] = [route for part in PARTS for route in _routes(part)]
