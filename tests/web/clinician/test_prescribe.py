"""Prescribing or changing the programme: the new prescription replaces the active one, is
audited, and a note reaches the patient's messages."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web.audit_trail import audit_trail
from web.clinician.records import days_ago, prescribe, today
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditEvent, Message, Prescription

pytestmark = pytest.mark.django_db


def url(riverside: ClinicPeople) -> str:
    return reverse("clinician:prescribe", args=[riverside.patient.pk])


def valid(**changes: Any) -> dict[str, Any]:
    return {
        "programme": "insertional",
        "start_date": today().isoformat(),
        "starting_load_kg": "2.5",
        "side": "left",
        "note": "",
        **changes,
    }


def test_the_form_offers_every_core_programme_with_its_name_site_and_clinician_summary(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.clinician).get(url(riverside)).content.decode()

    assert "Heavy-load heel-lowering (Alfredson programme)" in page
    assert "Heel-lowering on the floor (insertional programme)" in page
    assert "Gradual calf programme with pain monitoring (Silbernagel programme)" in page
    assert "Heavy slow resistance (HSR) programme" in page
    assert "For insertional pain (where the tendon joins the heel)" in page
    assert "Eccentric heel drops to floor level only (no dorsiflexion below neutral)" in page


def test_the_programmes_are_described_in_the_clinicians_words_not_the_patients(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.clinician).get(url(riverside)).content.decode()

    assert "Lower your heel" not in page
    assert "You can keep doing some sport" not in page
    assert "Alfredson eccentric heel drops off a step" in page


def test_a_first_prescription_is_saved_and_the_clinician_returns_to_the_patient_page(
    riverside: ClinicPeople,
) -> None:
    response = client_for(riverside.clinician).post(url(riverside), valid())

    assert response.status_code == 302
    assert response["Location"] == reverse("clinician:patient", args=[riverside.patient.pk])
    saved = Prescription.objects.get(patient=riverside.patient)
    assert (saved.programme, saved.start_date, saved.starting_load_kg, saved.side) == (
        "insertional",
        today(),
        2.5,
        "left",
    )
    assert saved.active
    assert saved.prescribed_by == riverside.clinician


def test_changing_the_programme_deactivates_the_previous_one(riverside: ClinicPeople) -> None:
    old = prescribe(riverside.patient, programme="midportion", started_days_ago=30)

    client_for(riverside.clinician).post(url(riverside), valid(programme="silbernagel"))

    old.refresh_from_db()
    assert not old.active
    active = Prescription.objects.get(patient=riverside.patient, active=True)
    assert active.programme == "silbernagel"


def test_a_load_to_the_hundredth_of_a_kilogram_is_kept_as_typed(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).post(url(riverside), valid(starting_load_kg="1.25"))

    assert Prescription.objects.get(patient=riverside.patient).starting_load_kg == 1.25


def test_the_change_form_starts_from_the_current_programme(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="hsr", started_days_ago=30, starting_load_kg=10)

    form = client_for(riverside.clinician).get(url(riverside)).context["form"]

    assert form["programme"].value() == "hsr"
    assert form["starting_load_kg"].value() == 10
    assert form["start_date"].value() == days_ago(30)


def test_a_note_is_sent_to_the_patients_messages(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).post(
        url(riverside), valid(note="Floor-level from today: your pain is at the heel.")
    )

    message = Message.objects.get(patient=riverside.patient)
    assert (message.author, message.body) == (
        riverside.clinician,
        "Floor-level from today: your pain is at the heel.",
    )


def test_saving_is_audited_as_a_write(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).post(url(riverside), valid())

    assert AuditEvent.objects.filter(
        patient=riverside.patient, action="write", actor=riverside.clinician
    ).exists()


def test_a_refused_prescription_is_audited_as_a_read_and_a_saved_one_names_the_prescription(
    riverside: ClinicPeople,
) -> None:
    clinician = client_for(riverside.clinician)
    patient_id = str(riverside.patient.pk)

    clinician.post(url(riverside), valid(programme=""))
    clinician.post(url(riverside), valid())

    saved = Prescription.objects.get(patient=riverside.patient)
    assert audit_trail(riverside.patient) == [
        ("read", "Patient", patient_id),
        ("read", "Patient", patient_id),
        ("write", "Prescription", str(saved.pk)),
    ]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"programme": ""}, "programme", "Choose a programme"),
        ({"programme": "yoga"}, "programme", "Select a valid choice."),
        ({"start_date": ""}, "start_date", "Enter the start date"),
        (
            {"start_date": "31/02/2026"},
            "start_date",
            "Enter the start date as a real date, for example 14/03/2026",
        ),
        (
            {"start_date": days_ago(400).isoformat()},
            "start_date",
            "The start date must be within a year of today",
        ),
        ({"starting_load_kg": "lots"}, "starting_load_kg", "Enter the starting load as a number"),
        ({"starting_load_kg": "-1"}, "starting_load_kg", "The starting load must be 0 kg or more"),
        ({"starting_load_kg": "301"}, "starting_load_kg", "must be 300 kg or less"),
        ({"starting_load_kg": "nan"}, "starting_load_kg", "Enter the starting load as a number"),
        (
            {"starting_load_kg": "2.33333"},
            "starting_load_kg",
            "Enter the starting load to at most 2 decimal places, like 2.5 or 1.25",
        ),
        ({"side": ""}, "side", "Choose the side: left, right or both"),
        ({"note": "x" * 2001}, "note", "The message must be 2000 characters or fewer"),
    ],
)
def test_bad_input_is_named_next_to_its_field_and_nothing_is_saved(
    riverside: ClinicPeople, changes: dict[str, str], field: str, message: str
) -> None:
    response = client_for(riverside.clinician).post(url(riverside), valid(**changes))

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors[field])
    assert message in errors
    page = response.content.decode()
    assert "There is a problem" in page
    assert f'id="id_{field}_error"' in page
    assert not Prescription.objects.filter(patient=riverside.patient).exists()


def test_what_was_typed_is_kept_after_an_error(riverside: ClinicPeople) -> None:
    response = client_for(riverside.clinician).post(
        url(riverside), valid(side="", starting_load_kg="7.5", note="Keep going")
    )

    page = response.content.decode()
    assert 'value="7.5"' in page
    assert "Keep going</textarea>" in page
    assert 'value="insertional" checked' in page
