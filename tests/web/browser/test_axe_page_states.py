"""axe-core finds no violation on the pages a plain visit to each URL does not show: after a
daily log is saved, after a warning sign is reported (and the plan it pauses), without a
programme, for a self-registered patient whom no clinic looks after, a day outside the log
window, the clinician's programme page warning about the pain site, a locked-out login, the
error pages, an invitation revoked or expired (to the clinic admin and to the person invited),
an invitation for a self-registered patient's account (log in, accept, or refused to someone
else), an invitation's page after "Send again", a new API key shown once and the page after
revoking one (for its owner and for the clinic admin). At phone and desktop widths."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from web.browser.axe import assert_accessible
from web.browser.demo_clinic import DemoClinic
from web.browser.routes import visited_routes
from web.browser.visitor import submit

from achillespath.web.models import Clinic, Invitation, Patient, Role, User

NOT_A_PASSWORD = "not the password"
ROUTES = visited_routes()
INVITATION_PAGE = "/clinic/invitations/<int:pk>/"
# (the invitation's state, who looks, the page, words that show the page is in that state)
INVITATIONS_NO_LONGER_WAITING = [
    ("revoked", "admin", "/clinic/invitations/", "Revoked on"),
    ("revoked", "admin", INVITATION_PAGE, "Revoked on"),
    ("revoked", "anonymous", "/accounts/invitation/<str:token>/", "has withdrawn this invitation"),
    ("expired", "anonymous", "/accounts/invitation/<str:token>/", "may have expired"),
]


def fill_a_settled_log(page: Page) -> None:
    page.get_by_label("Sets done").fill("6")
    page.get_by_label("Extra weight (kg)").fill("0")
    page.get_by_label("Worst pain during the exercises (0 to 10)").fill("2")


def test_a_saved_daily_log_with_the_next_session(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    sign_in(demo.patient)
    page.goto("/log/")
    fill_a_settled_log(page)

    submit(page, page.get_by_role("button", name="Save"))

    expect(page.get_by_role("heading", name="Saved", level=1)).to_be_visible()
    assert_accessible(page, "a saved daily log")


def test_a_log_reporting_a_warning_sign_and_the_plan_it_pauses(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    sign_in(demo.patient)
    page.goto("/log/")
    fill_a_settled_log(page)
    page.locator("input[name=warning_signs]").first.check()

    submit(page, page.get_by_role("button", name="Save"))
    expect(page.get_by_role("heading", name="Saved")).to_have_count(0)
    assert_accessible(page, "the advice after a warning sign in a daily log")
    page.goto("/plan/")
    expect(page.get_by_role("heading", name="Today's session")).to_have_count(0)
    assert_accessible(page, "the plan paused by a warning sign")


def test_a_patient_without_a_programme(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    newcomer = User.objects.create_user(
        "newcomer@example.org", NOT_A_PASSWORD, role=Role.PATIENT, clinic=demo.record.clinic
    )
    Patient.objects.create(user=newcomer, clinic=demo.record.clinic, display_name="Newcomer")
    sign_in(newcomer)

    for url in ("/plan/", "/log/", "/visa-a/", "/progress/"):
        response = page.goto(url)
        assert response is not None and response.ok, f"{url}: {response and response.status}"
        assert_accessible(page, f"{url} before a programme is prescribed")


def test_a_self_registered_patient_whom_no_clinic_looks_after(
    page: Page, sign_in: Callable[[User | None], None]
) -> None:
    public = Clinic.objects.public()
    walker = User.objects.create_user(
        "ola.walker@example.org", NOT_A_PASSWORD, role=Role.PATIENT, clinic=public
    )
    Patient.objects.create(user=walker, clinic=public, display_name="Ola Walker")
    sign_in(walker)

    for url in ("/plan/", "/log/", "/progress/", "/messages/", "/my-data/"):
        response = page.goto(url)
        assert response is not None and response.ok, f"{url}: {response and response.status}"
        assert_accessible(page, f"{url} for a patient whom no clinic looks after")


def test_a_self_registered_patient_invited_by_a_clinic(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    """The link asks them to log in, the join page asks them to accept, and the demo patient,
    logged in instead, is refused."""
    public = Clinic.objects.public()
    walker = User.objects.create_user(
        "ola.walker@example.org", NOT_A_PASSWORD, role=Role.PATIENT, clinic=public
    )
    Patient.objects.create(user=walker, clinic=public, display_name="Ola Walker")
    invitation = Invitation.objects.create(
        clinic=demo.record.clinic, role=Role.PATIENT, email=walker.email
    )
    link, join = f"/accounts/invitation/{invitation.token}/", f"/join/{invitation.token}/"
    # (who, page, status, words that show the page is in that state)
    for visitor, url, status, shown in [
        (None, link, 200, "Log in to accept"),
        (walker, join, 200, "If you accept, your account"),
        (demo.patient, join, 403, "but you are logged in as"),
    ]:
        sign_in(visitor)
        response = page.goto(url)
        assert response is not None and response.status == status, url
        expect(page.get_by_text(shown).first).to_be_visible()
        assert_accessible(page, f"{url} for an invited account as {visitor}")


def test_a_day_outside_the_log_window(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    sign_in(demo.patient)
    long_ago = timezone.localdate() - dt.timedelta(days=60)

    response = page.goto(f"/log/{long_ago.isoformat()}/")

    assert response is not None and response.status == 404
    assert_accessible(page, "a day that can no longer be logged")


def test_the_programme_page_warns_when_the_programme_does_not_fit_the_pain_site(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    """Erin, in the demo, has pain at the insertion: the step programmes do not fit."""
    erin = Patient.objects.get(clinic=demo.record.clinic, display_name="Erin Walsh")
    sign_in(demo.clinician)

    page.goto(f"/clinic/patients/{erin.pk}/programme/")

    expect(page.get_by_role("heading", name="Pain at the insertion")).to_be_visible()
    assert_accessible(page, "the programme page with its pain-site warning")


def test_the_login_page_after_too_many_wrong_passwords(page: Page, demo: DemoClinic) -> None:
    page.goto("/accounts/login/")
    for _ in range(5):
        page.get_by_label("Email address").fill(demo.patient.email)
        page.get_by_label("Password").fill(NOT_A_PASSWORD)
        submit(page, page.get_by_role("button", name="Log in"))

    expect(page.get_by_role("heading", level=1)).to_have_text("Too many attempts to log in")
    assert_accessible(page, "the locked-out page")


@pytest.mark.parametrize(
    ("visitor", "url", "status"),
    [
        ("anonymous", "/no-such-page/", 404),
        ("patient", "/clinic/", 403),
        ("anonymous", "/accounts/invitation/not-a-token/", 404),
    ],
    ids=["not found", "not for this role", "invitation not valid"],
)
def test_an_error_page(
    visitor: str,
    url: str,
    status: int,
    *,
    page: Page,
    demo: DemoClinic,
    sign_in: Callable[[User | None], None],
) -> None:
    sign_in(demo.user(visitor))

    response = page.goto(url)

    assert response is not None and response.status == status
    assert_accessible(page, f"the {status} page")


@pytest.mark.parametrize(
    ("state", "visitor", "pattern", "shown"),
    INVITATIONS_NO_LONGER_WAITING,
    ids=[
        f"{state} {pattern} as {visitor}"
        for state, visitor, pattern, _ in INVITATIONS_NO_LONGER_WAITING
    ],
)
def test_an_invitation_no_longer_waiting(
    state: str,
    visitor: str,
    pattern: str,
    shown: str,
    *,
    page: Page,
    demo: DemoClinic,
    sign_in: Callable[[User | None], None],
) -> None:
    invitation = demo.invitations[state]
    sign_in(demo.user(visitor))

    page.goto(ROUTES[pattern].url({"pk": invitation.pk, "token": invitation.token}))

    expect(page.get_by_text(shown)).to_be_visible()
    assert_accessible(page, f"{pattern} for a {state} invitation as {visitor}")


def test_an_invitation_sent_again_says_until_when_its_link_works(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    sign_in(demo.admin)
    page.goto(ROUTES[INVITATION_PAGE].url(demo.values))

    submit(page, page.get_by_role("button", name="Send again"))

    expect(page.get_by_role("status")).to_contain_text("Its link now works for")
    assert_accessible(page, "an invitation's page after Send again")


def test_a_new_api_key_shown_once_and_the_page_after_revoking_it(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    sign_in(demo.patient)
    page.goto("/api-keys/")
    page.get_by_label("What is the key for?").fill("Step counter")

    submit(page, page.get_by_role("button", name="Make a key"))
    expect(page.get_by_label("Your new key")).to_have_value(re.compile(r"^achp_"))
    assert_accessible(page, "a new API key, shown once")
    submit(page, page.get_by_role("button", name="Revoke the key “Step counter”"))

    expect(page.get_by_role("status")).to_contain_text("“Step counter” is revoked")
    assert_accessible(page, "the API keys page after revoking one")


def test_the_clinics_api_keys_after_revoking_one(
    page: Page, demo: DemoClinic, sign_in: Callable[[User | None], None]
) -> None:
    sign_in(demo.admin)
    page.goto("/clinic/api-keys/")

    submit(page, page.get_by_role("button", name="Revoke the key “Running app”", exact=False))

    expect(page.get_by_role("status")).to_contain_text("“Running app” of ")
    assert_accessible(page, "the clinic's API keys after revoking one")
