"""URLs of the patient area, mounted at / with namespace "patient".

Each part of the area keeps its own list of routes; this module joins them under one
namespace. The header navigation links to: symptom-check, plan, daily-log, visa-a, progress,
learn, my-data. api-keys (Your API keys) is for every role: My data links to it for patients,
the header's account links for clinic staff.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver

from achillespath.web.views.patient import (
    api_keys_urls,
    check_urls,
    join_urls,
    learn_urls,
    messages_urls,
    my_data_urls,
    programme_urls,
)

app_name = "patient"

urlpatterns: list[URLPattern | URLResolver] = [
    *check_urls.urlpatterns,
    *learn_urls.urlpatterns,
    *my_data_urls.urlpatterns,
    *programme_urls.urlpatterns,
    *messages_urls.urlpatterns,
    *api_keys_urls.urlpatterns,
    *join_urls.urlpatterns,
]
