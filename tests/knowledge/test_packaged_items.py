"""Every packaged content item loads, is complete and follows the house rules."""

from __future__ import annotations

from datetime import date

import pytest

from achillespath.knowledge import (
    AWAITING_REVIEW,
    ContentItem,
    latest_allowed_review,
    load_items,
)
from achillespath.sources import all_sources

# One item per topic in the content brief, plus plantar fasciitis. A topic may not be dropped.
REQUIRED_ITEM_IDS = {
    "about-the-condition",
    "symptoms",
    "rupture-warning",
    "causes-and-risk-factors",
    "self-help",
    "seeking-help",
    "diagnosis",
    "loading-exercises",
    "other-treatments",
    "injections",
    "achilles-tendon-embolisation",
    "surgery",
    "prevention",
    "faq",
    "living-with-it",
    "visa-a-score",
    "plantar-fasciitis",
}


def item_ids(items: tuple[ContentItem, ...]) -> list[str]:
    return [item.id for item in items]


def test_every_required_topic_has_an_item() -> None:
    assert set(item_ids(load_items())) >= REQUIRED_ITEM_IDS


def test_item_ids_are_unique() -> None:
    ids = item_ids(load_items())
    assert len(ids) == len(set(ids))


def test_items_come_in_reading_order() -> None:
    orders = [item.order for item in load_items()]
    assert orders == sorted(orders)


def test_the_rupture_warning_comes_before_any_self_help() -> None:
    ids = item_ids(load_items())
    assert ids.index("rupture-warning") < ids.index("self-help")


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_every_cited_source_is_in_the_bibliography(item: ContentItem) -> None:
    assert set(item.sources) <= set(all_sources())


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_next_review_is_at_most_three_years_after_last_review(item: ContentItem) -> None:
    assert item.last_reviewed <= item.next_review <= latest_allowed_review(item.last_reviewed)


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_items_honestly_say_no_clinician_has_reviewed_them_yet(item: ContentItem) -> None:
    assert item.author == "achillespath content team"
    assert item.reviewer == AWAITING_REVIEW
    assert item.status == "draft"
    assert item.audience == "patient"


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_every_item_was_last_reviewed_on_the_release_review_date(item: ContentItem) -> None:
    assert item.last_reviewed == date(2026, 11, 21)


def test_the_ate_item_is_reviewed_yearly_because_its_evidence_moves_fast() -> None:
    ate = next(item for item in load_items() if item.id == "achilles-tendon-embolisation")
    assert ate.next_review == date(2027, 11, 21)


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_the_summary_is_one_sentence(item: ContentItem) -> None:
    assert item.summary.endswith(".")
    assert ". " not in item.summary


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_the_body_is_sectioned_with_level_two_headings(item: ContentItem) -> None:
    lines = item.body.splitlines()
    assert lines[0].startswith("## ")
    assert not any(line.startswith("# ") for line in lines)
