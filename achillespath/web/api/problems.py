"""Every API error as a problem-details object (RFC 9457), never a traceback.

`{"type", "title", "status", "detail", "errors": [{"field", "problem"}]}` served as
application/problem+json: 401 not signed in, 403 wrong role or failed CSRF check, 404 a record
that does not exist or that the person may not see (they look the same, see
achillespath.web.access), 405 a method the route does not take, 413 a body over Django's
DATA_UPLOAD_MAX_MEMORY_SIZE, 422 bad input naming each field and its problem.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from http import HTTPStatus
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema

from achillespath.json_text import JsonFieldError

__all__ = [
    "PROBLEM_MEDIA_TYPE",
    "FieldProblem",
    "Problem",
    "ProblemApi",
    "invalid",
    "invalid_from",
    "problem_response",
    "problems",
    "unknown_route",
    "wrong_method_as_problem",
]

PROBLEM_MEDIA_TYPE = "application/problem+json"
_PARAMETER_SOURCES = frozenset({"body", "query", "path", "header", "cookie", "form"})
SIGN_IN = (
    "Sign in first: send an API token as 'Authorization: Bearer <token>', or the website's "
    "session cookie."
)
logger = logging.getLogger(__name__)


class FieldProblem(Schema):
    field: str
    problem: str


class Problem(Schema):
    """What went wrong. `detail` is one sentence for people; `errors` one entry per field."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldProblem] = []


def invalid(found: Iterable[tuple[str, str]]) -> ValidationError:
    """A 422 for input that passed its schema but that a service refused: (field, problem)."""
    return ValidationError(
        [
            {"loc": ("body", "body", field), "msg": problem, "type": "value_error"}
            for field, problem in found
        ]
    )


def invalid_from(error: ValueError, fields: Iterable[str]) -> ValidationError:
    """A 422 from a service's "field: problem" message ("body" when no known field leads)."""
    field, separator, problem = str(error).partition(": ")
    if separator and field in set(fields):
        return invalid([(field, problem)])
    return invalid([("body", str(error))])


def problems(*statuses: int) -> dict[int, type[Problem]]:
    """The `response=` entries documenting these error statuses of an operation."""
    return dict.fromkeys(statuses, Problem)


def problem_response(status: int, detail: str, errors: Iterable[FieldProblem] = ()) -> HttpResponse:
    body = Problem(
        title=HTTPStatus(status).phrase, status=status, detail=detail, errors=list(errors)
    )
    return HttpResponse(
        body.model_dump_json(), status=status, content_type=f"{PROBLEM_MEDIA_TYPE}; charset=utf-8"
    )


def field_name(location: Sequence[object]) -> str:
    """A pydantic error location as a dotted field name, without ninja's part of it.

    Ninja puts where the value came from first ("body", "query", "path"); for the body (always
    one schema parameter here) the parameter's name follows. A problem with the body as a
    whole, not one field, is put under "body".
    """
    parts = [str(part) for part in location]
    if parts[:1] == ["body"]:
        return ".".join(parts[2:]) or "body"
    if parts[:1] and parts[0] in _PARAMETER_SOURCES:
        parts = parts[1:]
    return ".".join(parts) or "body"


def _problem_text(error: Mapping[str, Any]) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown field"
    if error["type"] == "missing":
        return "missing"
    return str(error["msg"]).removeprefix("Value error, ")


def _invalid(exc: ValidationError) -> HttpResponse:
    found = [
        FieldProblem(field=field_name(error["loc"]), problem=_problem_text(error))
        for error in exc.errors
    ]
    detail = "; ".join(f"{item.field}: {item.problem}" for item in found) or "invalid input"
    return problem_response(HTTPStatus.UNPROCESSABLE_ENTITY, detail, found)


def _http_error(exc: HttpError) -> HttpResponse:
    # Bad JSON never reaches pydantic: ninja reports it as a bare 400 "Cannot parse".
    if isinstance(exc.__cause__, json.JSONDecodeError):
        found = FieldProblem(field="body", problem=f"not valid JSON ({exc.__cause__.msg})")
        return problem_response(exc.status_code, f"body: {found.problem}", [found])
    if isinstance(exc.__cause__, JsonFieldError):  # a field given twice, or a NUL in text
        field = exc.__cause__
        found = FieldProblem(field=field.field, problem=field.problem)
        return problem_response(HTTPStatus.UNPROCESSABLE_ENTITY, str(field), [found])
    return problem_response(exc.status_code, exc.message)


