"""A wrong or missing answer: the message next to the field and in the summary, nothing lost."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import START, unsure

pytestmark = pytest.mark.django_db

RED_FLAGS_CLEAR = {
    "breathless_or_chest_pain": "no",
    "onset": "gradual",
    "heard_snap": "no",
    "can_bear_weight": "yes",
    "calf_swelling": "no",
    "fever": "no",
    "hot_red_swelling": "no",
    "can_single_leg_heel_raise": "yes",
}


def at_question(field: str) -> Client:
    """A client whose check has reached `field`, answering no warning signs on the way."""
    client = Client()
    location = client.post(START)["Location"]
    while location != f"/check/{field}/":
        asked = location.removeprefix("/check/").strip("/")
        data = {asked: RED_FLAGS_CLEAR[asked]} if asked in RED_FLAGS_CLEAR else unsure(asked)
        location = client.post(location, data)["Location"]
    return client


def test_no_answer_shows_the_message_next_to_the_field_and_in_the_error_summary() -> None:
    client = at_question("breathless_or_chest_pain")

    response = client.post("/check/breathless_or_chest_pain/", {})
    page = response.content.decode()

    assert response.status_code == 200
    assert page.count("Select yes, no or ‘Not sure’") == 2
    assert '<div class="nhsuk-error-summary"' in page
    assert 'id="id_breathless_or_chest_pain_error"' in page
    assert "<title>Error: " in page


def test_an_answer_that_is_not_one_of_the_options_is_refused() -> None:
    client = at_question("onset")

    page = client.post("/check/onset/", {"onset": "slowly"}).content.decode()

    assert "Select an answer, or ‘Not sure’" in page


def test_a_number_out_of_range_is_refused_and_what_was_typed_is_kept() -> None:
    client = at_question("age")

    page = client.post("/check/age/", {"age": "130"}).content.decode()

    assert "Enter a number from 0 to 120" in page
    assert 'value="130"' in page


def test_a_word_where_a_whole_number_belongs_is_refused_and_kept() -> None:
    client = at_question("age")

    page = client.post("/check/age/", {"age": "forty"}).content.decode()

    assert "Enter a whole number" in page
    assert 'value="forty"' in page


def test_an_empty_number_asks_for_a_number_or_the_not_sure_button() -> None:
    client = at_question("age")

    page = client.post("/check/age/", {"age": " "}).content.decode()

    assert "Enter your answer, or choose ‘Prefer not to say’" in page


def test_the_not_sure_button_leaves_the_question_unanswered() -> None:
    client = at_question("age")

    response = client.post("/check/age/", {"age": "", "unsure": "1"})

    assert response.status_code == 302
    assert client.session["symptom_check"]["answers"]["age"] is None


@pytest.mark.parametrize(("button", "label"), [("none", "None"), ("unsure", "Not sure")])
def test_medicines_typed_then_none_or_not_sure_are_refused_and_kept(
    button: str, label: str
) -> None:
    # "None or not sure" once dropped the typed "cipro 500mg" without a word: self-care.
    client = at_question("medications")

    response = client.post("/check/medications/", {"medications": "cipro 500mg", button: "1"})

    page = response.content.decode().replace("&#x27;", "'")
    assert response.status_code == 200
    assert f"You typed an answer and chose ‘{label}’: choose Continue" in page
    assert 'value="cipro 500mg"' in page
    assert "medications" not in client.session["symptom_check"]["answers"]


def test_the_none_button_answers_no_medicines_and_not_sure_leaves_them_unanswered() -> None:
    said_none = at_question("medications")
    not_sure = at_question("medications")

    said_none.post("/check/medications/", {"medications": "", "none": "1"})
    not_sure.post("/check/medications/", {"medications": "", "unsure": "1"})

    assert said_none.session["symptom_check"]["answers"]["medications"] == []
    assert not_sure.session["symptom_check"]["answers"]["medications"] is None


def test_none_or_not_sure_cannot_be_chosen_together_with_an_answer() -> None:
    client = at_question("conditions")

    page = client.post(
        "/check/conditions/", {"conditions": ["diabetes", "unsure"]}
    ).content.decode()

    assert "Select ‘None or not sure’ on its own, or untick it" in page
    assert 'value="diabetes" checked>' in page


def test_a_list_answer_longer_than_the_intake_allows_is_refused_by_the_intake_model() -> None:
    client = at_question("medications")

    page = client.post("/check/medications/", {"medications": "x" * 201}).content.decode()

    assert "Each answer must be 200 characters or fewer" in page


def test_nothing_is_stored_for_an_answer_that_was_refused() -> None:
    client = at_question("age")

    client.post("/check/age/", {"age": "130"})

    assert "age" not in client.session["symptom_check"]["answers"]
