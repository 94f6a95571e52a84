"""A patient's first weeks, clicked and typed through on a phone-sized screen.

Sam checks his symptoms without an account (gradual pain in the middle of the tendon: see a GP
or physiotherapist and start loading), then checks again answering that the pain started
suddenly (stop: get help today, no exercises). His clinic has since prescribed the midportion
programme: he logs in, opens My plan, logs today's session (it hurt more than usual: 6/10) and
back-fills the six settled days before it, sees the next session ease off with its reason,
answers a VISA-A, and reads his progress tables.
Only the clinic and his account are made through the ORM.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from playwright.sync_api import Page, expect
from web.browser.symptom_check import SAM_ROUTINE, answer_all, start
from web.browser.visitor import follow_menu, log_in, submit
from web.patient.programme_records import VISA_A_41, prescribe
from web.people import PASSWORD, make_user

from achillespath.web.models import Clinic, Patient, Role

EMAIL = "sam@northgate.example"
PROGRAMME = "Heavy-load heel-lowering (Alfredson programme)"
LOGGED_DAYS = 7
VISA_A_ITEMS = {name: value for name, value in VISA_A_41.items() if name != "pain"}


def seed_sam_with_a_programme() -> None:
    """Sam's clinic started him on the midportion programme 10 days ago, at body weight."""
    clinic = Clinic.objects.create(name="Northgate Physiotherapy", slug="northgate")
    user = make_user(EMAIL, Role.PATIENT, clinic)
    patient = Patient.objects.create(user=user, clinic=clinic, display_name="Sam Okafor")
    prescribe(patient, "midportion", started_days_ago=10)


def check_symptoms_without_an_account(page: Page) -> None:
    page.goto("/")
    follow_menu(page, "Symptom check")
    start(page)
    answer_all(page, SAM_ROUTINE)

    result = page.get_by_role("main")
    expect(result.get_by_role("heading", level=1)).to_contain_text(
        "Book an appointment with a GP or physiotherapist"
    )
    expect(result.get_by_role("heading", name="Calf-strengthening programme")).to_be_visible()
    expect(result.get_by_text("Why: Your pain is in the middle of the tendon.")).to_be_visible()
    expect(result.get_by_role("heading", name="Sources")).to_be_visible()
    expect(result.locator("ol li[id^=source-]").first).to_be_visible()


def check_again_with_a_sudden_start(page: Page) -> None:
    page.get_by_role("link", name="Start a new symptom check").click()
    start(page)
    page.get_by_label("No", exact=True).check()
    submit(page, page.get_by_role("button", name="Continue"))
    page.locator("input[name=onset][value=sudden]").check()
    submit(page, page.get_by_role("button", name="Continue"))

    result = page.get_by_role("main")
    expect(result.get_by_role("heading", level=1)).to_contain_text("Get medical help today")
    expect(result).to_contain_text("start exercises for this until you have been checked")
    expect(result.get_by_role("heading", name="Calf-strengthening programme")).to_have_count(0)


def log_a_session(page: Page, pain_during: int) -> None:
    page.get_by_label("Sets done").fill("6")
    page.get_by_label("Extra weight (kg)").fill("0")
    page.get_by_label("Worst pain during the exercises (0 to 10)").fill(str(pain_during))
    page.get_by_label("Pain on getting up (0 to 10)").fill("1")
    page.get_by_label("Stiffness on getting up (minutes)").fill("5")
    submit(page, page.get_by_role("button", name="Save"))
    expect(page.get_by_role("heading", name="Saved", level=1)).to_be_visible()


def log_today_and_back_fill_six_days(page: Page) -> None:
    follow_menu(page, "Daily log")
    log_a_session(page, pain_during=6)
    expect(page.get_by_role("main")).to_contain_text("Your log for today is saved.")
    today = timezone.localdate()
    for days_ago in range(1, LOGGED_DAYS):
        day = today - dt.timedelta(days=days_ago)
        follow_menu(page, "Daily log")
        page.get_by_role("link", name=f"Add the log for {day:%A} {day.day} {day:%B}").click()
        log_a_session(page, pain_during=2)
        expect(page.get_by_role("main")).to_contain_text(
            f"Your log for {day:%A} {day.day} {day:%B} is saved."
        )


def answer_a_visa_a(page: Page) -> None:
    follow_menu(page, "VISA-A")
    for name, value in VISA_A_ITEMS.items():
        page.locator(f"input[name={name}][value='{value}']").check()
    page.get_by_label("Your Achilles pain today (0 to 10)").fill(VISA_A_41["pain"])
    submit(page, page.get_by_role("button", name="Send my answers"))

    expect(page.get_by_role("heading", level=1)).to_have_text("Your VISA-A score: 41 out of 100")


def read_progress_tables(page: Page) -> None:
    follow_menu(page, "Progress")
    pain = page.get_by_role("table", name="Your pain scores (0 to 10)")
    visa_a = page.get_by_role("table", name="Your VISA-A scores (0 to 100, 100 is best)")
    exercised = page.get_by_role("table", name="Days you exercised")

    expect(pain.locator("tbody tr")).to_have_count(LOGGED_DAYS)
    expect(visa_a.locator("tbody")).to_contain_text("41")
    expect(exercised).to_be_visible()


def test_sam_checks_his_symptoms_then_follows_his_programme_for_a_week(
    page: Page, site: str
) -> None:
    seed_sam_with_a_programme()

    check_symptoms_without_an_account(page)
    check_again_with_a_sudden_start(page)

    log_in(page, EMAIL, PASSWORD)
    follow_menu(page, "My plan")
    expect(page.get_by_role("heading", name="Today's session")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(PROGRAMME)

    log_today_and_back_fill_six_days(page)
    follow_menu(page, "My plan")
    advice = page.locator(".nhsuk-card").filter(has=page.get_by_role("heading", level=3)).first
    expect(advice.get_by_role("heading")).to_contain_text("Reduce Ease off")
    expect(advice).to_contain_text(
        "Your pain during exercise was 6/10, above the 5/10 that is allowed. Ease off next time."
    )

    answer_a_visa_a(page)
    read_progress_tables(page)