def problem_for(request: HttpRequest, raised: Exception | type[Exception]) -> HttpResponse:
    """The problem-details response for any exception a route raised."""
    exc = raised() if isinstance(raised, type) else raised  # ninja's signature allows a class
    if isinstance(exc, ValidationError):
        return _invalid(exc)
    if isinstance(exc, AuthenticationError):
        response = problem_response(exc.status_code, SIGN_IN)
        response["WWW-Authenticate"] = 'Bearer realm="achillespath"'
        return response
    if isinstance(exc, HttpError):
        return _http_error(exc)
    if isinstance(exc, Http404):
        return problem_response(HTTPStatus.NOT_FOUND, "No such record, or not one you may see.")
    if isinstance(exc, RequestDataTooBig):
        # Expected from anyone on the internet, so no traceback in the error log.
        return problem_response(
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            f"The request body is too large: send at most "
            f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes.",
        )
    logger.error("API error on %s %s", request.method, request.path, exc_info=exc)
    return problem_response(
        HTTPStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again."
    )


# Exempt from CSRF: it reads and writes nothing and always answers 404, so a POST to a path
# that is no route gets that 404, not the website's "This form has expired" page.
@csrf_exempt
def unknown_route(request: HttpRequest, path: str = "") -> HttpResponse:
    """The answer under /api/ for a path that is no route (instead of the site's HTML page)."""
    return problem_response(
        HTTPStatus.NOT_FOUND, "No such API route: the routes are listed in /api/openapi.json."
    )


View = Callable[..., HttpResponseBase]


def wrong_method_as_problem(view: View) -> View:
    """`view` answering a method it does not take with a 405 problem naming the methods it does
    (ninja's own 405 is a bare text/html "Method not allowed"). Everything else `view` answers,
    and its CSRF exemption, are unchanged."""

    @functools.wraps(view)
    def answered(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        if response.status_code != HTTPStatus.METHOD_NOT_ALLOWED:
            return response
        # Sorted: ninja lists them from a set, in no fixed order.
        allowed = ", ".join(sorted(filter(None, map(str.strip, response["Allow"].split(",")))))
        problem = problem_response(
            HTTPStatus.METHOD_NOT_ALLOWED,
            f"{request.method} is not allowed here; this route takes {allowed}.",
        )
        problem["Allow"] = allowed
        return problem

    return answered


class ProblemApi(NinjaAPI):
    """A NinjaAPI whose errors are problem details, in responses and in the OpenAPI document."""

    def set_default_exception_handlers(self) -> None:
        self.add_exception_handler(Exception, problem_for)

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema["paths"].values():
            for operation in operations.values():
                _document_problem_media_type(operation["responses"])
                _document_problems_of_every_route(operation)
        return schema

    def get_openapi_operation_id(self, operation: Any) -> str:
        # The function name alone ("submit_log") reads better in generated clients.
        return str(operation.view_func.__name__)


def _document_problems_of_every_route(operation: dict[str, Any]) -> None:
    """The problems any route may answer, declared here once rather than in each route's
    `response=`: 405 for a method it does not take (`wrong_method_as_problem`) and, when it
    reads a request body, 413 for one too large (`problem_for`). A route without a body never
    reads one, so however large, it is no 413."""
    statuses = [HTTPStatus.METHOD_NOT_ALLOWED]
    if "requestBody" in operation:
        statuses.append(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
    problem = {"schema": {"$ref": "#/components/schemas/Problem"}}
    for status in statuses:
        operation["responses"].setdefault(
            int(status), {"description": status.phrase, "content": {PROBLEM_MEDIA_TYPE: problem}}
        )


def _document_problem_media_type(responses: dict[str, Any]) -> None:
    for status, response in responses.items():
        content = response.get("content", {})
        if int(status) >= 400 and "application/json" in content:
            content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
