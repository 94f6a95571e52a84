"""A programme has one name, the core's (achillespath/exercise/programmes.toml), wherever the web
app shows it: the clinician's patient page and its timeline, the patient's own record summary
and the referral letter."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from web.clinician.records import prescribe
from web.people import ClinicPeople, client_for

from achillespath.exercise import load_programmes, programme
from achillespath.web.models import Prescription, Programme
from achillespath.web.reports import patient_summary
from achillespath.web.reports.referral_outcomes import programme_summary

pytestmark = pytest.mark.django_db


def test_the_web_apps_programme_ids_are_the_cores() -> None:
    assert [item.value for item in Programme] == list(load_programmes())


@pytest.mark.parametrize("programme_id", list(load_programmes()))
def test_a_prescription_shows_the_cores_name_for_its_programme(
    riverside: ClinicPeople, programme_id: str
) -> None:
    prescription = prescribe(riverside.patient, programme=programme_id)

    assert prescription.get_programme_display() == programme(programme_id).name


def test_pats_alfredson_programme_has_the_same_name_on_every_page(
    riverside: ClinicPeople, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pat has midportion pain and her clinician prescribes the Alfredson programme."""
    name = programme("midportion").name
    prescribe(riverside.patient, programme="midportion")
    patient_page = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )
    # The summary's HTML, before WeasyPrint prints it.
    monkeypatch.setattr(
        patient_summary,
        "render_pdf",
        lambda template, context: render_to_string(template, context).encode(),
    )
    summary = client_for(riverside.patient_user).get("/my-data/summary.pdf").content.decode()
    letter = programme_summary(riverside.patient, [], timezone.localdate())

    assert patient_page.context["programme"].name == name
    (entry,) = [item for item in patient_page.context["timeline"] if item.kind == "Programme"]
    assert entry.summary.startswith(f"{name}, right side")
    assert f"<td>{name}</td>" in summary
    assert letter is not None and letter.name == name


def test_a_stored_programme_the_core_no_longer_has_shows_its_id(riverside: ClinicPeople) -> None:
    retired = Prescription(patient=riverside.patient, programme="retired-programme")

    assert retired.get_programme_display() == "retired-programme"
