"""The API is described by an OpenAPI document at /api/openapi.json, and only there."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from web.api.calls import OPERATIONS

pytestmark = pytest.mark.django_db


def document() -> dict[str, Any]:
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): operation
        for path, methods in doc["paths"].items()
        for method, operation in methods.items()
    }


def test_the_document_is_openapi_3_1_and_lists_every_route() -> None:
    doc = document()

    assert doc["openapi"].startswith("3.1")
    assert set(operations(doc)) == OPERATIONS


def test_every_operation_has_a_summary_and_a_unique_operation_id() -> None:
    found = operations(document()).values()

    assert all(operation["summary"] for operation in found)
    ids = [operation["operationId"] for operation in found]
    assert len(ids) == len(set(ids))


def test_every_error_is_documented_as_a_problem_details_object() -> None:
    for key, operation in operations(document()).items():
        for status, response in operation["responses"].items():
            if int(status) >= 400:
                content = response["content"]
                assert list(content) == ["application/problem+json"], key
                assert content["application/problem+json"]["schema"] == {
                    "$ref": "#/components/schemas/Problem"
                }


def test_routes_for_signed_in_people_document_both_ways_to_sign_in() -> None:
    doc = document()
    schemes = doc["components"]["securitySchemes"]

    assert schemes["BearerToken"] == {"type": "http", "scheme": "bearer"}
    assert schemes["SessionCookie"] == {"type": "apiKey", "in": "cookie", "name": "sessionid"}
    security = operations(doc)[("get", "/api/me/plan")]["security"]
    assert security == [{"BearerToken": []}, {"SessionCookie": []}]


def test_the_public_routes_need_no_sign_in() -> None:
    found = operations(document())

    assert "security" not in found[("post", "/api/assess")]
    assert "security" not in found[("get", "/api/ping")]


def test_there_is_no_interactive_docs_page_that_would_load_a_cdn() -> None:
    assert Client().get("/api/docs").status_code == 404


def test_a_listed_log_documents_its_warning_signs_as_id_and_label() -> None:
    schemas = document()["components"]["schemas"]

    signs = schemas["LogOut"]["properties"]["warning_signs"]
    assert signs["items"] == {"$ref": "#/components/schemas/WarningSignOut"}
    assert schemas["WarningSignOut"]["required"] == ["id", "label"]
    assert "warning_signs" in schemas["LogOut"]["required"]


def test_the_intake_schema_documents_the_clot_risk_question() -> None:
    schemas = document()["components"]["schemas"]

    clot = schemas["Intake"]["properties"]["clot_risk_factor"]
    assert {"type": "boolean"} in clot["anyOf"]


def test_every_operation_documents_a_method_it_does_not_take_as_a_405_problem() -> None:
    for key, operation in operations(document()).items():
        assert operation["responses"]["405"]["description"] == "Method Not Allowed", key


def test_every_operation_that_reads_a_body_documents_a_body_too_large_as_a_413() -> None:
    found = operations(document())

    with_a_body = {key for key, operation in found.items() if "requestBody" in operation}
    with_413 = {key for key, operation in found.items() if "413" in operation["responses"]}
    assert with_413 == with_a_body
    assert {("post", "/api/assess"), ("post", "/api/me/visa-a")} <= with_413


def test_a_token_documents_its_expiry_and_the_longest_lifetime_that_may_be_asked_for() -> None:
    schemas = document()["components"]["schemas"]

    lifetime = schemas["TokenRequest"]["properties"]["lifetime_days"]
    assert (lifetime["type"], lifetime["default"], lifetime["minimum"], lifetime["maximum"]) == (
        "integer",
        90,
        1,
        365,
    )
    assert "lifetime_days" not in schemas["TokenRequest"].get("required", [])
    for listed in ("TokenOut", "NewToken"):
        assert schemas[listed]["properties"]["expires_at"]["format"] == "date-time"
        assert "expires_at" in schemas[listed]["required"]
