"""The audit log lists the clinic's events newest first, a page at a time, filtered by patient,
actor, action and dates, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, Patient, User

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def event(
    people: ClinicPeople,
    action: AuditAction = AuditAction.READ,
    *,
    actor: User | None = None,
    patient: Patient | None = None,
    days_ago: int = 0,
    marker: str = "Patient",
) -> AuditEvent:
    actor = actor or people.clinician
    patient = patient or people.patient
    return AuditEvent.objects.create(
        at=NOW - dt.timedelta(days=days_ago),
        actor=actor,
        actor_email=actor.email,
        role=actor.role,
        clinic=people.clinic,
        patient=patient,
        action=action,
        object_type=marker,
        object_id=str(patient.pk),
        path=f"/clinic/patients/{patient.pk}/",
    )


def log(people: ClinicPeople, query: str = "") -> str:
    response = client_for(people.admin).get(f"/clinic/audit-log/{query}")
    assert response.status_code == 200
    return response.content.decode()


def listed_ids(page: str) -> list[str]:
    """The patient record numbers of the events a page lists, in order."""
    rows = page.split('<tr class="nhsuk-table__row" role="row">')[2:]
    return [row.split("(record ")[1].split(")")[0] for row in rows]


def test_events_are_listed_newest_first_with_who_what_and_where(riverside: ClinicPeople) -> None:
    event(riverside, patient=riverside.other_patient, days_ago=2)
    event(riverside, AuditAction.WRITE, days_ago=1)

    page = log(riverside, "?actor=clinician@")

    assert listed_ids(page) == [
        str(riverside.patient.pk),
        str(riverside.other_patient.pk),
    ]
    assert "clinician@riverside.example" in page
    assert "Clinician" in page
    assert f"/clinic/patients/{riverside.patient.pk}/" in page


def test_another_clinics_events_are_never_listed(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    event(hillside)

    assert "clinician@hillside.example" not in log(riverside)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?patient={other}", ["other"]),
        ("?actor=ADMIN@riverside", ["admin"]),
        ("?action=export", ["export"]),
        ("?date_from={five_days_ago}&date_to={three_days_ago}", ["old"]),
        ("?date_from={five_days_ago:%d/%m/%Y}&date_to={three_days_ago:%d/%m/%Y}", ["old"]),
    ],
)
def test_each_filter_narrows_the_events(
    riverside: ClinicPeople, query: str, expected: list[str]
) -> None:
    event(riverside, patient=riverside.other_patient, marker="other")
    event(riverside, actor=riverside.admin, marker="admin")
    event(riverside, AuditAction.EXPORT, marker="export")
    event(riverside, days_ago=4, marker="old")
    today = timezone.localdate(NOW)
    filled = query.format(
        other=riverside.other_patient.pk,
        five_days_ago=today - dt.timedelta(days=5),
        three_days_ago=today - dt.timedelta(days=3),
    )

    page = log(riverside, filled)

    shown = [name for name in ("other", "admin", "export", "old") if f">{name} " in page]
    assert shown == expected


def test_an_end_date_before_the_start_date_is_explained_and_the_dates_kept(
    riverside: ClinicPeople,
) -> None:
    page = log(riverside, "?date_from=2026-11-21&date_to=2026-11-01")

    assert page.count("The end date must be the same as or after the start date") == 2
    assert 'value="2026-11-21"' in page
    assert "Correct the filters above to see the events." in page


def test_a_date_that_is_not_a_date_names_the_field(riverside: ClinicPeople) -> None:
    page = log(riverside, "?date_from=31/02/2026")

    assert "Enter the start date as a real date, like 1/11/2026" in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?date_to=9999-12-31", "Enter the end date between 1/1/2000 and 31/12/2099"),
        ("?date_to=31/12/9999", "Enter the end date between 1/1/2000 and 31/12/2099"),
        ("?date_from=0001-01-01", "Enter the start date between 1/1/2000 and 31/12/2099"),
    ],
)
def test_a_date_far_outside_the_services_life_names_the_field_instead_of_failing(
    riverside: ClinicPeople, query: str, message: str
) -> None:
    page = log(riverside, query)

    assert page.count(message) == 2  # the summary and beside the field
    assert "Correct the filters above to see the events." in page


def test_an_unknown_patient_or_action_is_an_error_not_a_crash(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    page = log(riverside, f"?patient={hillside.patient.pk}&action=destroy")

    assert "Choose a patient from the list" in page
    assert "Choose an action from the list" in page


def test_events_come_50_to_a_page_with_the_filters_kept_in_the_page_links(
    riverside: ClinicPeople,
) -> None:
    for _ in range(60):
        event(riverside)

    first = log(riverside, "?action=read")
    second = log(riverside, "?action=read&page=2")

    assert "60 events, newest first. Showing 1 to 50." in first
    assert 'href="?action=read&amp;page=2"' in first
    assert "Showing 51 to 60." in second


def test_the_page_takes_the_same_number_of_queries_for_5_or_50_events(
    riverside: ClinicPeople,
) -> None:
    for _ in range(5):
        event(riverside)
    admin = client_for(riverside.admin)
    admin.get("/clinic/audit-log/")  # the session is loaded and cached

    with CaptureQueriesContext(connection) as few:
        admin.get("/clinic/audit-log/")
    for _ in range(45):
        event(riverside, patient=riverside.other_patient)
    with CaptureQueriesContext(connection) as many:
        admin.get("/clinic/audit-log/")

    assert len(many) == len(few)


def test_a_deleted_patients_events_stay_listed_by_record_number_only(
    riverside: ClinicPeople,
) -> None:
    event(riverside, patient=riverside.other_patient)
    riverside.other_patient.soft_delete(NOW, retention_years=8)

    events = log(riverside).split("<table")[1]

    assert f"(record {riverside.other_patient.pk})" in events
    assert "Other (record" not in events


def test_a_deleted_patient_can_still_be_chosen_to_filter_the_log_marked_as_deleted(
    riverside: ClinicPeople,
) -> None:
    event(riverside, patient=riverside.other_patient, marker="other")
    event(riverside, marker="pat")
    riverside.other_patient.soft_delete(NOW, retention_years=8)

    page = log(riverside, f"?patient={riverside.other_patient.pk}")

    assert f"Other (record {riverside.other_patient.pk}, account deleted)" in page
    assert "Choose a patient from the list" not in page
    assert [name for name in ("other", "pat") if f">{name} " in page] == ["other"]


def test_a_change_of_settings_is_listed_from_what_to_what(riverside: ClinicPeople) -> None:
    client_for(riverside.admin).post(
        "/clinic/settings/",
        {
            "second_line_services": ["eswt"],
            "visa_a_mcid": "7.5",
            "visa_a_interval_weeks": "2",
            "follow_up_weeks": "6, 12",
        },
    )

    page = log(riverside, "?action=write")

    assert "VISA-A change that counts as meaningful (MCID), in points: 14 → 7.5" in page
    assert "Second-line services this clinic offers: none → Shockwave therapy (ESWT)" in page


def test_the_admin_sees_failed_logins_on_their_clinics_accounts_only(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    for email in ("clinician@riverside.example", "clinician@hillside.example"):
        Client().post("/accounts/login/", {"username": email, "password": "wrong"})

    page = log(riverside, "?action=login_failed")

    assert "1 event," in page
    assert "Account of clinician@riverside.example" in page
    assert "hillside" not in page


def test_one_event_is_downloaded_as_this_event(riverside: ClinicPeople) -> None:
    event(riverside, AuditAction.DELETE)

    page = log(riverside, "?action=delete")

    assert "Download this event as CSV" in page
    assert "these 1" not in page
