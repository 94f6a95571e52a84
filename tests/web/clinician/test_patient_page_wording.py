"""The patient page reads as a clinician writes: "both sides", a comma and an unpadded date in
an ended treatment, and a word when the programme's side is not the patient's recorded side."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.urls import reverse
from web.clinician.records import days_ago, prescribe, today
from web.people import ClinicPeople, client_for

from achillespath.web.models import TreatmentEpisode

pytestmark = pytest.mark.django_db


def page_of(people: ClinicPeople) -> str:
    client = client_for(people.clinician)
    page = client.get(reverse("clinician:patient", args=[people.patient.pk]))
    return html.unescape(page.content.decode())


def test_a_programme_for_both_legs_is_for_both_sides(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="hsr", side="both")
    TreatmentEpisode.objects.create(
        patient=riverside.patient, kind="loading_programme", side="both", start_date=days_ago(30)
    )

    page = page_of(riverside)

    assert "Heavy slow resistance (HSR) programme (both sides, starting load 0 kg)" in page
    assert "Heavy slow resistance (HSR) programme, both sides, starting load 0 kg" in page
    assert "Loading programme, both sides, ongoing" in page
    assert "both side," not in page


def test_an_ended_treatment_reads_right_side_comma_to_an_unpadded_date(
    riverside: ClinicPeople,
) -> None:
    ended = today().replace(day=1) if today().day > 1 else today()
    TreatmentEpisode.objects.create(
        patient=riverside.patient,
        kind="surgery",
        side="right",
        start_date=ended - dt.timedelta(days=60),
        end_date=ended,
        outcome="improved",
    )

    assert f"Surgery, right side, to {ended.day} {ended:%b %Y}, improved" in page_of(riverside)


def test_a_programme_on_the_other_side_from_the_record_is_pointed_out(
    riverside: ClinicPeople,
) -> None:
    # Clinician review: the header said "Side: Right" and the programme "left side", unremarked.
    riverside.patient.side = "right"
    riverside.patient.save()
    prescribe(riverside.patient, side="left")

    assert (
        "Check the side:</strong> the programme is for the left side, but the patient's record "
        "says right side." in page_of(riverside)
    )


def test_a_programme_on_the_recorded_side_needs_no_word(riverside: ClinicPeople) -> None:
    riverside.patient.side = "left"
    riverside.patient.save()
    prescribe(riverside.patient, side="left")

    assert "Check the side" not in page_of(riverside)


def test_saving_a_programme_for_the_other_side_says_so(riverside: ClinicPeople) -> None:
    riverside.patient.side = "right"
    riverside.patient.save()
    start = today()

    response = client_for(riverside.clinician).post(
        reverse("clinician:prescribe", args=[riverside.patient.pk]),
        {
            "programme": "insertional",
            "start_date": start.isoformat(),
            "starting_load_kg": "0",
            "side": "left",
        },
        follow=True,
    )

    assert (
        f"Programme saved: Heel-lowering on the floor (insertional programme), from "
        f"{start.day} {start:%b %Y}. Check the side: the programme is for the left side, but "
        "the patient's record says right side." in html.unescape(response.content.decode())
    )
