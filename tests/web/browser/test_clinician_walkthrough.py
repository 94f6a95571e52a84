"""A clinician's morning, clicked and typed through on a desktop screen.

Jordan logs in to the caseload. Dana, on the midportion programme, has not logged for 6 days and
is at the top with the reason; Lee, logging every day, has no flag. Jordan opens Dana's page,
reads the pathway advice and its sources (her symptom check put the pain where the tendon joins
the heel; her 12 days on the programme count as loading), changes her programme to the
floor-level insertional one with 2.5 kg, and
sees her page show the change. Dana then logs in and finds the new programme on My plan.
Only the clinic, the accounts and the records before today are made through the ORM.
"""

from __future__ import annotations

from django.utils import timezone
from playwright.sync_api import Page, expect
from web.browser.axe import DESKTOP
from web.browser.visitor import follow_menu, log_in, log_out, submit
from web.clinician.records import prescribe, save_check, steady_logs, visa_a
from web.people import PASSWORD, make_user

from achillespath.web.models import Clinic, Patient, Role

CLINICIAN = "jordan@northgate.example"
DANA = "dana@northgate.example"
MIDPORTION = "Heavy-load heel-lowering (Alfredson programme)"
INSERTIONAL = "Heel-lowering on the floor (insertional programme)"


def seed_the_clinic() -> None:
    """Dana: midportion programme for 12 days, logs until 6 days ago, and a symptom check with
    the pain at the insertion. Lee: heavy slow resistance for 12 days, a log every day. Both
    answered a VISA-A on the first day, so neither is due another yet."""
    clinic = Clinic.objects.create(name="Northgate Physiotherapy", slug="northgate")
    make_user(CLINICIAN, Role.CLINICIAN, clinic)
    dana = Patient.objects.create(
        user=make_user(DANA, Role.PATIENT, clinic), clinic=clinic, display_name="Dana Reid"
    )
    lee = Patient.objects.create(clinic=clinic, display_name="Lee Shaw")
    for patient, programme, site, last_log in (
        (dana, "midportion", "insertion", 6),
        (lee, "hsr", "midportion", 1),
    ):
        save_check(patient, pain_site=[site])
        prescribe(patient, programme, started_days_ago=12)
        steady_logs(patient, range(last_log, 13))
        visa_a(patient, days=12, total=60)


def see_the_flagged_patient_first(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text("Caseload")
    rows = page.get_by_role("table").locator("tbody tr")
    expect(rows.nth(0)).to_contain_text("Dana Reid")
    expect(rows.nth(0)).to_contain_text("No recent log")
    expect(rows.nth(0)).to_contain_text("No exercise log for 6 days")
    expect(rows.nth(1)).to_contain_text("Lee Shaw")
    expect(rows.nth(1)).to_contain_text("No flags")


def read_the_pathway_advice(page: Page) -> None:
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text("Dana Reid")
    expect(main.get_by_role("heading", name="Pathway advice")).to_be_visible()
    expect(main).to_contain_text("Insertional Achilles tendinopathy")
    # The prescribed programme counts as loading: 12 days of it, judged at 12 weeks.
    expect(main).to_contain_text("Loading for 1.7 weeks so far; judge it at 12 weeks")
    expect(main).to_contain_text("Physiotherapy review of exercise technique and load.")
    expect(main.get_by_role("heading", name="References")).to_be_visible()
    expect(main).to_contain_text("Alfredson H")


def change_to_the_insertional_programme(page: Page) -> None:
    page.get_by_role("link", name="Change the programme for Dana Reid").click()
    expect(page.get_by_role("main")).to_contain_text(f"Now on: {MIDPORTION}")
    page.get_by_label(INSERTIONAL).check()
    page.get_by_label("Start date").fill(timezone.localdate().isoformat())
    page.get_by_label("Load in kilograms from the next session").fill("2.5")
    page.get_by_label("Message to the patient (optional)").fill(
        "Your pain is where the tendon meets the heel, so do the heel drops on the floor."
    )
    submit(page, page.get_by_role("button", name="Save the programme"))


def test_jordan_finds_the_flagged_patient_and_changes_her_programme(page: Page, site: str) -> None:
    seed_the_clinic()
    page.set_viewport_size(DESKTOP)
    page.goto("/")

    log_in(page, CLINICIAN, PASSWORD)
    see_the_flagged_patient_first(page)
    page.get_by_role("link", name="Dana Reid").click()
    read_the_pathway_advice(page)
    change_to_the_insertional_programme(page)

    expect(page.get_by_role("heading", level=1)).to_have_text("Dana Reid")
    expect(page.get_by_role("main")).to_contain_text(
        f"{INSERTIONAL} (right side, starting load 2.5"
    )
    log_out(page)

    log_in(page, DANA, PASSWORD)
    follow_menu(page, "My plan")
    expect(page.get_by_role("main")).to_contain_text(INSERTIONAL)
    extra_weight = page.locator(".nhsuk-summary-list__row").filter(has_text="Extra weight")
    expect(extra_weight.first).to_contain_text("2.5 kg")
