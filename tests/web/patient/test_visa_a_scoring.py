"""VISA-A: the core scores the answers (robinson-2001), the score and a pain score are stored,
and the result shows the total, the item-group subtotals (no severity bands), the change read
against the clinic's MCID, the next due date and the notice naming the source."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from web.patient.programme_records import (
    VISA_A_41,
    VISA_A_URL,
    add_visa_a,
    days_ago,
    page,
    prescribe,
)
from web.people import ClinicPeople, client_for

from achillespath.web.models import PainRecord, VisaAResponse

pytestmark = pytest.mark.django_db

SEVERITY_WORDS = ("excellent", "good score", "fair", "poor", "mild", "moderate", "severe")


def answer(client: Client, **changes: str) -> str:
    response = client.post(VISA_A_URL, {**VISA_A_41, **changes})
    assert response.status_code == 302
    return page(client, response["Location"])


def test_the_answers_are_scored_by_the_core_and_stored_with_the_pain_score(
    riverside: ClinicPeople,
) -> None:
    answer(client_for(riverside.patient_user))

    stored = VisaAResponse.objects.get(patient=riverside.patient)
    assert stored.total == 41
    assert stored.taken_on == days_ago(0)
    assert stored.answers["q8"] == {"branch": "B", "points": 10}
    pain = PainRecord.objects.get(patient=riverside.patient)
    assert (pain.score, pain.context, pain.date) == (4, "overall", days_ago(0))


def test_question_8_takes_the_points_of_the_chosen_branch_and_duration(
    riverside: ClinicPeople,
) -> None:
    answer(client_for(riverside.patient_user), q8_branch="A", q8_band="4")

    assert VisaAResponse.objects.get().total == 61  # 31 + 30 for "A, more than 30 minutes"


def test_the_result_shows_the_total_and_the_item_group_subtotals_without_severity_bands(
    riverside: ClinicPeople,
) -> None:
    shown = answer(client_for(riverside.patient_user))

    assert "Your VISA-A score: 41 out of 100" in shown
    assert "Questions 1-3: pain</th>" in shown and ">18</td>" in shown
    assert "Questions 4-6: function in daily life</th>" in shown and ">9</td>" in shown
    assert "Questions 7-8: sport and physical activity</th>" in shown and ">14</td>" in shown
    assert not [word for word in SEVERITY_WORDS if word in shown.lower()]
    assert "This is your first score." in shown


def test_the_change_since_the_first_and_the_last_score_uses_the_default_mcid_of_14(
    riverside: ClinicPeople,
) -> None:
    add_visa_a(riverside.patient, 28, 20)
    add_visa_a(riverside.patient, 14, 35)

    shown = answer(client_for(riverside.patient_user))

    assert "Since your first score (20)" in shown
    assert (
        "Your score went up by 21 points. That is at least 14 points, so it is likely to be a "
        "real improvement. These scores are 4 weeks apart; 14 points was set as a change over "
        "12 weeks."
    ) in shown
    assert "Since your last score (35)" in shown
    assert "Your score went up by 6 points. That is less than 14 points" in shown
    assert "These scores are 2 weeks apart" in shown
    assert shown.count("In one study of active people") == 1
    assert "J Orthop Sports Phys Ther, October 2021" in shown


def test_the_clinics_own_mcid_is_used(riverside: ClinicPeople) -> None:
    riverside.clinic.visa_a_mcid = 5
    riverside.clinic.save()
    add_visa_a(riverside.patient, 14, 35)

    shown = answer(client_for(riverside.patient_user))

    assert (
        "Your score went up by 6 points. That is at least 5 points, so it is likely to be a real "
        "improvement."
    ) in shown
    assert "Your clinic counts a change of 5 points as one that matters." in shown


def test_a_meaningful_drop_asks_the_person_to_tell_their_clinician(
    riverside: ClinicPeople,
) -> None:
    add_visa_a(riverside.patient, 14, 70)

    shown = answer(client_for(riverside.patient_user))

    assert "Please tell your physiotherapist or doctor that your score has dropped." in shown


def test_the_result_gives_the_next_due_date_on_the_clinics_schedule(
    riverside: ClinicPeople,
) -> None:
    prescription = prescribe(riverside.patient, started_days_ago=0)

    shown = answer(client_for(riverside.patient_user))

    due = prescription.start_date + timedelta(weeks=2)  # the baseline was just answered
    assert f"Your next questionnaire is due on {due:%-d %B %Y}." in shown


def test_a_questionnaire_answered_between_due_dates_points_to_the_next_date_not_to_itself(
    riverside: ClinicPeople,
) -> None:
    # The demo patient's story: three weeks in, answered at the start and at two weeks.
    prescription = prescribe(riverside.patient, started_days_ago=21)
    add_visa_a(riverside.patient, 21, 52)
    add_visa_a(riverside.patient, 7, 61)

    shown = answer(client_for(riverside.patient_user))

    due = prescription.start_date + timedelta(weeks=4)
    assert f"Your next questionnaire is due on {due:%-d %B %Y}." in shown
    assert "Answer it now" not in shown


def test_the_form_and_the_result_name_robinson_2001_and_say_the_wording_is_our_own(
    riverside: ClinicPeople,
) -> None:
    client = client_for(riverside.patient_user)

    for shown in (page(client, VISA_A_URL), answer(client)):
        assert "Robinson JM, Cook JL, Purdam C, et al. The VISA-A questionnaire" in shown
        assert "The questions here are our own short versions, not the official wording." in shown
