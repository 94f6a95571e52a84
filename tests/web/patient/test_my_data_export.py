"""Download everything held about me: JSON in full and a readable PDF summary, both audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.template.loader import render_to_string
from web.people import ClinicPeople, client_for

from achillespath.labels import label
from achillespath.web.models import (
    Assessment,
    AuditAction,
    AuditEvent,
    ContentFeedback,
    ExerciseLog,
    Message,
    PainRecord,
    Prescription,
    TreatmentEpisode,
    VisaAResponse,
)
from achillespath.web.reports import patient_summary

pytestmark = pytest.mark.django_db

SECTIONS = [
    "exported_at",
    "profile",
    "assessments",
    "prescriptions",
    "exercise_logs",
    "visa_a",
    "pain_records",
    "treatments",
    "messages",
    "content_feedback",
]


@pytest.fixture
def full_record(riverside: ClinicPeople) -> ClinicPeople:
    """Pat's record with one of everything, and a message from the clinic."""
    patient = riverside.patient
    day = dt.date(2026, 11, 2)
    Assessment.objects.create(
        patient=patient,
        intake={"age": 45},
        result={"conditions": ["midportion_tendinopathy"]},
        disposition="routine",
        pathway_version="2026.11.1",
    )
    prescription = Prescription.objects.create(
        patient=patient, programme="midportion", start_date=day, side="left"
    )
    ExerciseLog.objects.create(
        patient=patient, prescription=prescription, date=day, sets_done=6, pain_during=3
    )
    VisaAResponse.objects.create(patient=patient, answers={"q1": 5}, total=62, taken_on=day)
    PainRecord.objects.create(patient=patient, date=day, score=4)
    TreatmentEpisode.objects.create(
        patient=patient, kind="eswt", side="left", start_date=day, outcome="improved"
    )
    Message.objects.create(patient=patient, author=riverside.clinician, body="How is it going?")
    Message.objects.create(patient=patient, author=riverside.patient_user, body="Better, thanks")
    ContentFeedback.objects.create(item_id="faq", helpful=True, user=riverside.patient_user)
    return riverside


def test_the_json_download_holds_every_part_of_the_record(full_record: ClinicPeople) -> None:
    response = client_for(full_record.patient_user).get("/my-data/download.json")
    data = json.loads(response.content)

    assert list(data) == SECTIONS
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="achillespath-my-data-')
    assert data["assessments"][0]["result"] == {"conditions": ["midportion_tendinopathy"]}
    assert data["prescriptions"][0]["programme"] == "midportion"
    assert data["exercise_logs"][0]["sets_done"] == 6
    assert data["visa_a"][0]["total"] == 62
    assert data["pain_records"][0]["date"] == "2026-11-02"
    assert data["treatments"][0]["outcome"] == "improved"
    assert [(m["body"], m["from_you"]) for m in data["messages"]] == [
        ("How is it going?", False),
        ("Better, thanks", True),
    ]
    assert data["content_feedback"][0]["item_id"] == "faq"


def test_the_json_leaves_out_links_to_staff_accounts(full_record: ClinicPeople) -> None:
    body = client_for(full_record.patient_user).get("/my-data/download.json").content.decode()

    assert "clinician@riverside.example" not in body
    assert "author" not in body


def test_the_pdf_summary_is_a_pdf(full_record: ClinicPeople) -> None:
    response = client_for(full_record.patient_user).get("/my-data/summary.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"].endswith('.pdf"')


def test_the_pdf_summary_says_what_the_record_holds(full_record: ClinicPeople) -> None:
    captured: dict[str, object] = {}

    def keep_context(template: str, context: dict[str, object]) -> bytes:
        captured["html"] = render_to_string(template, context)
        return b"%PDF-"

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patient_summary, "render_pdf", keep_context)
        patient_summary.summary_pdf(
            patient_summary.gather_record(full_record.patient, full_record.patient_user),
            dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC),
        )

    html = str(captured["html"])
    assert "Book an appointment with a GP or physiotherapist" in html
    assert label("conditions", "midportion_tendinopathy") in html
    assert "Eccentric programme for midportion pain (Alfredson)" in html
    assert "<td>Shockwave therapy</td>" in html and "<td>Better</td>" in html
    assert "<td>Your clinic</td><td>How is it going?</td>" in html
    assert "<td>Common questions</td>" in html


@pytest.mark.parametrize("url", ["/my-data/download.json", "/my-data/summary.pdf"])
def test_each_download_is_an_export_in_the_audit_log(riverside: ClinicPeople, url: str) -> None:
    client_for(riverside.patient_user).get(url)

    event = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert (event.patient_id, event.actor) == (riverside.patient.pk, riverside.patient_user)


@pytest.mark.parametrize("url", ["/my-data/download.json", "/my-data/summary.pdf"])
def test_downloads_are_not_kept_in_caches(riverside: ClinicPeople, url: str) -> None:
    assert client_for(riverside.patient_user).get(url)["Cache-Control"] == "no-store"
