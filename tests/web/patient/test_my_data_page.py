"""My data: what is held, the downloads, and the retention policy stated plainly."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, ContentFeedback, PainRecord

pytestmark = pytest.mark.django_db

PAGE = "/my-data/"


def test_the_page_counts_each_part_of_the_record(riverside: ClinicPeople) -> None:
    PainRecord.objects.create(patient=riverside.patient, date=dt.date(2026, 11, 1), score=4)
    PainRecord.objects.create(patient=riverside.patient, date=dt.date(2026, 11, 2), score=3)
    ContentFeedback.objects.create(item_id="faq", helpful=True, user=riverside.patient_user)

    page = client_for(riverside.patient_user).get(PAGE).content.decode()

    assert "Pat, patient@riverside.example, at Riverside Clinic" in page
    assert (
        '<dt class="nhsuk-summary-list__key">Pain scores</dt>\n'
        '        <dd class="nhsuk-summary-list__value">2</dd>'
    ) in page
    assert (
        '<dt class="nhsuk-summary-list__key">Feedback on Learn pages</dt>\n'
        '        <dd class="nhsuk-summary-list__value">1</dd>'
    ) in page
    assert "the audit log" in page


def test_the_page_links_both_downloads_and_account_deletion(riverside: ClinicPeople) -> None:
    page = client_for(riverside.patient_user).get(PAGE).content.decode()

    assert 'href="/my-data/summary.pdf"' in page
    assert 'href="/my-data/download.json"' in page
    assert 'href="/my-data/delete/"' in page


@override_settings(RETENTION_YEARS=8)
def test_the_page_states_the_retention_period_from_the_setting(riverside: ClinicPeople) -> None:
    page = client_for(riverside.patient_user).get(PAGE).content.decode()

    assert "we keep it, hidden, for 8 years." in " ".join(page.split())


def test_opening_the_page_is_a_read_in_the_audit_log(riverside: ClinicPeople) -> None:
    client_for(riverside.patient_user).get(PAGE)

    event = AuditEvent.objects.get(action=AuditAction.READ)
    assert event.patient_id == riverside.patient.pk
