"""The filtered audit events download as CSV, and the download is itself an audit event."""

from __future__ import annotations

import csv
import io

import pytest
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.audit import CSV_COLUMNS
from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode())))


def test_the_csv_holds_the_filtered_events_of_this_clinic_only(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    for people in (riverside, hillside):
        client_for(people.clinician).get(f"/clinic/patients/{people.patient.pk}/referral-letter/")

    response = client_for(riverside.admin).get("/clinic/audit-log.csv?action=read")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert [(row["actor_email"], row["action"]) for row in rows(response.content)] == [
        ("clinician@riverside.example", "read")
    ]
    assert tuple(rows(response.content)[0]) == CSV_COLUMNS


def test_the_file_is_named_for_the_clinic_and_the_day(riverside: ClinicPeople) -> None:
    response = client_for(riverside.admin).get("/clinic/audit-log.csv")

    assert response["Content-Disposition"] == (
        f'attachment; filename="audit-log-riverside-{timezone.localdate():%Y-%m-%d}.csv"'
    )


def test_the_export_is_recorded_as_an_export_event(riverside: ClinicPeople) -> None:
    client_for(riverside.admin).get("/clinic/audit-log.csv?action=login")

    export = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert (export.actor_email, export.clinic_id) == (
        "admin@riverside.example",
        riverside.clinic.pk,
    )
    assert export.path == "/clinic/audit-log.csv?action=login"


@pytest.mark.parametrize("query", ["date_from=soon", "date_to=9999-12-31"])
def test_filters_with_errors_send_the_admin_back_to_the_log_to_correct_them(
    riverside: ClinicPeople, query: str
) -> None:
    response = client_for(riverside.admin).get(f"/clinic/audit-log.csv?{query}")

    assert response.status_code == 302
    assert response["Location"] == f"/clinic/audit-log/?{query}"
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_a_change_of_settings_is_exported_from_what_to_what(riverside: ClinicPeople) -> None:
    admin = client_for(riverside.admin)
    admin.post(
        "/clinic/settings/",
        {"visa_a_mcid": "10", "visa_a_interval_weeks": "2", "follow_up_weeks": "6, 12"},
    )

    response = admin.get("/clinic/audit-log.csv?action=write")

    (row,) = rows(response.content)
    assert (row["object_type"], row["changes"]) == (
        "Clinic",
        '{"visa_a_mcid": {"from": 14, "to": 10.0}}',
    )
