"""A letter to another service carries the patient's NHS number and date of birth, so that
service can match it to the right person. Clinic staff record them on the patient's record:
checked (the NHS number's check digit, no date of birth in the future), audited, and erased
with the rest of the record when it is purged.

Vignette: Patricia's physiotherapist copies her NHS number, 943 476 5919, and her date of birth,
14 March 1966, from her GP's letter before writing to an ATE clinic.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from web.api.calls import api_client
from web.people import ClinicPeople, client_for

from achillespath.web import audit, retention
from achillespath.web.models import AuditAction, AuditEvent, Patient
from achillespath.web.reports.referral import Recipient, referral_letter

pytestmark = pytest.mark.django_db

NHS_NUMBER = "943 476 5919"
BORN = dt.date(1966, 3, 14)


def details_url(patient: Patient) -> str:
    return reverse("clinician:patient-details", args=[patient.pk])


def record(people: ClinicPeople, nhs_number: str = NHS_NUMBER, born: str = "14/03/1966") -> str:
    """Post the form; the page shown after (the patient page, or the form with its errors)."""
    response = client_for(people.clinician).post(
        details_url(people.patient),
        {"nhs_number": nhs_number, "date_of_birth": born},
        follow=True,
    )
    assert response.status_code == 200
    return response.content.decode()


def test_the_nhs_number_and_date_of_birth_are_stored_and_set_the_year_of_birth(
    riverside: ClinicPeople,
) -> None:
    page = record(riverside)

    riverside.patient.refresh_from_db()
    assert riverside.patient.nhs_number == "9434765919"
    assert riverside.patient.date_of_birth == BORN
    assert riverside.patient.year_of_birth == 1966
    assert NHS_NUMBER in page
    assert "14 Mar 1966" in page


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("943 476 5918", "its last digit does not match the others"),
        ("94347659", "Enter the NHS number as 10 digits"),
        ("nine four three", "Enter the NHS number as 10 digits"),
    ],
)
def test_a_mistyped_nhs_number_is_refused_next_to_the_field_and_kept(
    riverside: ClinicPeople, typed: str, message: str
) -> None:
    page = record(riverside, nhs_number=typed)

    assert message in page
    assert f'value="{typed}"' in page
    riverside.patient.refresh_from_db()
    assert riverside.patient.nhs_number == ""


def test_a_date_of_birth_in_the_future_is_refused(riverside: ClinicPeople) -> None:
    tomorrow = timezone.localdate() + dt.timedelta(days=1)

    page = record(riverside, born=tomorrow.isoformat())

    assert "A date of birth cannot be in the future" in page
    riverside.patient.refresh_from_db()
    assert (riverside.patient.nhs_number, riverside.patient.date_of_birth) == ("", None)


def test_two_patients_of_one_clinic_cannot_share_an_nhs_number(riverside: ClinicPeople) -> None:
    riverside.other_patient.nhs_number = "9434765919"
    riverside.other_patient.save(update_fields=["nhs_number"])

    page = record(riverside)

    assert "Another patient of this clinic has this NHS number" in page


def test_empty_boxes_clear_identifiers_recorded_in_error(riverside: ClinicPeople) -> None:
    record(riverside)

    record(riverside, nhs_number="", born="")

    riverside.patient.refresh_from_db()
    assert (riverside.patient.nhs_number, riverside.patient.date_of_birth) == ("", None)


def test_reading_and_changing_the_identifiers_is_audited(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).get(details_url(riverside.patient))
    record(riverside)

    actions = AuditEvent.objects.filter(
        patient=riverside.patient, path=details_url(riverside.patient)
    ).values_list("action", flat=True)
    assert sorted(actions) == sorted([AuditAction.READ, AuditAction.READ, AuditAction.WRITE])


@pytest.mark.parametrize("recipient", list(Recipient))
def test_the_letter_carries_the_nhs_number_and_date_of_birth(
    riverside: ClinicPeople, recipient: Recipient
) -> None:
    record(riverside)
    riverside.patient.refresh_from_db()

    letter = referral_letter(
        riverside.patient, recipient, author=riverside.clinician, today=timezone.localdate()
    )

    assert (letter.nhs_number, letter.date_of_birth) == (NHS_NUMBER, BORN)


def test_the_api_gives_the_identifiers(riverside: ClinicPeople) -> None:
    record(riverside)

    found = api_client(riverside.clinician).get(f"/api/patients/{riverside.patient.pk}").json()

    assert (found["nhs_number"], found["date_of_birth"]) == ("9434765919", "1966-03-14")


def test_purging_the_record_erases_the_identifiers(riverside: ClinicPeople) -> None:
    record(riverside)
    patient = riverside.patient
    patient.soft_delete(timezone.now(), retention_years=0)

    retention.purge_expired(timezone.localdate() + dt.timedelta(days=1))

    patient.refresh_from_db()
    assert (patient.nhs_number, patient.date_of_birth, patient.year_of_birth) == ("", None, None)


def test_the_audit_log_says_what_each_identifier_was_and_became(riverside: ClinicPeople) -> None:
    # Walkthrough: the audit CSV's "changes" column was empty for a changed NHS number.
    record(riverside)
    record(riverside, nhs_number="401 023 2137", born="14/03/1966")

    writes = AuditEvent.objects.filter(
        patient=riverside.patient, action=AuditAction.WRITE, path=details_url(riverside.patient)
    ).order_by("at")
    assert [event.changes for event in writes] == [
        {
            "nhs_number": {"from": None, "to": "9434765919"},
            "date_of_birth": {"from": None, "to": "1966-03-14"},
        },
        {"nhs_number": {"from": "9434765919", "to": "4010232137"}},
    ]
    out = io.StringIO()
    audit.write_csv(writes, out)
    assert '""from"": ""9434765919"", ""to"": ""4010232137""' in out.getvalue()
