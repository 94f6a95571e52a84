"""axe-core finds no violation on any Learn page, at phone and desktop widths: each item is
written in Markdown by the content owners, so its headings, lists and links differ page by page
(test_axe_every_page.py checks one item; this checks them all)."""

from __future__ import annotations

from playwright.sync_api import Page
from web.browser.axe import assert_accessible

from achillespath.knowledge.content import load_items


def test_every_learn_item(page: Page, site: str) -> None:
    failures = []
    for item in load_items():
        response = page.goto(f"/learn/{item.id}/")
        assert response is not None and response.ok, f"/learn/{item.id}/: {response}"
        try:
            assert_accessible(page, f"the Learn item {item.id}")
        except AssertionError as failure:
            failures.append(str(failure))

    assert not failures, "\n\n".join(failures)
