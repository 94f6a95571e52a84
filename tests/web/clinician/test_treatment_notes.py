"""A treatment episode's notes are shown where clinicians read the record: the patient page's
timeline and the clinic API's patient summary."""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.api.calls import api_client
from web.clinician.records import days_ago
from web.people import ClinicPeople, client_for

from achillespath.web.models import TreatmentEpisode

pytestmark = pytest.mark.django_db

NOTES = "Three sessions at 2000 pulses.\nPatient <b>tolerated</b> well."


def eswt_with_notes(people: ClinicPeople) -> TreatmentEpisode:
    return TreatmentEpisode.objects.create(
        patient=people.patient,
        kind="eswt",
        side="right",
        start_date=days_ago(42),
        end_date=days_ago(14),
        outcome="improved",
        notes=NOTES,
    )


def test_the_timeline_shows_the_notes_escaped_line_by_line(riverside: ClinicPeople) -> None:
    eswt_with_notes(riverside)

    page = (
        client_for(riverside.clinician)
        .get(reverse("clinician:patient", args=[riverside.patient.pk]))
        .content.decode()
    )

    assert (
        "Notes: Three sessions at 2000 pulses.<br>Patient &lt;b&gt;tolerated&lt;/b&gt; well."
        in page
    )
    assert f"right side, to {days_ago(14).day} {days_ago(14):%b %Y}, improved" in page


def test_the_api_gives_each_episode_with_its_notes(riverside: ClinicPeople) -> None:
    episode = eswt_with_notes(riverside)

    body = api_client(riverside.clinician).get(f"/api/patients/{riverside.patient.pk}").json()

    assert body["treatments"] == [
        {
            "id": episode.pk,
            "kind": "eswt",
            "name": "Shockwave therapy (ESWT)",
            "side": "right",
            "start_date": days_ago(42).isoformat(),
            "end_date": days_ago(14).isoformat(),
            "outcome": "improved",
            "notes": NOTES,
        }
    ]
