"""The harness itself: axe-core really reports violations, and the pages under check are styled
and scripted as people see them (contrast and layout rules mean nothing on an unstyled page)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from web.browser.axe import assert_accessible

BROKEN_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
<body><main><h1>Broken</h1><form><input type="text" name="nameless"></form>
<p style="color:#bbb;background:#fff">Too faint to read</p></main></body></html>"""


def test_axe_reports_each_violation_with_its_impact_and_the_element(page: Page) -> None:
    page.set_content(BROKEN_PAGE)

    with pytest.raises(AssertionError) as failure:
        assert_accessible(page, "a page with faults")

    message = str(failure.value)
    assert "at phone width (390 px)" in message
    assert "at desktop width (1280 px)" in message
    assert "- label [critical] Form elements must have labels: input" in message
    assert "- color-contrast [serious]" in message


def test_pages_load_their_stylesheet_and_start_their_scripts_under_the_csp(
    page: Page, site: str
) -> None:
    page.goto("/")

    header_colour = page.eval_on_selector(
        ".nhsuk-header", "header => getComputedStyle(header).backgroundColor"
    )
    body_classes = page.eval_on_selector("body", "body => [...body.classList]")
    assert header_colour not in {"rgba(0, 0, 0, 0)", "transparent"}
    assert "js-enabled" in body_classes
