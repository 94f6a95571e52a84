"""One question per page, rendered by its kind, with where you are and a way back."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import START

from achillespath.interview import load_interview

pytestmark = pytest.mark.django_db


def started() -> Client:
    client = Client()
    client.post(START)
    return client


def answered(client: Client, *steps: tuple[str, dict[str, str]]) -> Client:
    for field, data in steps:
        assert client.post(f"/check/{field}/", data).status_code == 302
    return client


NO_RED_FLAGS = (
    ("breathless_or_chest_pain", {"breathless_or_chest_pain": "no"}),
    ("onset", {"onset": "gradual"}),
    ("heard_snap", {"heard_snap": "no"}),
    ("can_bear_weight", {"can_bear_weight": "yes"}),
    ("calf_swelling", {"calf_swelling": "no"}),
    ("fever", {"fever": "no"}),
    ("hot_red_swelling", {"hot_red_swelling": "no"}),
)
BEFORE_MEDICATIONS = (
    *NO_RED_FLAGS,
    ("age", {"age": "40"}),
    ("can_single_leg_heel_raise", {"can_single_leg_heel_raise": "yes"}),
)
# Before any answer, a question asked only after some answers (ask_if) is not counted yet.
ASKED_OF_EVERYONE = sum(
    question.audience == "everyone" and question.ask_if is None
    for question in load_interview().questions
)


def test_a_question_page_shows_one_question_as_the_heading_and_where_you_are() -> None:
    page = started().get("/check/breathless_or_chest_pain/").content.decode()

    assert page.count("<h1") == 1
    assert (
        '<h1 class="nhsuk-fieldset__heading">Are you short of breath, or do you have pain in '
        "your chest?</h1>" in page
    )
    assert f"Question 1 of up to {ASKED_OF_EVERYONE}" in page
    assert '<a class="nhsuk-back-link" href="/check/">Back</a>' in page


def test_a_yes_no_question_offers_yes_no_and_its_unsure_answer_as_radios() -> None:
    page = started().get("/check/breathless_or_chest_pain/").content.decode()

    assert page.count('type="radio"') == 3
    assert 'value="unsure"' in page and ">Not sure</label>" in page


def test_a_choose_all_question_has_checkboxes_and_an_exclusive_none_or_not_sure() -> None:
    client = answered(started(), *BEFORE_MEDICATIONS, ("medications", {"unsure": "1"}))
    answered(client, ("sex", {"sex": "female"}))
    answered(client, ("weight_kg", {"unsure": "1"}), ("height_cm", {"unsure": "1"}))

    page = client.get("/check/pain_site/").content.decode()

    assert page.count('type="checkbox"') == 6
    assert '<div class="nhsuk-checkboxes__divider">or</div>' in page
    assert 'value="unsure" data-behaviour="exclusive">' in page


def test_a_number_question_shows_its_unit_and_range_and_a_not_sure_button() -> None:
    client = answered(started(), *NO_RED_FLAGS)

    page = client.get("/check/age/").content.decode()

    assert '<div class="nhsuk-input-wrapper__suffix" aria-hidden="true">years</div>' in page
    assert "Enter a whole number from 0 to 120 (years)." in page
    assert 'inputmode="numeric"' in page
    assert 'name="unsure" value="1">Prefer not to say</button>' in page


def test_a_list_question_is_one_text_box_separated_by_commas() -> None:
    client = answered(started(), *BEFORE_MEDICATIONS)

    page = client.get("/check/medications/").content.decode()
    client.post("/check/medications/", {"medications": "ibuprofen, ciprofloxacin"})

    assert "separated by commas" in page
    assert client.session["symptom_check"]["answers"]["medications"] == [
        "ibuprofen",
        "ciprofloxacin",
    ]


def test_each_answer_leads_to_the_next_question_and_the_back_link_to_the_one_before() -> None:
    client = started()

    response = client.post("/check/breathless_or_chest_pain/", {"breathless_or_chest_pain": "no"})
    page = client.get("/check/onset/").content.decode()

    assert response["Location"] == "/check/onset/"
    assert f"Question 2 of up to {ASKED_OF_EVERYONE}" in page
    assert 'href="/check/breathless_or_chest_pain/">Back</a>' in page


def test_a_question_not_yet_reached_sends_you_to_the_one_you_are_on() -> None:
    response = started().get("/check/pain_score/")

    assert response["Location"] == "/check/breathless_or_chest_pain/"


def test_an_unknown_question_sends_you_to_the_one_you_are_on() -> None:
    response = started().get("/check/favourite_colour/")

    assert response["Location"] == "/check/breathless_or_chest_pain/"


def test_going_back_shows_the_answer_you_gave() -> None:
    client = answered(started(), ("breathless_or_chest_pain", {"breathless_or_chest_pain": "no"}))

    page = client.get("/check/breathless_or_chest_pain/").content.decode()

    assert 'type="radio" value="no" checked>' in page


def test_changing_an_earlier_answer_walks_on_through_the_answers_already_given() -> None:
    client = answered(started(), *NO_RED_FLAGS[:3])

    response = client.post("/check/onset/", {"onset": "gradual"})

    assert response["Location"] == "/check/heard_snap/"


def test_no_javascript_is_needed_the_forms_post_to_the_server() -> None:
    page = started().get("/check/breathless_or_chest_pain/").content.decode()

    assert '<form method="post" novalidate>' in page
    assert 'name="csrfmiddlewaretoken"' in page
