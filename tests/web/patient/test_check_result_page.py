"""The result page: disposition, conditions, recommendations with reasons and numbered
sources, the ATE verdict, risk factors as context, pathway version and disclaimer."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from web.patient.check_walk import DETAILS, RESULT, SETTLED_MIDPORTION, walk

from achillespath.interview import load_interview
from achillespath.labels import label
from achillespath.pathway.definition import load_pathway

pytestmark = pytest.mark.django_db

SAM_ON_A_STATIN = {
    **SETTLED_MIDPORTION,
    "medications": {"medications": "atorvastatin"},
    "training_change": {"training_change": "yes"},
}
"""Sam (see check_walk) also takes atorvastatin and recently trained harder."""

LEE_AFTER_FAILED_LOADING = {
    **SETTLED_MIDPORTION,
    "symptom_weeks": {"symptom_weeks": "40"},
    "pain_score": {"pain_score": "7"},
    "activity_limited": {"activity_limited": "yes"},
    "treatments": {"treatments": ["loading_programme"]},
    DETAILS: {
        "weeks_loading_programme": "14",
        "outcome_loading_programme": "no_change",
        "latest": "loading_programme",
    },
}
"""Lee: Sam's answers, but 40 weeks of pain that stops him running, and 14 weeks of a loading
programme that did not help. A routine result that offers an ATE assessment among the add-ons."""


def main_of(page: str) -> str:
    return page[page.index("<main") : page.index("</main>")]


@pytest.fixture
def sams_result() -> str:
    return main_of(walk(Client(), SAM_ON_A_STATIN).content.decode())


def test_the_headline_and_action_come_from_the_disposition_words(sams_result: str) -> None:
    assert "Non-urgent advice: </span>Book an appointment with a GP or physiotherapist" in (
        sams_result
    )
    assert "nhsuk-card--care--non-urgent" in sams_result
    assert sams_result.count("<h1") == 1


def test_the_likely_condition_is_named_in_plain_words(sams_result: str) -> None:
    assert label("conditions", "midportion_tendinopathy") in sams_result


def test_each_recommendation_has_title_patient_words_reason_and_numbered_sources(
    sams_result: str,
) -> None:
    assert '<h3 class="nhsuk-heading-s">Calf-strengthening programme</h3>' in sams_result
    assert "usually every day for at least 12 weeks" in sams_result
    assert "Why: Your pain is in the middle of the tendon." in sams_result
    numbers = re.findall(r'<a href="#source-(\d+)">', sams_result)
    assert numbers == ["1", "2", "3", "1", "4", "5", "2", "1"]


def test_the_sources_are_listed_at_the_end_in_the_order_first_cited(sams_result: str) -> None:
    sources = re.findall(r'<li id="source-(\d+)">([^<]{0,12})', sams_result)

    assert sources == [
        ("1", "Bupa. Achill"),
        ("2", "de Vos RJ, v"),
        ("3", "Statins and "),
        ("4", "Alfredson H,"),
        ("5", "Fahlström M,"),
    ]


def test_the_ate_verdict_is_shown_with_its_reasons(sams_result: str) -> None:
    assert "<strong>Not yet.</strong>" in sams_result
    assert "The pain has not yet lasted 13 weeks" in sams_result


def test_ate_offered_as_an_option_is_named_once_with_its_status_and_reasons() -> None:
    page = main_of(walk(Client(), LEE_AFTER_FAILED_LOADING).content.decode())

    headings = re.findall(r"<h[23][^>]*>([^<]*)</h[23]>", page)
    assert [heading for heading in headings if "ATE" in heading] == [
        "Embolisation (ATE) assessment"
    ]
    assert page.count("limited evidence") == 1
    assert page.count("<strong>Worth asking a specialist about.</strong>") == 1
    assert page.count("<li>The pain limits your activities.</li>") == 1


def test_risk_factors_are_context_not_a_score(sams_result: str) -> None:
    assert "Things that may make tendons more sensitive" in sams_result
    assert "These are not a score" in sams_result
    assert f"<li>{label('risk_factors', 'statin')}</li>" in sams_result
    assert f"<li>{label('risk_factors', 'training_change')}</li>" in sams_result


def test_the_pathway_version_and_the_disclaimer_are_shown(sams_result: str) -> None:
    assert f"Pathway version {load_pathway().version}." in sams_result
    assert "This is decision support, not a diagnosis." in sams_result


def test_unanswered_red_flag_questions_are_listed_as_not_ruled_out() -> None:
    page = main_of(walk(Client()).content.decode())

    assert "We could not rule these out" in page
    for field in ("onset", "heard_snap", "can_bear_weight"):
        text = next(q.text for q in load_interview().questions if q.field == field)
        assert f"<li>{text}</li>" in page


def test_an_unfinished_check_has_no_result_yet() -> None:
    client = Client()
    client.post("/check/")

    assert client.get(RESULT)["Location"] == "/check/breathless_or_chest_pain/"


def test_the_result_links_back_to_change_the_last_answer() -> None:
    page = walk(Client(), SAM_ON_A_STATIN).content.decode()

    assert 'href="/check/contrast_allergy/">Change your last answer</a>' in page


def test_a_15_year_olds_result_has_no_ate_verdict_nor_questions_never_asked() -> None:
    # Walkthrough: the check stopped at the age of 15, and the result still gave an ATE verdict
    # and "You did not say how long you have had the pain".
    # The red-flag questions, answered as Sam did; every question after the age left unsure.
    up_to_age = dict(list(SETTLED_MIDPORTION.items())[:8])

    page = main_of(walk(Client(), {**up_to_age, "age": {"age": "15"}}).content.decode())

    assert "You are under 18" in page
    assert "Achilles tendon embolisation" not in page
    assert "You did not say how long you have had the pain" not in page
    assert "We could not rule these out" not in page


def test_an_under_18_with_a_red_flag_question_unanswered_is_still_told_it() -> None:
    answers = {**SETTLED_MIDPORTION, "heard_snap": {"heard_snap": "unsure"}, "age": {"age": "15"}}

    page = main_of(walk(Client(), answers).content.decode())

    assert "You did not say whether you heard a snap or pop." in page
