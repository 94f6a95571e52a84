"""What a person does on every visit: send forms, log in and out with the header, and follow
the header's menu (on a phone, some links sit behind "More"). Import as `web.browser.visitor`."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect


def submit(page: Page, button: Locator) -> None:
    """Press a form's button and wait for the page it leads to."""
    with page.expect_navigation():
        button.click()


def log_in(page: Page, email: str, password: str) -> None:
    """From any page: the header's "Log in" link, then the login form."""
    page.get_by_role("banner").get_by_role("link", name="Log in").click()
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    submit(page, page.get_by_role("button", name="Log in"))
    expect(page.get_by_role("banner")).to_contain_text(email)


def log_out(page: Page) -> None:
    submit(page, page.get_by_role("banner").get_by_role("button", name="Log out"))
    expect(page.get_by_role("banner").get_by_role("link", name="Log in")).to_be_visible()


def follow_menu(page: Page, text: str) -> None:
    """Follow the header menu's link `text`, opening "More" first when it is tucked away."""
    menu = page.get_by_role("navigation", name="Menu")
    link = menu.get_by_role("link", name=text, exact=True)
    if not link.is_visible():
        menu.get_by_role("button", name="More").click()
    link.click()
    page.wait_for_load_state()
