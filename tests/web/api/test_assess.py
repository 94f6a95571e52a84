"""POST /api/assess is the command line's `assess --json` over HTTP: same intake, same result."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from web.api.calls import field_problems, problem

from achillespath.cli.assess_batch import assess_json_text
from achillespath.web.models import Assessment, AuditEvent

pytestmark = pytest.mark.django_db

# Sam: 20 weeks of gradual midportion pain, every red-flag question answered no.
SAM: dict[str, Any] = {
    "age": 45,
    "onset": "gradual",
    "heard_snap": False,
    "can_bear_weight": True,
    "fever": False,
    "hot_red_swelling": False,
    "calf_swelling": False,
    "breathless_or_chest_pain": False,
    "symptom_weeks": 20,
    "pain_site": ["midportion"],
    "pain_score": 5,
}
# Rita: a snap at the back of the ankle during a game, and she cannot stand on it.
RITA: dict[str, Any] = {"age": 38, "onset": "sudden", "heard_snap": True, "can_bear_weight": False}


def assess(body: object) -> Any:
    return Client().post("/api/assess", body, content_type="application/json")


@pytest.mark.parametrize("intake", [SAM, RITA, {}], ids=["sam", "rita", "nothing-answered"])
def test_the_result_is_exactly_what_the_command_line_gives(intake: dict[str, Any]) -> None:
    response = assess(intake)

    assert response.status_code == 200
    assert response.json() == json.loads(assess_json_text(json.dumps(intake)))


def test_a_suspected_rupture_is_urgent_with_its_red_flags_named() -> None:
    result = assess(RITA).json()

    assert result["disposition"] == "urgent"
    assert result["red_flags"] == ["sudden_onset", "heard_snap", "cannot_bear_weight"]


def test_calf_pain_with_a_walking_boot_is_urgent_over_the_api_too() -> None:
    result = assess({**SAM, "pain_site": ["midportion", "calf"], "clot_risk_factor": True}).json()

    assert result["disposition"] == "urgent"
    assert result["red_flags"] == ["calf_pain_with_clot_risk"]


def test_a_number_out_of_range_is_a_422_naming_the_field() -> None:
    problems = field_problems(assess({**SAM, "age": 130}))

    assert problems == {"age": "Input should be less than or equal to 120"}


def test_an_unknown_field_is_a_422_naming_it() -> None:
    assert field_problems(assess({**SAM, "favourite_colour": "blue"})) == {
        "favourite_colour": "unknown field"
    }


def test_yes_given_as_text_is_not_taken_for_true() -> None:
    assert set(field_problems(assess({**SAM, "fever": "yes"}))) == {"fever"}


def test_a_body_that_is_not_json_is_a_400_problem_naming_the_body() -> None:
    body = problem(assess("{not json"), 400)

    assert body["errors"][0]["field"] == "body"
    assert body["detail"].startswith("body: not valid JSON")


def test_a_red_flag_answered_twice_is_a_422_naming_it_never_the_last_answer() -> None:
    body = '{"heard_snap": true, ' + json.dumps(SAM)[1:]  # Sam's own answer, no, comes last

    assert field_problems(assess(body)) == {
        "heard_snap": "given more than once; give each field once"
    }


def test_a_null_character_in_a_medicine_is_a_422_naming_the_field() -> None:
    problems = field_problems(assess({**SAM, "medications": ["cipro\u0000floxacin"]}))

    assert problems == {"medications": "null characters are not allowed"}


def test_nothing_is_stored_and_nothing_is_audited() -> None:
    assess(SAM)

    assert not Assessment.objects.exists()
    assert not AuditEvent.objects.exists()


def test_when_a_treatment_began_is_read_and_a_bad_one_is_a_422_naming_it() -> None:
    awaited = {"kind": "eswt", "weeks": 3, "weeks_since_start": 4}
    treatments = [{"kind": "loading_programme", "weeks": 14}, awaited]
    result = assess({**SAM, "medications": [], "treatments": treatments}).json()

    assert [rec["rule"] for rec in result["recommendations"]] == ["stepped_care.awaiting_add_on"]
    assert set(
        field_problems(assess({**SAM, "treatments": [{**awaited, "weeks_since_start": "4"}]}))
    ) == {"treatments.0.weeks_since_start"}
