"""The referral letter downloads as a PDF named for the patient and the day, and is audited."""

from __future__ import annotations

import re

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinic_admin.vignettes import give_sam_a_record
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, TreatmentEpisode
from achillespath.web.reports.referral import DISCLAIMER, TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db


def letter_url(patient_id: int, recipient: str = "gp") -> str:
    return f"/clinic/patients/{patient_id}/referral-letter/?for={recipient}"


def page_texts(people: ClinicPeople, recipient: Recipient) -> list[str]:
    """The text laid out on each page of the letter's PDF, without the page-number footer."""
    from weasyprint import HTML  # noqa: PLC0415 (slow to import, as in reports.pdf)

    letter = referral_letter(
        people.patient, recipient, author=people.clinician, today=timezone.localdate()
    )
    document = HTML(string=render_to_string(TEMPLATE, {"letter": letter})).render()
    texts = []
    for page in document.pages:
        boxes = page._page_box.descendants()  # WeasyPrint keeps the laid-out boxes private
        words = " ".join(box.text for box in boxes if hasattr(box, "text"))
        texts.append(re.sub(r"Page \d+ of \d+", "", words).strip())
    return texts


@pytest.mark.parametrize("recipient", ["gp", "physio", "specialist"])
def test_the_letter_is_a_pdf_for_each_recipient(riverside: ClinicPeople, recipient: str) -> None:
    give_sam_a_record(riverside.patient, timezone.localdate())

    response = client_for(riverside.clinician).get(letter_url(riverside.patient.pk, recipient))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("recipient", ["gp", "physio", "specialist"])
def test_the_file_is_named_for_the_recipient_the_patient_and_today(
    riverside: ClinicPeople, recipient: str
) -> None:
    response = client_for(riverside.admin).get(letter_url(riverside.patient.pk, recipient))

    today = timezone.localdate()
    name = f"referral-{recipient}-{riverside.patient.pk}-{today:%Y-%m-%d}.pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert "no-cache" in response["Cache-Control"]


def test_a_record_with_nothing_in_it_still_makes_a_letter(riverside: ClinicPeople) -> None:
    response = client_for(riverside.clinician).get(letter_url(riverside.other_patient.pk))

    assert response.content.startswith(b"%PDF")


def test_making_the_letter_is_audited_as_an_export_of_the_record(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).get(letter_url(riverside.patient.pk, "physio"))

    event = AuditEvent.objects.get(patient=riverside.patient)
    assert (event.action, event.actor_email) == (AuditAction.EXPORT, "clinician@riverside.example")


def test_the_disclaimer_is_never_alone_on_the_last_page(riverside: ClinicPeople) -> None:
    # Longer and longer notes on Sam's loading episode push the disclaimer, line by line,
    # past the point where it no longer fits at the foot of a page.
    give_sam_a_record(riverside.patient, timezone.localdate())
    episode = TreatmentEpisode.objects.get(patient=riverside.patient)
    disclaimer = " ".join(DISCLAIMER.split()[:6])
    for lines in range(1, 7):
        episode.notes = "\n".join(f"Session note {n}." for n in range(lines))
        episode.save()

        last_page = page_texts(riverside, Recipient.SPECIALIST)[-1]

        assert disclaimer in " ".join(last_page.split())
        assert not last_page.startswith("Prepared with achillespath"), f"{lines} lines of notes"
