"""A malformed content item is rejected with an error naming the file and the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from achillespath.knowledge import ContentError, latest_allowed_review, parse_item

FIELDS = {
    "id": '"heel-drops"',
    "title": '"Heel drops"',
    "summary": '"How to do heel drops."',
    "audience": '"patient"',
    "order": "10",
    "sources": '["alfredson-1998"]',
    "author": '"achillespath content team"',
    "reviewer": '"awaiting clinical review"',
    "status": '"draft"',
    "last_reviewed": "2026-11-21",
    "next_review": "2028-11-21",
}
BODY = "## Heel drops\n\nStand on a step.\n"


def item_text(body: str = BODY, **overrides: str) -> str:
    fields = {**FIELDS, **overrides}
    front_matter = "\n".join(f"{key} = {value}" for key, value in fields.items() if value)
    return f"+++\n{front_matter}\n+++\n\n{body}"


def test_a_well_formed_item_parses_with_its_body() -> None:
    item = parse_item(item_text(), "heel-drops.md")
    assert item.id == "heel-drops"
    assert item.sources == ("alfredson-1998",)
    assert item.next_review == date(2028, 11, 21)
    assert item.body == BODY


def test_the_body_may_contain_a_fence_line_of_its_own() -> None:
    body = "## Heel drops\n\n+++\n\nStill body text.\n"
    assert parse_item(item_text(body), "heel-drops.md").body == body


def test_an_unknown_source_id_names_the_file_the_field_and_the_id() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: sources: .*made-up-2099"):
        parse_item(item_text(sources='["alfredson-1998", "made-up-2099"]'), "heel-drops.md")


def test_an_item_without_sources_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: sources"):
        parse_item(item_text(sources="[]"), "heel-drops.md")


def test_next_review_more_than_three_years_on_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: .*more than 3 years"):
        parse_item(item_text(next_review="2029-11-22"), "heel-drops.md")


def test_next_review_exactly_three_years_on_is_allowed() -> None:
    item = parse_item(item_text(next_review="2029-11-21"), "heel-drops.md")
    assert item.next_review == date(2029, 11, 21)


def test_next_review_before_last_review_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: .*before last_reviewed"):
        parse_item(item_text(next_review="2026-11-20"), "heel-drops.md")


def test_a_file_without_front_matter_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: missing front matter"):
        parse_item(BODY, "heel-drops.md")


def test_an_unclosed_front_matter_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: missing front matter"):
        parse_item('+++\nid = "heel-drops"\n' + BODY, "heel-drops.md")


def test_front_matter_that_is_not_toml_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: front matter is not valid TOML"):
        parse_item(item_text(title="Heel drops without quotes"), "heel-drops.md")


def test_an_id_that_differs_from_the_file_stem_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"calf-raises\.md: id: 'heel-drops'.*'calf-raises'"):
        parse_item(item_text(), "calf-raises.md")


def test_a_missing_id_is_reported_as_missing() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: id: missing"):
        parse_item(item_text(id=""), "heel-drops.md")


def test_a_missing_field_is_named() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: summary: Field required"):
        parse_item(item_text(summary=""), "heel-drops.md")


def test_an_unknown_field_is_named() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: colour: Extra inputs"):
        parse_item(item_text(colour='"red"'), "heel-drops.md")


def test_an_empty_body_is_rejected() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: body"):
        parse_item(item_text(body=""), "heel-drops.md")


def test_the_audience_is_patients_only() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: audience"):
        parse_item(item_text(audience='"clinician"'), "heel-drops.md")


def test_an_approved_item_must_name_a_real_reviewer() -> None:
    with pytest.raises(ContentError, match=r"heel-drops\.md: .*reviewer: an approved item"):
        parse_item(item_text(status='"approved"'), "heel-drops.md")


def test_an_approved_item_with_a_named_reviewer_parses() -> None:
    text = item_text(status='"approved"', reviewer='"Dr A Example, physiotherapist"')
    assert parse_item(text, "heel-drops.md").status == "approved"


def test_a_review_on_29_february_allows_the_next_until_28_february() -> None:
    assert latest_allowed_review(date(2028, 2, 29)) == date(2031, 2, 28)


@given(st.integers(min_value=0, max_value=3 * 366 + 30))
def test_next_review_is_accepted_exactly_up_to_three_years(days_later: int) -> None:
    last = date(2026, 11, 21)
    next_review = last + timedelta(days=days_later)
    text = item_text(next_review=next_review.isoformat())
    if next_review <= latest_allowed_review(last):
        assert parse_item(text, "heel-drops.md").next_review == next_review
    else:
        with pytest.raises(ContentError, match="more than 3 years"):
            parse_item(text, "heel-drops.md")
