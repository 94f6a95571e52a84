"""Walking through the web symptom check in tests, as a browser without JavaScript would.

Import as `web.patient.check_walk`. Answers are the form data each page posts, by intake field;
a question without one is answered with its "not sure" option.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.http import HttpResponse
from django.test import Client

from achillespath.interview import load_interview

START = "/check/"
RESULT = "/check/result/"
TREATMENT_DETAILS = "/check/treatments/details/"
DETAILS = "treatment_details"
"""The key, in a walk's answers, of the form data for the treatment details page."""

FormData = Mapping[str, str | list[str]]

SETTLED_MIDPORTION: dict[str, FormData] = {
    "breathless_or_chest_pain": {"breathless_or_chest_pain": "no"},
    "onset": {"onset": "gradual"},
    "heard_snap": {"heard_snap": "no"},
    "can_bear_weight": {"can_bear_weight": "yes"},
    "calf_swelling": {"calf_swelling": "no"},
    "fever": {"fever": "no"},
    "hot_red_swelling": {"hot_red_swelling": "no"},
    "can_single_leg_heel_raise": {"can_single_leg_heel_raise": "yes"},
    "age": {"age": "45"},
    "medications": {"medications": "", "none": "1"},
    "sex": {"sex": "male"},
    "pain_site": {"pain_site": ["midportion"]},
    "symptom_weeks": {"symptom_weeks": "8"},
    "pain_score": {"pain_score": "5"},
}
"""Sam, 45, a runner with two months of gradual pain in the middle of the tendon and no
warning signs: a routine result with a loading programme."""


def unsure(field: str) -> FormData:
    """The "not sure" answer to the question filling `field`."""
    question = next(q for q in load_interview().questions if q.field == field)
    if question.kind in {"number", "text_list"}:
        return {"unsure": "1"}
    if question.kind in {"choices", "treatments"}:
        return {field: ["unsure"]}
    return {field: "unsure"}


def field_of(url: str) -> str:
    return url.removeprefix(START).strip("/")


def walk(
    client: Client, answers: Mapping[str, FormData] | None = None, limit: int = 60
) -> HttpResponse:
    """Start the check and answer every question asked until a result page; return that page."""
    given = answers or {}
    location = client.post(START)["Location"]
    for _ in range(limit):
        if not location.startswith(START) or location.startswith(RESULT):
            break
        if location == TREATMENT_DETAILS:
            data = given[DETAILS]
        else:
            field = field_of(location)
            data = given.get(field) or unsure(field)
        response = client.post(location, data)
        assert response.status_code == 302, response.content.decode()
        location = response["Location"]
    page: HttpResponse = client.get(location)
    return page
