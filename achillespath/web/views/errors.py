"""Error pages that need a view; 400, 403, 404 and 500 are plain templates."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid CSRF token: explain in plain words, never Django's page."""
    return render(request, "403_csrf.html", status=403)
