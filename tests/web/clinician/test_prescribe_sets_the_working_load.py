"""A load the clinician sets in "Change the programme", keeping the start date, is the patient's
working load from the next session, whatever they logged before; the sessions after it earn
more as usual. The form starts from the load the next session has, so changing only the side
leaves the load as it was."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from web.clinician.records import log, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.models import Prescription

pytestmark = pytest.mark.django_db

SETTLED = {"pain": 1, "load_kg": 5, "next_morning_pain": 1, "morning_stiffness_minutes": 5}


def ben_logs_settled_5_kg_sessions(people: ClinicPeople, days: range = range(4, 0, -1)) -> None:
    # Walkthrough: Ben's physio set 0 kg; the pages kept saying 5 kg, My plan "Add a little load".
    prescribe(people.patient, programme="midportion", started_days_ago=20, starting_load_kg=0)
    for day in days:
        log(people.patient, day, **SETTLED)


def change_the_programme(people: ClinicPeople, **changes: Any) -> None:
    """Save the form as the clinician finds it, with `changes` typed in."""
    url = reverse("clinician:prescribe", args=[people.patient.pk])
    client = client_for(people.clinician)
    form = client.get(url).context["form"]
    shown = {name: form[name].value() for name in ("programme", "start_date", "side")}
    posted = {**shown, "starting_load_kg": form["starting_load_kg"].value(), **changes}
    assert client.post(url, posted).status_code == 302


def clinician_pages(people: ClinicPeople) -> list[str]:
    client = client_for(people.clinician)
    return [
        " ".join(client.get(reverse(name, args=[people.patient.pk])).content.decode().split())
        for name in ("clinician:patient", "clinician:prescribe")
    ]


def my_plan(people: ClinicPeople) -> str:
    return " ".join(client_for(people.patient_user).get("/plan/").content.decode().split())


def test_ben_logs_5_kg_the_physio_sets_0_kg_and_his_next_session_is_body_weight(
    riverside: ClinicPeople,
) -> None:
    ben_logs_settled_5_kg_sessions(riverside)
    assert "Working load now: 7.5 kg added" in clinician_pages(riverside)[0]

    change_the_programme(riverside, starting_load_kg="0", note="please go back to body weight only")

    for page in clinician_pages(riverside):
        assert "Working load now: body weight only for the next session" in page
        assert "(last logged: 5 kg on" in page
    plan = my_plan(riverside)
    assert 'Extra weight</dt> <dd class="nhsuk-summary-list__value">None yet (body weight)' in (
        plan
    )
    assert "5 kg" not in plan.split("Today's session")[1].split("How much pain")[0]
    assert "Add a little load" not in plan
    assert "More load comes after 3 sessions at the load your clinician set on" in plan


def test_after_the_change_bens_body_weight_sessions_earn_more_load_as_usual(
    riverside: ClinicPeople,
) -> None:
    ben_logs_settled_5_kg_sessions(riverside, range(12, 8, -1))
    change_the_programme(riverside, starting_load_kg="0")
    # Make it a change made 8 days ago, so that sessions can be logged after its day.
    for active, days in ((False, 20), (True, 8)):
        Prescription.objects.filter(active=active).update(
            created_at=timezone.now() - timedelta(days)
        )
    assert "Working load now: body weight only" in clinician_pages(riverside)[0]
    for day in (6, 5, 4):
        log(riverside.patient, day, **{**SETTLED, "load_kg": 0})

    assert "Working load now: 2.5 kg added" in clinician_pages(riverside)[0]


def test_changing_only_the_side_keeps_the_load_the_next_session_had(
    riverside: ClinicPeople,
) -> None:
    ben_logs_settled_5_kg_sessions(riverside)

    change_the_programme(riverside, side="left")

    assert Prescription.objects.get(active=True).starting_load_kg == 7.5
    assert "Working load now: 7.5 kg added" in clinician_pages(riverside)[0]


def test_the_form_says_the_load_is_the_load_from_the_next_session(
    riverside: ClinicPeople,
) -> None:
    ben_logs_settled_5_kg_sessions(riverside)

    form_page = clinician_pages(riverside)[1]

    assert "Load in kilograms from the next session" in form_page
    assert "next session is at this load, whatever they logged before" in form_page
