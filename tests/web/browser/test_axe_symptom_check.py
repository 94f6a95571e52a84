"""axe-core finds no violation in the symptom check: a page of every kind of question, the
treatment details page, a question answered with nothing, and the self-care, urgent and
emergency results, at phone and desktop widths."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from web.browser.axe import assert_accessible
from web.browser.symptom_check import (
    DETAILS,
    PRIYA_SELF_CARE,
    answer_all,
    current_field,
    start,
)
from web.browser.visitor import submit

from achillespath.interview import load_interview

KINDS: dict[str, str] = {question.field: question.kind for question in load_interview().questions}
KINDS[DETAILS] = "treatment details"


def test_a_page_of_every_kind_of_question_and_the_self_care_result(page: Page, site: str) -> None:
    checked: set[str] = set()

    def check_each_new_kind(page: Page) -> None:
        kind = KINDS[current_field(page)]
        if kind not in checked:
            checked.add(kind)
            assert_accessible(page, f"a {kind} question ({current_field(page)})")

    start(page)
    answer_all(page, PRIYA_SELF_CARE, check_each_new_kind)

    assert checked == {
        "yes_no",
        "choice",
        "text_list",
        "number",
        "choices",
        "treatments",
        "treatment details",
    }
    expect(page.locator("main")).to_contain_text("You can look after this at home for now")
    assert_accessible(page, "the self-care result")


def test_a_question_answered_with_nothing_shows_its_error(page: Page, site: str) -> None:
    start(page)
    submit(page, page.get_by_role("button", name="Continue"))

    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_accessible(page, "a question with an error")


@pytest.mark.parametrize(
    ("answers", "advice"),
    [
        ({"breathless_or_chest_pain": "yes"}, "999"),
        ({"breathless_or_chest_pain": "no", "onset": "sudden"}, "Get medical help today"),
    ],
    ids=["emergency", "urgent"],
)
def test_a_result_that_stops_the_check(
    page: Page, site: str, answers: dict[str, str], advice: str
) -> None:
    start(page)
    answer_all(page, answers)

    expect(page.locator("main")).to_contain_text(advice)
    assert_accessible(page, "the result of a check stopped by a warning sign")
