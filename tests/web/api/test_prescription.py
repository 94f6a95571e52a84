"""POST /api/patients/{id}/prescription: prescribe or change the programme, with the checks and
the saving of the clinician pages' own form."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from web.api.calls import api_client, field_problems
from web.audit_trail import audit_trail
from web.clinician.records import days_ago, prescribe, save_check
from web.people import ClinicPeople

from achillespath.web.models import Message, Prescription

pytestmark = pytest.mark.django_db


def prescription(**changes: Any) -> dict[str, Any]:
    return {
        "programme": "silbernagel",
        "start_date": days_ago(0).isoformat(),
        "starting_load_kg": 2.5,
        "side": "left",
        **changes,
    }


def send(people: ClinicPeople, body: dict[str, Any]) -> Any:
    return api_client(people.clinician).post(
        f"/api/patients/{people.patient.pk}/prescription", body, content_type="application/json"
    )


def test_a_new_programme_replaces_the_active_one(on_programme: ClinicPeople) -> None:
    response = send(on_programme, prescription())

    assert response.status_code == 201
    assert response.json()["programme"] == "silbernagel"
    active = Prescription.objects.get(patient=on_programme.patient, active=True)
    assert (active.programme, active.starting_load_kg, active.side) == ("silbernagel", 2.5, "left")
    assert active.prescribed_by == on_programme.clinician
    assert Prescription.objects.filter(patient=on_programme.patient).count() == 2


def test_a_note_goes_to_the_patients_messages(riverside: ClinicPeople) -> None:
    send(riverside, prescription(note="Less load while the heel settles."))

    assert Message.objects.get(patient=riverside.patient).body == (
        "Less load while the heel settles."
    )


def test_a_step_programme_for_insertional_pain_needs_the_clinician_to_confirm(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient, pain_site=["insertion"])

    refused = field_problems(send(riverside, prescription(programme="midportion")))
    confirmed = send(riverside, prescription(programme="midportion", confirm_site=True))

    assert "recorded pain at the insertion" in refused["programme"]
    assert confirmed.status_code == 201


def test_a_start_more_than_two_weeks_back_needs_the_clinician_to_confirm(
    riverside: ClinicPeople,
) -> None:
    old_start = days_ago(30).isoformat()

    refused = field_problems(send(riverside, prescription(start_date=old_start)))
    confirmed = send(riverside, prescription(start_date=old_start, confirm_start_date=True))

    assert "30 days ago" in refused["start_date"]
    assert confirmed.status_code == 201
    assert Prescription.objects.get(patient=riverside.patient, active=True).start_date == (
        days_ago(30)
    )


def test_the_current_start_date_keeps_the_programme_going_without_confirmation(
    on_programme: ClinicPeople,
) -> None:
    current = Prescription.objects.get(patient=on_programme.patient, active=True)
    current.start_date = days_ago(60)
    current.save()

    response = send(on_programme, prescription(start_date=days_ago(60).isoformat()))

    assert response.status_code == 201
    assert response.json()["week"] == 9


def test_a_patient_under_18_by_year_of_birth_is_refused_any_programme(
    riverside: ClinicPeople,
) -> None:
    riverside.patient.year_of_birth = days_ago(0).year - 6
    riverside.patient.save()

    refused = field_problems(send(riverside, prescription(confirm_adult=True)))

    assert "the patient is under 18" in refused["programme"]
    assert not Prescription.objects.exists()


def test_a_patient_who_turns_18_this_year_needs_the_clinician_to_confirm_their_age(
    riverside: ClinicPeople,
) -> None:
    riverside.patient.year_of_birth = days_ago(0).year - 18
    riverside.patient.save()

    refused = field_problems(send(riverside, prescription()))
    confirmed = send(riverside, prescription(confirm_adult=True))

    assert "may be under 18 until their birthday" in refused["programme"]
    assert confirmed.status_code == 201


def test_a_patient_under_18_by_date_of_birth_is_refused_with_their_exact_age(
    riverside: ClinicPeople,
) -> None:
    riverside.patient.date_of_birth = date(days_ago(0).year - 17, 1, 1)  # 17 all year
    riverside.patient.year_of_birth = riverside.patient.date_of_birth.year
    riverside.patient.save()

    refused = field_problems(send(riverside, prescription(confirm_adult=True)))

    assert f"Born on 1 January {days_ago(0).year - 17}, the patient is 17." in refused["programme"]
    assert not Prescription.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_date": days_ago(400).isoformat()}, "start_date"),
        ({"programme": "yoga"}, "programme"),
        ({"starting_load_kg": 301}, "starting_load_kg"),
        ({"side": "middle"}, "side"),
        ({"dose": "lots"}, "dose"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    riverside: ClinicPeople, changes: dict[str, Any], field: str
) -> None:
    prescribe(riverside.patient)

    assert field in field_problems(send(riverside, prescription(**changes)))
    assert Prescription.objects.get(patient=riverside.patient).programme == "midportion"


def test_a_refused_prescription_is_audited_as_a_read_and_a_saved_one_names_the_prescription(
    riverside: ClinicPeople,
) -> None:
    patient_id = str(riverside.patient.pk)

    refused = send(riverside, prescription(start_date=days_ago(30).isoformat()))
    send(riverside, prescription())

    assert refused.status_code == 422
    saved = Prescription.objects.get(patient=riverside.patient)
    assert audit_trail(riverside.patient) == [
        ("read", "Patient", patient_id),
        ("read", "Patient", patient_id),
        ("write", "Prescription", str(saved.pk)),
    ]
