"""Item bodies are Markdown with raw HTML switched off: nothing in an item reaches the page as
markup or script."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from achillespath.knowledge.content import get_item
from achillespath.web.views.patient import learn

HOSTILE = (
    "## Heading\n\n<script>alert(1)</script>\n\n<b onclick=x>bold</b>\n\n"
    "[click](javascript:alert(1))\n"
)


@pytest.fixture
def hostile_item(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    item = get_item("faq").model_copy(update={"body": HOSTILE})
    monkeypatch.setattr(learn, "get_item", lambda item_id: item)
    learn.rendered_body.cache_clear()
    yield "faq"
    learn.rendered_body.cache_clear()


def test_raw_html_in_an_item_is_shown_as_text_not_run(hostile_item: str) -> None:
    html = learn.rendered_body(hostile_item)

    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b onclick" not in html


def test_a_javascript_link_in_an_item_is_not_made_a_link(hostile_item: str) -> None:
    html = learn.rendered_body(hostile_item)

    assert 'href="javascript' not in html


def test_markdown_headings_become_headings(hostile_item: str) -> None:
    assert "<h2>Heading</h2>" in learn.rendered_body(hostile_item)
