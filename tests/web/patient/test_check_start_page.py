"""The symptom check's start page: what it is, how long, not a diagnosis, 999 first."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import START

pytestmark = pytest.mark.django_db


def test_the_start_page_says_what_it_is_how_long_it_takes_and_that_it_is_not_a_diagnosis() -> None:
    page = Client().get(START).content.decode()

    assert "<h1" in page and "Check your Achilles symptoms" in page
    assert "It takes about 5 to 10 minutes." in page
    assert "This check is not a diagnosis." in page
    assert "Call 999 in an emergency" in page


def test_the_start_page_works_without_an_account_and_says_answers_are_not_saved() -> None:
    page = Client().get(START).content.decode()

    assert "You do not need an account." in page
    assert 'href="/accounts/login/?next=/check/"' in page


def test_starting_goes_to_the_first_red_flag_question() -> None:
    response = Client().post(START)

    assert response.status_code == 302
    assert response["Location"] == "/check/breathless_or_chest_pain/"


def test_starting_again_forgets_the_earlier_answers() -> None:
    client = Client()
    client.post(START)
    client.post("/check/breathless_or_chest_pain/", {"breathless_or_chest_pain": "no"})

    assert "Continue where you left off" in client.get(START).content.decode()
    assert client.post(START)["Location"] == "/check/breathless_or_chest_pain/"
    assert client.get("/check/onset/")["Location"] == "/check/breathless_or_chest_pain/"


def test_after_a_check_stops_the_start_page_offers_its_result_not_to_continue() -> None:
    client = Client()
    client.post(START)
    client.post("/check/breathless_or_chest_pain/", {"breathless_or_chest_pain": "yes"})

    page = client.get(START).content.decode()

    assert '<a href="/check/result/">See the result of your last check</a>' in page
    assert "Continue where you left off" not in page


def test_the_start_page_offers_to_create_an_account_and_come_back() -> None:
    page = Client().get(START).content.decode()

    assert 'href="/accounts/register/?next=/check/"' in page


def test_starting_needs_the_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    assert client.post(START).status_code == 403


def test_answers_that_no_longer_fit_the_questions_start_the_check_again() -> None:
    client = Client()
    client.post(START)
    session = client.session
    session["symptom_check"] = {"answers": {"age": "forty"}, "treatment_kinds": []}
    session.save()

    assert client.get("/check/result/")["Location"] == "/check/breathless_or_chest_pain/"
