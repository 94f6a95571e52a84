"""A red-flag answer stops the check at once with what to do, where to go, today; no exercises."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import RESULT, START

pytestmark = pytest.mark.django_db

EXERCISE_WORDS = ("exercise programme", "heel raise", "loading programme", "calf-strengthening")


def answer(client: Client, field: str, value: str) -> str:
    location: str = client.post(f"/check/{field}/", {field: value})["Location"]
    return location


def test_breathlessness_stops_at_once_with_call_999_first() -> None:
    client = Client()
    client.post(START)

    location = answer(client, "breathless_or_chest_pain", "yes")
    page = client.get(location).content.decode()

    assert location == RESULT
    main = page[page.index("<main") :]
    assert main.index("Call 999 now") < main.index("Warning signs in your answers")
    assert "nhsuk-card--care--emergency" in main
    assert "Immediate action required: </span>Call 999 now" in main
    assert "go straight to A&amp;E" in main


def test_a_sudden_start_stops_with_same_day_advice_and_where_to_go() -> None:
    client = Client()
    client.post(START)
    answer(client, "breathless_or_chest_pain", "no")

    location = answer(client, "onset", "sudden")
    page = client.get(location).content.decode()

    assert location == RESULT
    assert "nhsuk-card--care--urgent" in page
    assert "Get medical help today" in page
    # Where a possible tear can be examined today: not the GP surgery (HAZ-01).
    assert "urgent treatment centre" in page and "A&amp;E today" in page
    assert "minor injuries unit" in page


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("breathless_or_chest_pain", "yes"),
        ("onset", "sudden"),
        ("heard_snap", "yes"),
        ("can_bear_weight", "no"),
        ("calf_swelling", "yes"),
        ("fever", "yes"),
        ("hot_red_swelling", "yes"),
    ],
)
def test_no_red_flag_result_page_gives_exercise_advice(field: str, value: str) -> None:
    client = Client()
    location = client.post(START)["Location"]
    while location != f"/check/{field}/":
        asked = location.removeprefix("/check/").strip("/")
        safe = {"onset": "gradual", "can_bear_weight": "yes"}.get(asked, "no")
        location = answer(client, asked, safe)

    location = answer(client, field, value)
    page = client.get(location).content.decode().lower()

    assert location == RESULT
    assert "we stopped asking questions" in page
    assert not [word for word in EXERCISE_WORDS if word in page]


def test_after_a_stop_the_later_questions_cannot_be_opened() -> None:
    client = Client()
    client.post(START)
    answer(client, "breathless_or_chest_pain", "yes")

    assert client.get("/check/onset/")["Location"] == RESULT
