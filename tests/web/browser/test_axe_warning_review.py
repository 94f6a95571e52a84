"""Recording that a reported warning sign was assessed: the page passes axe-core at phone and
desktop widths, and so does the patient page that confirms it."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse
from playwright.sync_api import Page, expect
from web.browser.axe import assert_accessible
from web.browser.demo_clinic import DemoClinic
from web.browser.visitor import submit

from achillespath.web.models import Patient, User


def test_recording_that_femis_snap_was_assessed_is_accessible_and_confirmed(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    femi = Patient.objects.get(clinic=demo.record.clinic, display_name="Femi Adeyemi")
    sign_in(demo.clinician)

    page.goto(reverse("clinician:warning-review", args=[femi.pk]))
    expect(page.get_by_text("A snap or pop at the back of the ankle")).to_be_visible()
    assert_accessible(page, "recording that the warning signs were assessed")
    page.get_by_label("Note (optional)").fill("Seen in clinic: calf squeeze normal.")
    submit(page, page.get_by_role("button", name="Record that this was assessed"))

    confirmation = page.get_by_text("Recorded that the warning signs Femi Adeyemi reported")
    expect(confirmation).to_be_visible()
    assert_accessible(page, "the patient page after recording the assessment")
