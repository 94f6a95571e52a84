"""Changing only the load, side or programme keeps the programme going: the form starts from
the current start date, which needs no confirmation however long ago it was, and says what a new
start date restarts (HAZ-27)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web.clinician.records import days_ago, prescribe, steady_logs, today, visa_a
from web.people import ClinicPeople, client_for

from achillespath.web.models import Prescription

pytestmark = pytest.mark.django_db


def url(people: ClinicPeople) -> str:
    return reverse("clinician:prescribe", args=[people.patient.pk])


def dev_on_hsr_week_7_with_a_visa_a_overdue(people: ClinicPeople) -> None:
    # Clinician review: Dev's VISA-A was overdue; setting his load to 10 restarted week 1 and
    # the flag vanished from the caseload.
    prescribe(people.patient, programme="hsr", started_days_ago=43, starting_load_kg=5)
    visa_a(people.patient, 43, 40)
    visa_a(people.patient, 29, 44)  # then nothing at 6 weeks
    steady_logs(people.patient, range(0, 43, 2))


def the_form_as_shown(people: ClinicPeople, **changes: Any) -> dict[str, Any]:
    """What the browser sends back from the form as pre-filled, with `changes` typed in."""
    form = client_for(people.clinician).get(url(people)).context["form"]
    shown = {name: form[name].value() for name in ("programme", "start_date", "side")}
    return {**shown, "starting_load_kg": form["starting_load_kg"].value(), **changes}


def test_changing_only_the_load_keeps_devs_start_week_and_overdue_flag(
    riverside: ClinicPeople,
) -> None:
    dev_on_hsr_week_7_with_a_visa_a_overdue(riverside)

    response = client_for(riverside.clinician).post(
        url(riverside), the_form_as_shown(riverside, starting_load_kg="10")
    )

    assert response.status_code == 302
    active = Prescription.objects.get(patient=riverside.patient, active=True)
    assert (active.start_date, active.starting_load_kg) == (days_ago(43), 10)
    page = client_for(riverside.clinician).get(response["Location"]).content.decode()
    assert "Week 7, started" in page
    assert "VISA-A overdue" in page


def test_the_current_start_needs_no_confirmation_even_months_back(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, programme="silbernagel", started_days_ago=150)

    response = client_for(riverside.clinician).post(
        url(riverside), the_form_as_shown(riverside, side="left")
    )

    assert response.status_code == 302
    assert Prescription.objects.get(active=True).start_date == days_ago(150)


def test_another_old_start_still_needs_confirmation(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="silbernagel", started_days_ago=150)

    response = client_for(riverside.clinician).post(
        url(riverside), the_form_as_shown(riverside, start_date=days_ago(149).isoformat())
    )

    assert response.status_code == 200
    assert "149 days ago" in response.content.decode()


def test_the_form_says_what_keeping_or_changing_the_start_date_does(
    riverside: ClinicPeople,
) -> None:
    dev_on_hsr_week_7_with_a_visa_a_overdue(riverside)
    started = days_ago(43)

    page = client_for(riverside.clinician).get(url(riverside)).content.decode()

    assert f"The current programme started on {started.day} {started:%b %Y}. Keep that date" in page
    assert "A new date restarts the programme at week 1 on that date" in page
    assert "Restarting the programme today would clear these flags" in page
    assert "VISA-A overdue." in page


def test_a_first_programme_is_dated_today(riverside: ClinicPeople) -> None:
    form = client_for(riverside.clinician).get(url(riverside)).context["form"]

    assert form["start_date"].value() == today()
    assert "Restarting" not in client_for(riverside.clinician).get(url(riverside)).content.decode()
