"""`achillespath content check` fails when an item's review date has arrived or passed."""

from __future__ import annotations

from datetime import date

from achillespath.knowledge import ContentItem, items_due_for_review, load_items

RELEASE_DAY = date(2026, 11, 21)


def item(item_id: str, next_review: date) -> ContentItem:
    return ContentItem(
        id=item_id,
        title="A title",
        summary="A summary.",
        audience="patient",
        order=1,
        sources=("bupa-2022",),
        author="achillespath content team",
        reviewer="awaiting clinical review",
        status="draft",
        last_reviewed=RELEASE_DAY,
        next_review=next_review,
        body="## Heading\n\nText.\n",
    )


def test_an_item_past_its_review_date_is_reported() -> None:
    overdue = item("overdue", date(2027, 1, 1))
    assert items_due_for_review([overdue], today=date(2027, 1, 2)) == [overdue]


def test_an_item_is_due_on_its_review_date_itself() -> None:
    due_today = item("due-today", date(2027, 1, 1))
    assert items_due_for_review([due_today], today=date(2027, 1, 1)) == [due_today]


def test_an_item_before_its_review_date_is_not_reported() -> None:
    assert items_due_for_review([item("fresh", date(2027, 1, 1))], today=date(2026, 12, 31)) == []


def test_due_items_are_listed_most_overdue_first() -> None:
    later, earlier = item("later", date(2027, 6, 1)), item("earlier", date(2027, 1, 1))
    assert items_due_for_review([later, earlier], today=date(2028, 1, 1)) == [earlier, later]


def test_no_packaged_item_is_due_on_release_day() -> None:
    assert items_due_for_review(load_items(), today=RELEASE_DAY) == []


def test_the_ate_item_is_the_first_packaged_item_to_fall_due() -> None:
    due = items_due_for_review(load_items(), today=date(2027, 11, 21))
    assert [overdue.id for overdue in due] == ["achilles-tendon-embolisation"]


def test_every_packaged_item_is_due_three_years_after_release() -> None:
    due = items_due_for_review(load_items(), today=date(2029, 11, 21))
    assert len(due) == len(load_items())
