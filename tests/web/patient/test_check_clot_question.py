"""Calf pain brings one more question, on its own page: anything that makes a blood clot more
likely. A yes stops the check with same-day advice and no exercises (HAZ-02)."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import RESULT, SETTLED_MIDPORTION, START, field_of, unsure, walk

pytestmark = pytest.mark.django_db

CALF_AND_MIDPORTION = {**SETTLED_MIDPORTION, "pain_site": {"pain_site": ["midportion", "calf"]}}


def test_a_runner_with_calf_pain_is_asked_about_a_boot_or_operation_on_its_own_page() -> None:
    client = Client()
    location = client.post(START)["Location"]
    asked = []
    while location != RESULT and field_of(location) != "clot_risk_factor":
        field = field_of(location)
        asked.append(field)
        location = client.post(location, CALF_AND_MIDPORTION.get(field) or unsure(field))[
            "Location"
        ]
    page = client.get(location).content.decode()

    assert asked[-1] == "pain_site"
    assert "had your leg in a plaster cast or walking boot" in page
    assert "Answer yes if even one applies." in page
    assert "Not sure" in page


def test_a_yes_after_calf_pain_ends_the_check_with_a_clot_to_rule_out_today() -> None:
    answers = {**CALF_AND_MIDPORTION, "clot_risk_factor": {"clot_risk_factor": "yes"}}

    page = walk(Client(), answers).content.decode()

    assert "Get medical help today" in page
    assert "Calf pain with something that makes a blood clot more likely" in page
    assert "A blood clot in the leg (DVT) must be ruled out today." in page
    assert "loading programme" not in page.lower()
    assert "Self-help" not in page


def test_without_calf_pain_the_clot_question_is_never_asked() -> None:
    client = Client()
    page = walk(client, SETTLED_MIDPORTION)

    assert page.request["PATH_INFO"] == RESULT
    assert client.get(f"{START}clot_risk_factor/").status_code in {302, 404}


def test_skipping_the_clot_question_lists_it_in_full_and_gives_no_self_help() -> None:
    page = walk(Client(), CALF_AND_MIDPORTION).content.decode()

    assert "We could not rule these out" in page
    assert "had your leg in a plaster cast or walking boot" in page
    assert "makes a blood clot more likely" in page
    assert "loading programme" not in page.lower()
    assert "Self-help is the first step" not in page
