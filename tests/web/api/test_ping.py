"""GET /api/ping answers a constant and touches no database: the benchmark's bare baseline."""

from __future__ import annotations

import pytest
from django.test import Client
from pytest_django import DjangoAssertNumQueries

pytestmark = pytest.mark.django_db


def test_ping_answers_pong_without_a_single_query(
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    with django_assert_num_queries(0):
        response = Client().get("/api/ping")

    assert response.status_code == 200
    assert response.json() == {"ping": "pong"}
