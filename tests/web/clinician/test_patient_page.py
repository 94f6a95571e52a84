"""The patient page: summary, flags, the VISA-A change against the clinic's MCID, and the
record's timeline, newest first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from web.clinician.records import days_ago, log, prescribe, save_check, visa_a
from web.people import ClinicPeople, client_for

from achillespath.web.models import ExerciseLog, Message, Patient, TreatmentEpisode

pytestmark = pytest.mark.django_db


def page_of(riverside: ClinicPeople, patient: Patient | None = None) -> str:
    target = patient or riverside.patient
    response = client_for(riverside.clinician).get(reverse("clinician:patient", args=[target.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_summary_shows_name_year_of_birth_side_programme_and_week(
    riverside: ClinicPeople,
) -> None:
    patient = riverside.patient
    patient.year_of_birth, patient.side = 1984, "left"
    patient.save()
    prescribe(patient, programme="silbernagel", started_days_ago=8, side="left")

    page = page_of(riverside)

    assert "<h1" in page and "Pat</h1>" in page
    assert "1984" in page
    assert "Left" in page
    assert "Gradual calf programme with pain monitoring (Silbernagel programme)" in page
    assert "Week 2, started" in page


def test_the_flags_show_with_their_reasons_and_numbered_sources(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(riverside.patient, 1, red_flag_reported=True)

    response = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    flag = response.context["flags"][0]
    assert flag.name == "Red flag reported"
    assert flag.reference_numbers == (1, 2)
    assert [ref.source_id for ref in response.context["references"]][:2] == list(flag.sources)
    assert 'id="reference-1"' in response.content.decode()


def test_the_visa_a_change_is_judged_against_the_clinics_mcid(riverside: ClinicPeople) -> None:
    riverside.clinic.visa_a_mcid = 10
    riverside.clinic.save()
    visa_a(riverside.patient, 30, 50)
    visa_a(riverside.patient, 16, 55)
    visa_a(riverside.patient, 2, 62)

    response = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    change = response.context["visa_a"]
    assert (change.change.baseline, change.change.follow_up, change.change.delta) == (50, 62, 12)
    assert change.change.is_meaningful
    assert change.change.mcid == 10
    assert "+12 points (improved); at least the clinic's meaningful change of 10 points" in (
        response.content.decode()
    )


def test_one_visa_a_score_is_not_yet_a_change(riverside: ClinicPeople) -> None:
    visa_a(riverside.patient, 2, 62)

    assert "The change is shown once there are two VISA-A scores." in page_of(riverside)


def test_the_timeline_lists_every_kind_of_record_newest_first(riverside: ClinicPeople) -> None:
    patient = riverside.patient
    save_check(patient)
    prescribe(patient, started_days_ago=10)
    log(patient, 3, pain=4)
    visa_a(patient, 5, 58)
    TreatmentEpisode.objects.create(
        patient=patient, kind="eswt", side="right", start_date=days_ago(40), outcome="no_change"
    )
    Message.objects.create(patient=patient, author=riverside.clinician, body="How is it going?")
    patient.pain_records.create(date=days_ago(7), score=3, context="morning")

    response = client_for(riverside.clinician).get(reverse("clinician:patient", args=[patient.pk]))

    timeline = response.context["timeline"]
    assert [entry.kind for entry in timeline] == [
        "Message",
        "Symptom check",
        "Exercise log",
        "VISA-A",
        "Pain",
        "Programme",
        "Treatment",
    ]
    assert [entry.on for entry in timeline] == sorted(
        (entry.on for entry in timeline), reverse=True
    )
    summaries = " | ".join(entry.summary for entry in timeline)
    assert "6 sets, 0 kg, pain 4/10" in summaries
    assert "58 / 100" in summaries
    assert "Shockwave therapy (ESWT), right side, ongoing, no change" in summaries
    assert "clinician@riverside.example (clinician): How is it going?" in summaries
    assert "3/10, First thing in the morning" in summaries


def test_a_log_of_one_set_says_one_set(riverside: ClinicPeople) -> None:
    for days, sets in [(1, 1), (2, 0)]:
        ExerciseLog.objects.create(
            patient=riverside.patient, date=days_ago(days), sets_done=sets, pain_during=2
        )

    response = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    summaries = [entry.summary for entry in response.context["timeline"]]
    assert summaries == ["1 set, 0 kg, pain 2/10", "0 sets, 0 kg, pain 2/10"]


def test_an_empty_record_says_so(riverside: ClinicPeople) -> None:
    page = page_of(riverside)

    assert "No flags today." in page
    assert "Nothing is recorded yet." in page
    assert "No symptom check is saved on this record yet" in page


def test_the_page_links_to_prescribing_treatments_messages_and_referral_letters(
    riverside: ClinicPeople,
) -> None:
    page = page_of(riverside)
    patient_id = riverside.patient.pk

    assert reverse("clinician:prescribe", args=[patient_id]) in page
    assert reverse("clinician:treatment-new", args=[patient_id]) in page
    assert reverse("clinician:messages", args=[patient_id]) in page
    assert f"{reverse('clinician:referral-letter', args=[patient_id])}?for=specialist" in page


def test_a_timeline_entry_of_today_sorts_by_the_time_it_was_made(riverside: ClinicPeople) -> None:
    first = Message.objects.create(patient=riverside.patient, body="first")
    second = Message.objects.create(patient=riverside.patient, body="second")
    Message.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(minutes=5))

    response = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    assert [entry.summary for entry in response.context["timeline"]] == [
        f"A closed account: {second.body}",
        f"A closed account: {first.body}",
    ]
