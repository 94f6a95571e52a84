"""URLs of My plan, the daily log, VISA-A and Progress (part of the "patient" namespace).

Names: plan, daily-log, daily-log-date (with an ISO date, ``day``), visa-a, visa-a-result (with
``response_id``), progress and progress-chart (with ``chart``: pain, visa-a or adherence).
"""

from __future__ import annotations

from django.urls import URLPattern, path

from achillespath.web.views.patient import daily_log, plan, progress, visa_a

urlpatterns: list[URLPattern] = [
    path("plan/", plan.plan, name="plan"),
    path("log/", daily_log.daily_log, name="daily-log"),
    path("log/<str:day>/", daily_log.daily_log_date, name="daily-log-date"),
    path("visa-a/", visa_a.visa_a, name="visa-a"),
    path("visa-a/results/<int:response_id>/", visa_a.visa_a_result, name="visa-a-result"),
    path("progress/", progress.progress, name="progress"),
    path("progress/charts/<str:chart>.svg", progress.progress_chart, name="progress-chart"),
]
