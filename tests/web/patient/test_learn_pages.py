"""Learn: every knowledge item in order, each a readable page with sources and review dates."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from achillespath.knowledge.content import get_item, load_items
from achillespath.sources import cite

pytestmark = pytest.mark.django_db


def test_the_index_lists_every_item_with_its_summary_in_reading_order() -> None:
    page = Client().get("/learn/").content.decode()

    titles = re.findall(r'<a href="/learn/([a-z0-9_-]+)/">', page)
    assert titles == [item.id for item in load_items()]
    for item in load_items():
        assert item.summary in page


def test_an_item_page_renders_the_markdown_under_one_h1() -> None:
    page = Client().get("/learn/faq/").content.decode()

    assert page.count("<h1") == 1
    assert '<h1 class="nhsuk-heading-l">Common questions</h1>' in page
    assert "<h2>How long will it last?</h2>" in page


def test_an_item_page_numbers_its_sources() -> None:
    page = Client().get("/learn/faq/").content.decode()

    expected = [cite(source).citation for source in get_item("faq").sources]
    listed = re.findall(r'<li id="source-(\d+)">', page)
    assert listed == [str(n) for n in range(1, len(expected) + 1)]
    assert expected[0].replace("'", "&#x27;") in page


def test_a_draft_page_says_no_clinician_has_checked_it_and_claims_no_review_date() -> None:
    page = " ".join(Client().get("/learn/faq/").content.decode().split())

    assert "achillespath content team" in page
    assert "Draft: not yet checked by a clinician" in page
    assert 'Last updated</dt> <dd class="nhsuk-summary-list__value">21 November 2026' in page
    assert "Last reviewed" not in page and "Reviewed by" not in page
    assert "review due" not in page
    assert 'To be updated by</dt> <dd class="nhsuk-summary-list__value">21 November 2028' in page


def test_learn_is_open_to_everyone_without_logging_in() -> None:
    assert Client().get("/learn/").status_code == 200


def test_an_unknown_item_is_404() -> None:
    assert Client().get("/learn/no-such-page/").status_code == 404
