"""The browser harness: Playwright drives Debian's /usr/bin/chromium against a live server.

One browser for the whole session (start-up is the slow part); a new context, with its own
cookies, for every test. The server is pytest-django's `live_server` on the test database
(transactional, so the server thread sees what a test seeds through the ORM).

Without /usr/bin/chromium, axe-core (node_modules, from `npm ci`) or the built stylesheet
(var/frontend, from `npm run build`), the browser tests are skipped with a message saying how to
install the missing piece, except in CI (CI=true), where they fail: CI must run them.
Every test here is marked `browser` (deselect with `-m "not browser"`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from pytest_django.live_server_helper import LiveServer
from web.browser.axe import PHONE
from web.browser.demo_clinic import DemoClinic, seed_demo_clinic
from web.browser.installed import CHROMIUM, require_installed

from achillespath.web.models import Clinic, User
from achillespath.web.models.clinics import PUBLIC_CLINIC_SLUG

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 15_000
BROWSER_TESTS = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: runs in Chromium through Playwright (tests/web/browser)"
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the browser tests and run them last, after pytest-django's ordering: the browser
    (and Playwright's event loop) then lives only while they run."""
    others: list[pytest.Item] = []
    browser_tests: list[pytest.Item] = []
    for item in items:
        (browser_tests if BROWSER_TESTS in item.path.parents else others).append(item)
    for item in browser_tests:
        item.add_marker(pytest.mark.browser)
    items[:] = others + browser_tests


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    require_installed()
    # Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM
    # calls while one runs unless told they are safe. They are: the tests seed data between two
    # browser steps, never during one.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as driver:
            yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture
def site(live_server: LiveServer, transactional_db: None) -> str:
    """The live server's base URL, with the built-in public clinic in the database (a
    transactional test starts with empty tables, without the rows migrations created)."""
    Clinic.objects.get_or_create(
        slug=PUBLIC_CLINIC_SLUG, defaults={"name": "Public symptom check", "is_public": True}
    )
    return live_server.url


@pytest.fixture
def context(browser: Browser, site: str) -> Iterator[BrowserContext]:
    """A fresh phone-sized context: no cookies. bypass_csp lets axe-core be injected; the
    site's own scripts still run under the policy the server sends."""
    fresh = browser.new_context(base_url=site, viewport=PHONE, bypass_csp=True)
    fresh.set_default_timeout(TIMEOUT_MS)
    yield fresh
    fresh.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture
def demo(site: str) -> DemoClinic:
    return seed_demo_clinic()


@pytest.fixture
def sign_in(context: BrowserContext, site: str) -> Callable[[User | None], None]:
    """Give the browser a signed-in session for a user (None: stay anonymous) without the login
    form, for the page checks; the walkthroughs log in through the form as people do."""

    def give_session(user: User | None) -> None:
        if user is None:
            return
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site}])

    return give_session
