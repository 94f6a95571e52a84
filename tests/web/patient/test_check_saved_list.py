"""A patient finds their saved checks again: the symptom check's start page lists them, newest
first, each linking to its result; nobody else's are listed."""

from __future__ import annotations

import pytest
from django.test import Client
from web.clinician.records import save_check
from web.patient.check_walk import START
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def test_the_start_page_lists_a_patients_saved_checks_newest_first(
    riverside: ClinicPeople,
) -> None:
    older = save_check(riverside.patient, heard_snap=True)
    newer = save_check(riverside.patient, breathless_or_chest_pain=True)

    page = client_for(riverside.patient_user).get(START).content.decode()

    assert "Your saved checks" in page
    assert page.index(f'href="/check/result/{newer.pk}/"') < page.index(
        f'href="/check/result/{older.pk}/"'
    )
    assert "Call 999 now" in page and "Get medical help today" in page


def test_listing_them_is_recorded_as_a_read_of_the_record(riverside: ClinicPeople) -> None:
    save_check(riverside.patient, heard_snap=True)

    client_for(riverside.patient_user).get(START)

    assert AuditEvent.objects.filter(
        patient=riverside.patient, action=AuditAction.READ, path=START
    ).exists()


def test_nobody_else_sees_a_patients_saved_checks(riverside: ClinicPeople) -> None:
    saved = save_check(riverside.other_patient, heard_snap=True)

    for client in (Client(), client_for(riverside.patient_user), client_for(riverside.clinician)):
        page = client.get(START).content.decode()
        assert f"/check/result/{saved.pk}/" not in page
