"""An episode entered in error is voided, not deleted: it is kept with who voided it, when and
why (audited), and the advice, the timeline, the letters and the API no longer count it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from web.api.calls import api_client
from web.clinician.records import days_ago, save_check, today
from web.people import ClinicPeople, client_for

from achillespath.intake import TreatmentKind
from achillespath.web import retention
from achillespath.web.models import AuditAction, AuditEvent, Patient, TreatmentEpisode
from achillespath.web.pathway_advice import advice_basis
from achillespath.web.reports.referral import Recipient, referral_letter
from achillespath.web.views.clinician.timeline import timeline_for

pytestmark = pytest.mark.django_db

REASON = "Recorded on the wrong patient."


def ate_recorded_by_mistake(patient: Patient) -> TreatmentEpisode:
    """An ATE, left side, ongoing: recorded on the wrong patient."""
    return TreatmentEpisode.objects.create(
        patient=patient, kind="ate", side="left", start_date=days_ago(10)
    )


def void_url(episode: TreatmentEpisode) -> str:
    return reverse("clinician:treatment-void", args=[episode.patient_id, episode.pk])


def void(people: ClinicPeople, episode: TreatmentEpisode, reason: str = REASON) -> None:
    response = client_for(people.clinician).post(void_url(episode), {"reason": reason})
    assert response.status_code == 302


def test_a_voided_episode_is_kept_with_who_voided_it_when_and_why(
    riverside: ClinicPeople,
) -> None:
    episode = ate_recorded_by_mistake(riverside.patient)

    void(riverside, episode)

    kept = TreatmentEpisode.with_voided.get(pk=episode.pk)
    assert (kept.voided_by, kept.void_reason) == (riverside.clinician, REASON)
    assert kept.voided_at is not None
    assert timezone.now() - kept.voided_at < dt.timedelta(minutes=1)
    assert not TreatmentEpisode.objects.filter(pk=episode.pk).exists()
    event = AuditEvent.objects.get(action=AuditAction.WRITE)
    assert (event.patient_id, event.object_type, event.object_id) == (
        riverside.patient.pk,
        "TreatmentEpisode",
        str(episode.pk),
    )


def test_an_ate_voided_as_entered_in_error_leaves_the_pathway_advice(
    riverside: ClinicPeople,
) -> None:
    check = save_check(riverside.patient)
    episode = ate_recorded_by_mistake(riverside.patient)
    counted = advice_basis(riverside.patient, check, today()).intake.treatments or ()
    assert TreatmentKind.ATE in [treatment.kind for treatment in counted]

    void(riverside, episode)

    basis = advice_basis(riverside.patient, check, today())
    assert basis.added == ()
    assert TreatmentKind.ATE not in [treatment.kind for treatment in basis.intake.treatments or ()]


def test_a_voided_episode_leaves_the_timeline_the_letters_and_the_api(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient)
    episode = ate_recorded_by_mistake(riverside.patient)

    void(riverside, episode)

    assert [entry for entry in timeline_for(riverside.patient) if entry.kind == "Treatment"] == []
    letter = referral_letter(
        riverside.patient, Recipient.SPECIALIST, author=riverside.clinician, today=today()
    )
    assert letter.episodes == ()
    body = api_client(riverside.clinician).get(f"/api/patients/{riverside.patient.pk}").json()
    assert body["treatments"] == []


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("", "Say why this episode was entered in error"),
        ("   ", "Say why this episode was entered in error"),
        ("x" * 1001, "The reason must be 1000 characters or fewer"),
    ],
)
def test_voiding_needs_a_reason_and_nothing_changes_without_one(
    riverside: ClinicPeople, reason: str, message: str
) -> None:
    episode = ate_recorded_by_mistake(riverside.patient)

    response = client_for(riverside.clinician).post(void_url(episode), {"reason": reason})

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["reason"])
    assert TreatmentEpisode.objects.filter(pk=episode.pk).exists()


def test_a_voided_episode_cannot_be_changed_or_voided_again(riverside: ClinicPeople) -> None:
    episode = ate_recorded_by_mistake(riverside.patient)
    void(riverside, episode)
    clinician = client_for(riverside.clinician)
    edit_url = reverse("clinician:treatment-edit", args=[riverside.patient.pk, episode.pk])

    assert clinician.get(edit_url).status_code == 404
    assert clinician.post(void_url(episode), {"reason": "again"}).status_code == 404
    assert TreatmentEpisode.with_voided.get(pk=episode.pk).void_reason == REASON


def test_only_staff_of_the_patients_clinic_may_void_one(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    episode = ate_recorded_by_mistake(riverside.patient)

    outsider = client_for(hillside.clinician).post(void_url(episode), {"reason": "x"})
    patient = client_for(riverside.patient_user).post(void_url(episode), {"reason": "x"})

    assert (outsider.status_code, patient.status_code) == (404, 403)
    assert TreatmentEpisode.objects.filter(pk=episode.pk).exists()


def test_erasing_a_record_erases_its_voided_episodes_too(riverside: ClinicPeople) -> None:
    episode = ate_recorded_by_mistake(riverside.patient)
    void(riverside, episode)
    riverside.patient.soft_delete(timezone.now(), retention_years=8)

    retention.purge_expired(today() + dt.timedelta(days=365 * 9))

    assert not TreatmentEpisode.with_voided.filter(pk=episode.pk).exists()
