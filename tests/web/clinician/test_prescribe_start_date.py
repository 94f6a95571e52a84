"""A programme's start date more than 2 weeks ago needs the clinician to confirm it: the plan
counts its weeks from that date, so a slip would put the patient in week 37 on the first day."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from web.clinician.records import days_ago, today
from web.people import ClinicPeople, client_for

from achillespath.web.models import Prescription

pytestmark = pytest.mark.django_db

CONFIRM = "Yes, the programme started on that date"


def post(riverside: ClinicPeople, start: dt.date, **changes: Any) -> Any:
    data = {
        "programme": "silbernagel",
        "start_date": start.isoformat(),
        "starting_load_kg": "7.5",
        "side": "left",
        "note": "Started with the physio in March",
        **changes,
    }
    url = reverse("clinician:prescribe", args=[riverside.patient.pk])
    return client_for(riverside.clinician).post(url, data)


def test_a_start_36_weeks_ago_is_refused_without_confirmation_and_names_the_field(
    riverside: ClinicPeople,
) -> None:
    start = days_ago(255)

    response = post(riverside, start)

    assert response.status_code == 200
    assert response.context["form"].errors["start_date"] == [
        f"The start date, {start.day} {start:%B %Y}, is 255 days ago, and the patient's plan "
        "counts its weeks from it. Change the date, or tick the box to confirm it."
    ]
    page = response.content.decode()
    assert 'href="#id_start_date"' in page
    assert CONFIRM in page
    assert 'name="confirm_start_date" type="checkbox" value="on">' in page
    assert not Prescription.objects.exists()


def test_everything_typed_is_kept_after_the_refusal(riverside: ClinicPeople) -> None:
    page = post(riverside, days_ago(255)).content.decode()

    assert f'value="{days_ago(255).isoformat()}"' in page
    assert 'value="7.5"' in page
    assert 'value="silbernagel" checked' in page
    assert "Started with the physio in March</textarea>" in page
    assert 'name="side" type="radio" value="left" checked' in page


def test_a_ticked_confirmation_stays_ticked_after_another_error(riverside: ClinicPeople) -> None:
    page = post(riverside, days_ago(255), confirm_start_date="on", side="").content.decode()

    assert 'name="confirm_start_date" type="checkbox" value="on" checked' in page
    assert not Prescription.objects.exists()


def test_with_the_confirmation_the_old_start_is_saved(riverside: ClinicPeople) -> None:
    response = post(riverside, days_ago(255), confirm_start_date="on")

    assert response.status_code == 302
    assert Prescription.objects.get(patient=riverside.patient).start_date == days_ago(255)


@pytest.mark.parametrize("days", [0, 7, 14, -30], ids=["today", "a week ago", "2 weeks", "ahead"])
def test_a_recent_or_coming_start_is_saved_without_confirmation(
    riverside: ClinicPeople, days: int
) -> None:
    response = post(riverside, days_ago(days))

    assert response.status_code == 302
    assert Prescription.objects.get(patient=riverside.patient).start_date == days_ago(days)


def test_one_day_past_two_weeks_needs_the_confirmation(riverside: ClinicPeople) -> None:
    response = post(riverside, days_ago(15))

    assert "is 15 days ago" in response.context["form"].errors["start_date"][0]
    assert not Prescription.objects.exists()


def test_the_box_is_not_offered_before_an_old_date_is_sent(riverside: ClinicPeople) -> None:
    url = reverse("clinician:prescribe", args=[riverside.patient.pk])

    assert CONFIRM not in client_for(riverside.clinician).get(url).content.decode()
    assert CONFIRM not in post(riverside, today(), side="").content.decode()
