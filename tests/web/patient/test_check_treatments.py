"""Treatments: choose what was tried, then weeks and outcome of each on a second page."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import START, TREATMENT_DETAILS, unsure

pytestmark = pytest.mark.django_db

TREATMENTS = "/check/treatments/"


def at_treatments() -> Client:
    client = Client()
    location = client.post(START)["Location"]
    while location != TREATMENTS:
        asked = location.removeprefix("/check/").strip("/")
        data = {"onset": "gradual", "can_bear_weight": "yes"}.get(asked)
        location = client.post(location, {asked: data} if data else unsure(asked))["Location"]
    return client


def answers(client: Client) -> dict[str, object]:
    stored: dict[str, object] = client.session["symptom_check"]["answers"]
    return stored


def test_the_treatments_page_lists_every_treatment_and_nothing_yet() -> None:
    page = at_treatments().get(TREATMENTS).content.decode()

    assert page.count('type="checkbox"') == 15
    assert ">Nothing yet</label>" in page


def test_choosing_treatments_asks_their_weeks_and_outcome_on_a_second_page() -> None:
    client = at_treatments()

    response = client.post(TREATMENTS, {"treatments": ["physiotherapy", "eswt"]})
    page = client.get(TREATMENT_DETAILS).content.decode()

    assert response["Location"] == TREATMENT_DETAILS
    assert "Physiotherapy: for how many weeks?" in page
    assert "Shockwave therapy: how did it go?" in page
    assert "Which of these did you try most recently?" in page
    assert 'href="/check/treatments/">Back</a>' in page


def test_the_one_tried_most_recently_is_stored_last() -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": ["physiotherapy", "eswt"]})

    response = client.post(
        TREATMENT_DETAILS,
        {
            "weeks_physiotherapy": "12",
            "outcome_physiotherapy": "no_change",
            "weeks_eswt": "",
            "outcome_eswt": "unsure",
            "latest": "physiotherapy",
        },
    )

    assert response.status_code == 302
    assert answers(client)["treatments"] == [
        {"kind": "eswt", "weeks": None, "outcome": None},
        {"kind": "physiotherapy", "weeks": 12.0, "outcome": "no_change"},
    ]


def test_one_treatment_needs_no_most_recent_question() -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": ["heel_lifts"]})

    page = client.get(TREATMENT_DETAILS).content.decode()
    client.post(TREATMENT_DETAILS, {"weeks_heel_lifts": "3", "outcome_heel_lifts": "improved"})

    assert "most recently" not in page
    assert answers(client)["treatments"] == [
        {"kind": "heel_lifts", "weeks": 3.0, "outcome": "improved"}
    ]


def test_nothing_yet_leaves_treatments_unanswered_and_goes_on() -> None:
    client = at_treatments()

    response = client.post(TREATMENTS, {"treatments": ["unsure"]})

    assert response["Location"] == "/check/previous_achilles_injury/"
    assert answers(client)["treatments"] is None


def test_weeks_that_are_not_a_number_are_refused_next_to_the_field_and_kept() -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": ["heel_lifts"]})

    page = client.post(
        TREATMENT_DETAILS, {"weeks_heel_lifts": "a month", "outcome_heel_lifts": "improved"}
    ).content.decode()

    assert "Enter a number of weeks, like 6 or 0.5" in page
    assert 'id="id_weeks_heel_lifts_error"' in page
    assert 'value="a month"' in page


def test_weeks_beyond_what_the_intake_allows_are_refused() -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": ["heel_lifts"]})

    page = client.post(
        TREATMENT_DETAILS, {"weeks_heel_lifts": "9999", "outcome_heel_lifts": "improved"}
    ).content.decode()

    assert "Enter a number no bigger than 2600" in page


def test_a_missing_outcome_is_asked_for() -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": ["heel_lifts"]})

    page = client.post(TREATMENT_DETAILS, {"weeks_heel_lifts": "3"}).content.decode()

    assert "Select how heel lifts went" in page


def test_the_details_page_before_choosing_treatments_sends_you_to_the_choice() -> None:
    client = at_treatments()

    assert client.get(TREATMENT_DETAILS)["Location"] == TREATMENTS


def test_coming_back_shows_the_treatments_chosen_before() -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": ["heel_lifts"]})
    client.post(TREATMENT_DETAILS, {"weeks_heel_lifts": "3", "outcome_heel_lifts": "improved"})

    page = client.get(TREATMENTS).content.decode()
    client.post(TREATMENTS, {"treatments": ["heel_lifts"]})
    details = client.get(TREATMENT_DETAILS).content.decode()

    assert 'value="heel_lifts" checked>' in page
    assert 'value="3"' in details
    assert 'value="improved" checked>' in details


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("ate", "Select how Achilles tendon embolisation (ATE) went"),
        ("prp_injection", "Select how a platelet-rich plasma (PRP) injection went"),
    ],
)
def test_a_missing_outcome_names_the_treatment_with_its_acronym_in_capitals(
    kind: str, words: str
) -> None:
    client = at_treatments()
    client.post(TREATMENTS, {"treatments": [kind]})

    page = client.post(TREATMENT_DETAILS, {f"weeks_{kind}": "3"}).content.decode()

    assert words in page
