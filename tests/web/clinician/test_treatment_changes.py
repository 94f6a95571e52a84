"""Changing a recorded treatment episode: correcting it, or ending it with its end date and
outcome, checked as the new-episode form checks it, and audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web.clinician.records import days_ago, save_check, today
from web.people import ClinicPeople, client_for

from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.web.models import AuditAction, AuditEvent, Patient, TreatmentEpisode, User
from achillespath.web.pathway_advice import advice_basis

pytestmark = pytest.mark.django_db


def ongoing_eswt(patient: Patient, by: User | None = None) -> TreatmentEpisode:
    return TreatmentEpisode.objects.create(
        patient=patient,
        kind="eswt",
        side="left",
        start_date=days_ago(42),
        notes="Three sessions booked.",
        recorded_by=by,
    )


def url(episode: TreatmentEpisode) -> str:
    return reverse("clinician:treatment-edit", args=[episode.patient_id, episode.pk])


def ended(**changes: Any) -> dict[str, Any]:
    return {
        "kind": "eswt",
        "side": "left",
        "start_date": days_ago(42).isoformat(),
        "end_date": days_ago(14).isoformat(),
        "outcome": "improved",
        "notes": "Three sessions, done.",
        **changes,
    }


def test_the_form_starts_with_the_episodes_values(riverside: ClinicPeople) -> None:
    episode = ongoing_eswt(riverside.patient)

    form = client_for(riverside.clinician).get(url(episode)).context["form"]

    assert (form["kind"].value(), form["side"].value(), form["notes"].value()) == (
        "eswt",
        "left",
        "Three sessions booked.",
    )
    assert form["start_date"].value() == days_ago(42)
    assert (form["end_date"].value(), form["outcome"].value()) == (None, "")


def test_an_ongoing_episode_is_ended_with_its_end_date_and_outcome_and_audited(
    riverside: ClinicPeople,
) -> None:
    episode = ongoing_eswt(riverside.patient, by=riverside.clinician)

    response = client_for(riverside.admin).post(url(episode), ended())

    assert response["Location"] == reverse("clinician:patient", args=[riverside.patient.pk])
    episode.refresh_from_db()
    assert (episode.end_date, episode.outcome, episode.notes) == (
        days_ago(14),
        "improved",
        "Three sessions, done.",
    )
    assert episode.recorded_by == riverside.clinician  # who first recorded it stays
    event = AuditEvent.objects.get(action=AuditAction.WRITE)
    assert (event.patient_id, event.object_type, event.object_id, event.actor_email) == (
        riverside.patient.pk,
        "TreatmentEpisode",
        str(episode.pk),
        "admin@riverside.example",
    )


def test_ending_an_episode_stops_the_advice_counting_its_weeks_to_today(
    riverside: ClinicPeople,
) -> None:
    """Six weeks of ESWT that ended two weeks ago count as four weeks, not six."""
    check = save_check(riverside.patient)
    episode = ongoing_eswt(riverside.patient)
    client_for(riverside.clinician).post(url(episode), ended())

    recorded = advice_basis(riverside.patient, check, today()).intake.treatments or ()

    assert [(t.kind, t.weeks, t.outcome) for t in recorded][-1] == (
        TreatmentKind.ESWT,
        4.0,
        TreatmentOutcome.IMPROVED,
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"kind": ""}, "kind", "Choose the treatment"),
        ({"start_date": days_ago(-1).isoformat()}, "start_date", "cannot be in the future"),
        ({"end_date": days_ago(-1).isoformat()}, "end_date", "cannot be in the future"),
        ({"end_date": days_ago(50).isoformat()}, "end_date", "same as or after the start"),
        ({"outcome": "resolved", "end_date": ""}, "end_date", "outcome is Resolved has ended"),
        ({"notes": "x" * 4001}, "notes", "4000 characters or fewer"),
    ],
)
def test_a_change_is_checked_like_a_new_episode_and_nothing_is_saved_on_error(
    riverside: ClinicPeople, changes: dict[str, str], field: str, message: str
) -> None:
    episode = ongoing_eswt(riverside.patient)

    response = client_for(riverside.clinician).post(url(episode), ended(**changes))

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert f'id="id_{field}_error"' in response.content.decode()
    episode.refresh_from_db()
    assert (episode.end_date, episode.outcome) == (None, "")


def test_the_patient_page_links_each_episode_to_its_change_page(riverside: ClinicPeople) -> None:
    episode = ongoing_eswt(riverside.patient)

    page = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    assert f'href="{url(episode)}"' in page.content.decode()


def test_an_episode_is_changed_only_through_its_own_patient_and_clinic(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    theirs = ongoing_eswt(riverside.other_patient)
    hillsides = ongoing_eswt(hillside.patient)
    clinician = client_for(riverside.clinician)

    # Another patient's episode under this patient's address is not found.
    mixed = reverse("clinician:treatment-edit", args=[riverside.patient.pk, theirs.pk])
    assert clinician.post(mixed, ended()).status_code == 404
    assert clinician.post(url(hillsides), ended()).status_code == 404
    assert client_for(riverside.patient_user).post(url(theirs), ended()).status_code == 403
    assert not TreatmentEpisode.objects.filter(end_date__isnull=False).exists()
