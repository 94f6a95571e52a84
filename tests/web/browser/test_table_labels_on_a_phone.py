"""On a phone, the tables of the caseload, the clinician's patient page and the audit log show
each cell's label on one line, never broken mid-word beside a long value ("F/la/g/s")."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page
from web.browser.demo_clinic import DemoClinic

from achillespath.web.models import User

# A label's lines, counted from its text's line boxes (the label itself is stretched to the
# height of its value, so its own height says nothing).
BROKEN_LABELS = """() => [...document.querySelectorAll(".nhsuk-table__heading")]
  .filter((label) => label.offsetParent !== null)
  .filter((label) => {
    const text = document.createRange();
    text.selectNodeContents(label);
    const tops = new Set([...text.getClientRects()].map((box) => Math.round(box.top)));
    return tops.size > 1;
  })
  .map((label) => label.textContent.trim())"""


def broken_labels(page: Page) -> list[str]:
    labels: list[str] = page.evaluate(BROKEN_LABELS)
    return labels


def test_every_label_stays_on_one_line_at_phone_width(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    viewport = page.viewport_size
    assert viewport is not None and viewport["width"] <= 400

    sign_in(demo.clinician)
    for path in ("/clinic/", f"/clinic/patients/{demo.record.pk}/"):
        page.goto(path)
        assert page.locator(".nhsuk-table__heading").count() > 0, path
        assert broken_labels(page) == [], path

    sign_in(demo.admin)
    page.goto("/clinic/audit-log/")
    assert page.locator(".nhsuk-table__heading").count() > 0
    assert broken_labels(page) == []
