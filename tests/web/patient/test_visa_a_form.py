"""The VISA-A form: the eight items from the core's form file as radio groups showing each
option's words, question 8 as a branch and then a duration without JavaScript, and a pain
score; every answer checked on the server with the message next to the question."""

from __future__ import annotations

import pytest
from web.patient.programme_records import VISA_A_41, VISA_A_URL, page
from web.people import ClinicPeople, client_for

from achillespath.web.models import PainRecord, VisaAResponse

pytestmark = pytest.mark.django_db


def post(people: ClinicPeople, data: dict[str, object]) -> str:
    response = client_for(people.patient_user).post(VISA_A_URL, data)
    assert response.status_code == 200
    return response.content.decode()


def test_each_question_shows_its_options_in_words_from_the_form_file(
    riverside: ClinicPeople,
) -> None:
    shown = page(client_for(riverside.patient_user), VISA_A_URL)

    assert "1. When you first get up in the morning" in shown
    assert '<input class="nhsuk-radios__input" id="id_q1_0" name="q1" type="radio" value="10">' in (
        shown
    )
    assert "Changed or lighter training, with or without changed competition" in shown
    assert "8a. Which of these describes you best?" in shown
    assert "B: I have some pain, but it does not stop me finishing my training." in shown
    assert "8b. For how long can you train or practise?" in shown
    assert "More than 30 minutes" in shown
    assert "<script" not in shown.split("<main")[1]


def test_an_empty_form_names_every_unanswered_question_and_stores_nothing(
    riverside: ClinicPeople,
) -> None:
    shown = post(riverside, {})

    assert "There is a problem" in shown
    for number in range(1, 8):
        assert f"Choose an answer for question {number}" in shown
    assert "Choose A, B or C for question 8" in shown
    assert "Choose how long you can train for question 8" in shown
    assert "Enter your pain today, from 0 to 10" in shown
    assert not VisaAResponse.objects.exists() and not PainRecord.objects.exists()


def test_answers_given_are_kept_when_another_is_missing(riverside: ClinicPeople) -> None:
    shown = post(riverside, {**VISA_A_41, "q5": ""})

    assert 'name="q1" type="radio" value="7" checked' in shown
    assert 'name="q8_branch" type="radio" value="B" checked' in shown
    assert 'name="pain" value="4"' in shown
    assert "Choose an answer for question 5" in shown


def test_two_branches_of_question_8_are_refused(riverside: ClinicPeople) -> None:
    shown = post(riverside, {**VISA_A_41, "q8_branch": ["A", "B"]})

    assert "Choose only one of A, B or C for question 8" in shown
    assert not VisaAResponse.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("q7", "5", "Choose one of the answers for question 7"),
        ("q8_branch", "D", "Choose A, B or C for question 8"),
        ("q8_band", "9", "Choose how long you can train for question 8"),
        ("pain", "11", "Your pain today must be 10 or less"),
    ],
)
def test_an_answer_off_the_scale_is_refused_with_a_message(
    riverside: ClinicPeople, field: str, value: str, message: str
) -> None:
    shown = post(riverside, {**VISA_A_41, field: value})

    assert message in shown
    assert not VisaAResponse.objects.exists()
