"""The referral letter downloads as a PDF named for the patient and the day, and is audited."""

from __future__ import annotations

import pytest
from django.utils import timezone
from web.clinic_admin.vignettes import give_sam_a_record
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def letter_url(patient_id: int, recipient: str = "gp") -> str:
    return f"/clinic/patients/{patient_id}/referral-letter/?for={recipient}"


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
