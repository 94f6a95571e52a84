""" "Was this page helpful?": stored for the content owners, anonymously or linked to the reader."""

from __future__ import annotations

import pytest
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.web.models import ContentFeedback

pytestmark = pytest.mark.django_db

FEEDBACK = "/learn/faq/feedback/"


def test_an_anonymous_reader_can_say_a_page_helped() -> None:
    client = Client()

    response = client.post(FEEDBACK, {"helpful": "yes", "comment": "  Clear, thanks.  "})

    stored = ContentFeedback.objects.get()
    assert (stored.item_id, stored.helpful, stored.comment, stored.user) == (
        "faq",
        True,
        "Clear, thanks.",
        None,
    )
    assert response["Location"] == "/learn/faq/"
    assert "Thank you for your feedback." in client.get("/learn/faq/").content.decode()


def test_a_signed_in_readers_feedback_is_linked_to_their_account(riverside: ClinicPeople) -> None:
    client_for(riverside.patient_user).post(FEEDBACK, {"helpful": "no"})

    stored = ContentFeedback.objects.get()
    assert (stored.helpful, stored.comment, stored.user) == (False, "", riverside.patient_user)


def test_no_answer_shows_the_message_next_to_the_field_and_keeps_the_comment() -> None:
    response = Client().post(FEEDBACK, {"comment": "Too long"})
    page = response.content.decode()

    assert response.status_code == 200
    assert page.count("Select yes or no") == 2
    assert 'id="id_helpful_error"' in page
    assert "Too long</textarea>" in page
    assert ContentFeedback.objects.count() == 0


def test_a_comment_over_2000_characters_is_refused() -> None:
    page = Client().post(FEEDBACK, {"helpful": "yes", "comment": "x" * 2001}).content.decode()

    assert "Your comment must be 2,000 characters or fewer" in page
    assert ContentFeedback.objects.count() == 0


def test_feedback_needs_the_csrf_token() -> None:
    response = Client(enforce_csrf_checks=True).post(FEEDBACK, {"helpful": "yes"})

    assert response.status_code == 403
    assert ContentFeedback.objects.count() == 0


def test_feedback_about_an_unknown_page_is_404() -> None:
    assert Client().post("/learn/no-such-page/feedback/", {"helpful": "yes"}).status_code == 404


def test_feedback_is_only_posted() -> None:
    assert Client().get(FEEDBACK).status_code == 405
