"""Text people type wraps: a long unbroken message never makes a page scroll sideways."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page
from web.browser.demo_clinic import DemoClinic

from achillespath.web.models import Message, User

UNBROKEN = "x" * 5000  # the longest message the form takes, with no place to break


def page_width(page: Page) -> int:
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return width


def test_a_long_unbroken_message_wraps_for_the_patient_and_the_clinician(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    Message.objects.create(patient=demo.record, author=demo.patient, body=UNBROKEN)
    viewport = page.viewport_size
    assert viewport is not None

    sign_in(demo.patient)
    page.goto("/messages/")
    assert page_width(page) <= viewport["width"]

    sign_in(demo.clinician)
    for path in (
        f"/clinic/patients/{demo.record.pk}/",
        f"/clinic/patients/{demo.record.pk}/messages/",
    ):
        page.goto(path)
        assert page_width(page) <= viewport["width"], path
