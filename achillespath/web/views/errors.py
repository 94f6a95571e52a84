"""Errors the site answers and logs: the pages that need a view (400, 403, 404 and 500 are
plain templates) and the log line of a refused request.

LOGGING in settings loads this module before Django's apps are ready: no model imports here.
"""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid CSRF token: explain in plain words, never Django's page.
    Under /api/ the answer is a problem, as every API answer is."""
    if request.path.startswith("/api/"):
        from achillespath.web.api.problems import (  # noqa: PLC0415 - needs the app registry
            problem_response,
        )

        return problem_response(403, "The CSRF check failed: send the website's CSRF token.")
    return render(request, "403_csrf.html", status=403)


class RefusedRequestLine(logging.Filter):
    """A `django.request` record of a 4xx answer becomes one line: the path and the user id.

    Django logs a refused access (403) with its traceback, but a refusal is expected, not a
    fault in the code, and a traceback per refusal buries the real failures. A 5xx keeps its
    traceback. An invitation's token in the path is masked, as in the audit log: the line
    keeps where, not the key (someone refused at an invitation's link is logged).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", 500) < 500:
            record.exc_info = None
            record.exc_text = None
            request = getattr(record, "request", None)
            line = _without_token(record.getMessage(), request)
            user_id = _user_id(request)
            if user_id is not None:
                line = f"{line} (user {user_id})"
            record.msg, record.args = line, ()
        return True


def _without_token(line: str, request: HttpRequest | None) -> str:
    match = getattr(request, "resolver_match", None)
    token = match.kwargs.get("token") if match is not None else None
    return line.replace(token, "[token]") if isinstance(token, str) and token else line


def _user_id(request: HttpRequest | None) -> int | None:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    return int(user.pk)
