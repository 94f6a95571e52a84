"""A malformed session cookie is treated as no session, never as a server error."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("cookie", ["abc\x00def", "../../etc", "x" * 8 + ";drop"])
def test_a_malformed_session_cookie_is_ignored(cookie: str) -> None:
    client = Client()
    client.cookies["sessionid"] = cookie

    assert client.get("/api/ping").status_code == 200
    assert client.get("/learn/").status_code == 200
