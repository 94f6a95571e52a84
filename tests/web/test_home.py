"""The public home page: its action link to the symptom check is the design system's own.

NHS frontend 10 (node_modules/nhsuk-frontend, component action-link) renders an action link as
one <a class="nhsuk-action-link"> holding the arrow-right-circle icon as inline SVG and the text;
its stylesheet has no rules for the older wrapper markup, which showed no arrow at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ICON_MACRO = (
    Path(__file__).resolve().parents[2]
    / "node_modules"
    / "nhsuk-frontend"
    / "dist"
    / "nhsuk"
    / "macros"
    / "icon.njk"
)


def design_system_icon(name: str) -> str:
    """The path the design system's icon macro draws for this icon."""
    macro = ICON_MACRO.read_text(encoding="utf-8")
    found = re.search(rf'name == "{name}" %}}\s*<path d="([^"]+)"/>', macro)
    assert found, f"nhsuk-frontend has no {name} icon"
    return found.group(1)


def action_links(page: str) -> list[str]:
    return re.findall(r'<a class="nhsuk-action-link"[^>]*>.*?</a>', page, flags=re.DOTALL)


@pytest.fixture
def home_page() -> str:
    page: str = Client().get("/").content.decode()
    return page


def test_the_symptom_check_action_link_has_the_design_systems_arrow(home_page: str) -> None:
    [link] = action_links(home_page)

    assert link.startswith('<a class="nhsuk-action-link" href="/check/">')
    icon = re.search(r"<svg ([^>]*)>(.*?)</svg>", link, flags=re.DOTALL)
    assert icon is not None
    assert icon.group(1) == (
        'class="nhsuk-icon nhsuk-icon--arrow-right-circle" xmlns="http://www.w3.org/2000/svg" '
        'viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true"'
    )
    assert icon.group(2) == f'<path d="{design_system_icon("arrow-right-circle")}"/>'
    assert re.search(
        r'</svg>\s*<span class="nhsuk-action-link__text">Start the symptom check', link
    )


def test_no_action_link_uses_the_old_wrapper_markup(home_page: str) -> None:
    assert "nhsuk-action-link__link" not in home_page
    assert '<div class="nhsuk-action-link">' not in home_page


def test_the_arrow_needs_no_inline_script_or_style(home_page: str) -> None:
    [link] = action_links(home_page)

    assert "<script" not in link
    assert "<style" not in link
    assert " style=" not in link
    assert not re.search(r"\son\w+=", link)  # no onclick or other inline event handler
