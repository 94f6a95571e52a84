"""axe-core finds no violation on a form shown again with its errors (the error summary at the
top, each message next to its field), at phone and desktop widths, for every form on the site.

Each form is sent with every box it types into emptied (the forms that start filled in, such as
today's date on the daily log, too), which is an error on each of them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from web.browser.axe import assert_accessible
from web.browser.demo_clinic import DemoClinic
from web.browser.routes import Route, visited_routes
from web.browser.visitor import submit

from achillespath.web.models import User

TYPED = "input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea"

# (route, who fills it in, the button that sends it)
FORMS = [
    ("/accounts/login/", "anonymous", "Log in"),
    ("/accounts/register/", "anonymous", "Create account"),
    ("/accounts/invitation/<str:token>/", "anonymous", "Create account"),
    ("/learn/<slug:item_id>/", "anonymous", "Send feedback"),
    ("/log/", "patient", "Save"),
    ("/log/<str:day>/", "patient", "Save"),
    ("/visa-a/", "patient", "Send my answers"),
    ("/messages/", "patient", "Send the message"),
    ("/my-data/delete/", "patient", "Delete my account"),
    ("/api-keys/", "clinician", "Make a key"),
    ("/clinic/patients/<int:patient_id>/programme/", "clinician", "Save the programme"),
    (
        "/clinic/patients/<int:patient_id>/treatments/new/",
        "clinician",
        "Save the treatment episode",
    ),
    ("/clinic/patients/<int:patient_id>/messages/", "clinician", "Send the message"),
    ("/clinic/settings/", "admin", "Save settings"),
    ("/clinic/invitations/", "admin", "Create invitation"),
]
ROUTES = visited_routes()


@pytest.mark.parametrize(("pattern", "visitor", "button"), FORMS, ids=[f[0] for f in FORMS])
def test_a_form_sent_empty_shows_its_errors_without_violations(
    pattern: str,
    visitor: str,
    button: str,
    *,
    page: Page,
    demo: DemoClinic,
    sign_in: Callable[[User | None], None],
) -> None:
    route: Route = ROUTES[pattern]
    sign_in(demo.user(visitor))
    response = page.goto(route.url(demo.values))
    assert response is not None and response.ok, f"{page.url}: {response and response.status}"
    send = page.get_by_role("button", name=button, exact=True)
    form = page.locator("form").filter(has=send)
    for box in form.locator(TYPED).all():
        box.fill("")

    submit(page, send)

    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    expect(page.locator(".nhsuk-error-message").first).to_be_visible()
    assert_accessible(page, f"{route.name} with errors")


def test_the_referral_letter_page_asked_for_a_recipient_it_does_not_know(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    """Its form is a GET: without a choice it simply asks again, so the error needs a bad one."""
    sign_in(demo.clinician)
    url = ROUTES["/clinic/patients/<int:patient_id>/referral-letter/"].url(demo.values)

    page.goto(f"{url}?for=nobody")

    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_accessible(page, "the referral letter page with an error")
