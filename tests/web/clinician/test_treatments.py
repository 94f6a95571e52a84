"""Recording a treatment episode: kind, side, dates, outcome and notes, checked field by field."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from web.audit_trail import audit_trail
from web.clinician.records import days_ago, today
from web.people import ClinicPeople, client_for

from achillespath.intake import TreatmentKind
from achillespath.web.models import AuditEvent, Patient, TreatmentEpisode
from achillespath.web.views.clinician.wording import TREATMENT_NAMES

pytestmark = pytest.mark.django_db


def url(patient_id: int) -> str:
    return reverse("clinician:treatment-new", args=[patient_id])


def valid(**changes: Any) -> dict[str, Any]:
    return {
        "kind": "eswt",
        "side": "both",
        "start_date": days_ago(42).isoformat(),
        "end_date": days_ago(14).isoformat(),
        "outcome": "improved",
        "notes": "Three sessions.",
        **changes,
    }


def test_every_core_treatment_kind_has_a_readable_name_in_the_form(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.clinician).get(url(riverside.patient.pk)).content.decode()

    assert set(TREATMENT_NAMES) == set(TreatmentKind)
    for name in TREATMENT_NAMES.values():
        assert f">{name}</option>" in page


def test_an_episode_is_saved_and_the_clinician_returns_to_the_patient_page(
    riverside: ClinicPeople,
) -> None:
    response = client_for(riverside.clinician).post(url(riverside.patient.pk), valid())

    assert response["Location"] == reverse("clinician:patient", args=[riverside.patient.pk])
    episode = TreatmentEpisode.objects.get(patient=riverside.patient)
    assert (
        episode.kind,
        episode.side,
        episode.start_date,
        episode.end_date,
        episode.outcome,
        episode.notes,
        episode.recorded_by,
    ) == (
        "eswt",
        "both",
        days_ago(42),
        days_ago(14),
        "improved",
        "Three sessions.",
        riverside.clinician,
    )
    assert AuditEvent.objects.filter(patient=riverside.patient, action="write").exists()


def test_a_refused_episode_is_audited_as_a_read_and_a_saved_one_as_a_write_naming_it(
    riverside: ClinicPeople,
) -> None:
    clinician = client_for(riverside.clinician)
    patient_id = str(riverside.patient.pk)

    refused = clinician.post(url(riverside.patient.pk), valid(start_date="soon"))
    clinician.post(url(riverside.patient.pk), valid())

    assert refused.status_code == 200
    episode = TreatmentEpisode.objects.get(patient=riverside.patient)
    assert audit_trail(riverside.patient) == [
        ("read", "Patient", patient_id),
        ("read", "Patient", patient_id),
        ("write", "TreatmentEpisode", str(episode.pk)),
    ]


def test_an_ongoing_episode_has_no_end_date_or_outcome(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).post(
        url(riverside.patient.pk), valid(end_date="", outcome="", notes="")
    )

    episode = TreatmentEpisode.objects.get(patient=riverside.patient)
    assert (episode.end_date, episode.outcome) == (None, "")


def test_the_side_starts_as_the_patients_side(riverside: ClinicPeople) -> None:
    riverside.patient.side = "left"
    riverside.patient.save()

    form = client_for(riverside.clinician).get(url(riverside.patient.pk)).context["form"]

    assert form["side"].value() == "left"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"kind": ""}, "kind", "Choose the treatment"),
        ({"kind": "magic"}, "kind", "Select a valid choice."),
        ({"side": "middle"}, "side", "Select a valid choice."),
        ({"start_date": ""}, "start_date", "Enter the start date"),
        ({"start_date": "yesterday"}, "start_date", "Enter the start date as a real date"),
        (
            {"start_date": days_ago(-1).isoformat(), "end_date": ""},
            "start_date",
            "The start date cannot be in the future",
        ),
        ({"start_date": "1950-01-01"}, "start_date", "within the last 50 years"),
        (
            {"end_date": days_ago(-3).isoformat()},
            "end_date",
            "The end date cannot be in the future",
        ),
        (
            {"end_date": days_ago(50).isoformat()},
            "end_date",
            "The end date must be the same as or after the start date",
        ),
        ({"outcome": "cured"}, "outcome", "Select a valid choice."),
        (
            {"outcome": "resolved", "end_date": ""},
            "end_date",
            "a treatment whose outcome is Resolved has ended",
        ),
        ({"notes": "x" * 4001}, "notes", "Notes must be 4000 characters or fewer"),
    ],
)
def test_bad_input_is_named_next_to_its_field_and_nothing_is_saved(
    riverside: ClinicPeople, changes: dict[str, str], field: str, message: str
) -> None:
    response = client_for(riverside.clinician).post(url(riverside.patient.pk), valid(**changes))

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    page = response.content.decode()
    assert "There is a problem" in page
    assert f'id="id_{field}_error"' in page
    assert not TreatmentEpisode.objects.exists()


def test_an_episode_dated_before_the_patients_year_of_birth_is_refused(
    riverside: ClinicPeople,
) -> None:
    Patient.objects.filter(pk=riverside.patient.pk).update(year_of_birth=1988)
    dates = {"start_date": "1985-06-01", "end_date": "1985-06-02", "outcome": "resolved"}

    response = client_for(riverside.clinician).post(url(riverside.patient.pk), valid(**dates))

    errors = response.context["form"].errors
    born = "is before the patient was born (in 1988). Check the date."
    assert errors["start_date"] == [f"The start date {born}"]
    assert errors["end_date"] == [f"The end date {born}"]
    assert not TreatmentEpisode.objects.exists()


def test_an_episode_in_the_year_of_birth_is_accepted(riverside: ClinicPeople) -> None:
    born = today().year - 1
    Patient.objects.filter(pk=riverside.patient.pk).update(year_of_birth=born)
    day = f"{born}-01-01"  # the first day they may have been alive

    response = client_for(riverside.clinician).post(
        url(riverside.patient.pk), valid(start_date=day, end_date=day)
    )

    assert response.status_code == 302


def test_an_episode_dated_before_a_recorded_date_of_birth_in_that_year_is_refused(
    riverside: ClinicPeople,
) -> None:
    born = {"date_of_birth": date(1988, 6, 15), "year_of_birth": 1988}
    Patient.objects.filter(pk=riverside.patient.pk).update(**born)
    client = client_for(riverside.clinician)

    before = client.post(url(riverside.patient.pk), valid(start_date="1988-06-14"))
    on_the_day = client.post(url(riverside.patient.pk), valid(start_date="1988-06-15"))

    assert before.context["form"].errors["start_date"] == [
        "The start date is before the patient was born (on 15 June 1988). Check the date."
    ]
    assert on_the_day.status_code == 302


def test_an_episode_may_start_and_end_on_the_same_day(riverside: ClinicPeople) -> None:
    day = today().isoformat()

    response = client_for(riverside.clinician).post(
        url(riverside.patient.pk), valid(start_date=day, end_date=day)
    )

    assert response.status_code == 302


def test_what_was_typed_is_kept_after_an_error(riverside: ClinicPeople) -> None:
    response = client_for(riverside.clinician).post(
        url(riverside.patient.pk), valid(start_date="", notes="Left heel, three sessions")
    )

    page = response.content.decode()
    assert '<option value="eswt" selected>' in page
    assert 'value="improved" checked' in page
    assert "Left heel, three sessions</textarea>" in page


def test_only_clinic_staff_of_the_patients_clinic_may_record_one(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    assert (
        client_for(riverside.clinician).post(url(hillside.patient.pk), valid()).status_code == 404
    )
    assert (
        client_for(riverside.patient_user).post(url(riverside.patient.pk), valid()).status_code
        == 403
    )
    assert Client().get(url(riverside.patient.pk)).status_code == 302
    assert not TreatmentEpisode.objects.exists()
