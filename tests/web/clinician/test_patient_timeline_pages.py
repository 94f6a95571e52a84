"""The patient page's timeline comes a page at a time, newest first, with page links that work
without JavaScript; a page that is not a number or past the end still shows a page, and every
page view is audited as a read of the record."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from web.clinician.records import days_ago, steady_logs
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, Message
from achillespath.web.views.clinician.patient import TIMELINE_PER_PAGE
from achillespath.web.views.clinician.timeline import TimelineEntry, timeline_for

pytestmark = pytest.mark.django_db

LOGGED_DAYS = 120  # three pages: 50, 50 and 20


@pytest.fixture
def clinician(riverside: ClinicPeople) -> Client:
    steady_logs(riverside.patient, range(1, LOGGED_DAYS + 1))
    return client_for(riverside.clinician)


def noon(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


def timeline_page(
    riverside: ClinicPeople, client: Client, page: str | None
) -> tuple[str, list[TimelineEntry]]:
    url = reverse("clinician:patient", args=[riverside.patient.pk])
    response = client.get(url, {"page": page} if page is not None else {})
    assert response.status_code == 200
    return response.content.decode(), list(response.context["timeline"])


def test_the_first_page_shows_the_newest_50_and_links_to_the_next(
    riverside: ClinicPeople, clinician: Client
) -> None:
    html, entries = timeline_page(riverside, clinician, None)

    assert len(entries) == TIMELINE_PER_PAGE == 50
    assert [entry.on for entry in entries] == [days_ago(day) for day in range(1, 51)]
    assert "Entries 1 to 50 of 120, newest first (page 1 of 3)." in html
    assert 'href="?page=2#timeline" rel="next"' in html
    assert 'rel="prev"' not in html


def test_the_last_page_shows_the_oldest_entries_and_links_back(
    riverside: ClinicPeople, clinician: Client
) -> None:
    html, entries = timeline_page(riverside, clinician, "3")

    assert [entry.on for entry in entries] == [days_ago(day) for day in range(101, 121)]
    assert "Entries 101 to 120 of 120" in html
    assert 'href="?page=2#timeline" rel="prev"' in html
    assert 'rel="next"' not in html


@pytest.mark.parametrize(("page", "shown"), [("abc", 1), ("", 1), ("2.5", 1), ("99", 3), ("0", 3)])
def test_a_page_that_is_not_a_number_or_out_of_range_still_shows_a_page(
    riverside: ClinicPeople, clinician: Client, page: str, shown: int
) -> None:
    html, _ = timeline_page(riverside, clinician, page)

    assert f"(page {shown} of 3)" in html


def test_the_pages_together_are_the_whole_record_newest_first_across_kinds(
    riverside: ClinicPeople, clinician: Client
) -> None:
    # Messages written on days between the logs must land on the right page, not all on one.
    for day in (10, 60, 110):
        message = Message.objects.create(patient=riverside.patient, body=f"Day {day}")
        Message.objects.filter(pk=message.pk).update(created_at=noon(days_ago(day)))

    pages = [timeline_page(riverside, clinician, str(number))[1] for number in (1, 2, 3)]

    shown = [entry for page in pages for entry in page]
    assert shown == list(timeline_for(riverside.patient))
    assert len(shown) == LOGGED_DAYS + 3
    assert [entry.on for entry in shown] == sorted((entry.on for entry in shown), reverse=True)
    assert [entry.kind for entry in pages[1]].count("Message") == 1


def test_each_page_viewed_is_one_audited_read_of_the_record(
    riverside: ClinicPeople, clinician: Client
) -> None:
    for page in ("1", "2", "abc"):
        timeline_page(riverside, clinician, page)

    reads = AuditEvent.objects.filter(patient=riverside.patient, action=AuditAction.READ)
    assert reads.count() == 3


@pytest.mark.parametrize(
    "index", [0, 7, -1, -13, slice(3, 9), slice(-5, None), slice(None, -100), slice(20, 2, -3)]
)
def test_the_timeline_reads_like_the_list_of_the_whole_record(
    riverside: ClinicPeople, clinician: Client, index: int | slice
) -> None:
    timeline = timeline_for(riverside.patient)
    whole = list(timeline)

    assert len(timeline) == len(whole) == LOGGED_DAYS
    assert timeline[index] == whole[index]
