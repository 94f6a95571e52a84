"""Download everything held about me: JSON in full and a readable PDF summary, both audited."""

from __future__ import annotations

import datetime as dt
import json
import re

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
    WarningSignReview,
)
from achillespath.web.reports import patient_summary

pytestmark = pytest.mark.django_db

SECTIONS = [
    "exported_at",
    "profile",
    "assessments",
    "prescriptions",
    "exercise_logs",
    "warning_sign_reviews",
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


def summary_html(people: ClinicPeople) -> str:
    """The HTML the PDF summary of the patient's record is printed from."""
    captured: dict[str, object] = {}

    def keep_context(template: str, context: dict[str, object]) -> bytes:
        captured["html"] = render_to_string(template, context)
        return b"%PDF-"

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patient_summary, "render_pdf", keep_context)
        patient_summary.summary_pdf(
            patient_summary.gather_record(people.patient, people.patient_user),
            dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC),
        )
    return " ".join(str(captured["html"]).split())


def test_the_pdf_summary_says_what_the_record_holds(full_record: ClinicPeople) -> None:
    html = summary_html(full_record)

    assert "Book an appointment with a GP or physiotherapist" in html
    assert label("conditions", "midportion_tendinopathy") in html
    assert "Heavy-load heel-lowering (Alfredson programme)" in html
    assert "<td>Shockwave therapy</td>" in html and "<td>Better</td>" in html
    assert "<td>Your clinic</td><td>How is it going?</td>" in html
    assert "<td>Common questions</td>" in html


def test_the_pdf_summary_names_the_warning_signs_ticked_in_a_daily_log(
    riverside: ClinicPeople,
) -> None:
    patient = riverside.patient
    for day, signs in ((3, "calf_swelling,fever"), (4, "")):
        ExerciseLog.objects.create(
            patient=patient,
            date=dt.date(2026, 11, day),
            sets_done=3,
            pain_during=2,
            red_flag_reported=True,
            warning_signs=signs,
        )

    html = summary_html(riverside)

    assert "Warning signs reported: A swollen calf; A fever (high temperature)." in html
    # A log saved before the signs were kept says only that one was reported.
    assert html.count("Warning sign reported.") == 1


def test_the_pdf_summary_dates_the_record_from_whatever_was_saved_first(
    riverside: ClinicPeople,
) -> None:
    first_check = Assessment.objects.create(
        patient=riverside.patient,
        intake={},
        result={},
        disposition="routine",
        pathway_version="2026.11.1",
    )
    started = dt.datetime(2026, 10, 5, 9, 0, tzinfo=dt.UTC)
    Assessment.objects.filter(pk=first_check.pk).update(created_at=started)

    html = summary_html(riverside)

    assert (
        '<th scope="row">Record started</th><td>5 October 2026 '
        "(the earliest day anything in this record was saved)</td>"
    ) in html


def test_the_pdf_summary_record_starts_with_the_account_when_it_came_first(
    riverside: ClinicPeople,
) -> None:
    riverside.patient_user.date_joined = dt.datetime(2026, 9, 1, 12, 0, tzinfo=dt.UTC)
    riverside.patient_user.save()

    assert "Record started</th><td>1 September 2026 " in summary_html(riverside)


def test_the_pdf_summary_calls_the_prescribed_weight_the_weight_to_start_with(
    riverside: ClinicPeople,
) -> None:
    prescription = Prescription.objects.create(
        patient=riverside.patient, programme="midportion", start_date=dt.date(2026, 11, 2)
    )
    ExerciseLog.objects.create(
        patient=riverside.patient,
        prescription=prescription,
        date=dt.date(2026, 11, 9),
        sets_done=3,
        load_kg=7.5,
        pain_during=2,
    )

    html = summary_html(riverside)

    assert '<th scope="col">Extra weight set</th>' in html
    assert "<td>None (body weight)</td>" in html
    assert "My plan sets the weight for each session from your daily logs" in html
    assert "<td>3</td><td>7.5 kg</td>" in html
    assert "0.0 kg" not in html


@pytest.mark.parametrize("url", ["/my-data/download.json", "/my-data/summary.pdf"])
def test_each_download_is_an_export_in_the_audit_log(riverside: ClinicPeople, url: str) -> None:
    client_for(riverside.patient_user).get(url)

    event = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert (event.patient_id, event.actor) == (riverside.patient.pk, riverside.patient_user)


@pytest.mark.parametrize("url", ["/my-data/download.json", "/my-data/summary.pdf"])
def test_downloads_are_not_kept_in_caches(riverside: ClinicPeople, url: str) -> None:
    assert client_for(riverside.patient_user).get(url)["Cache-Control"] == "no-store"


def test_the_pdf_summarys_log_table_keeps_each_row_whole_and_its_header_on_every_page(
    riverside: ClinicPeople,
) -> None:
    from weasyprint import HTML  # noqa: PLC0415 (slow to import, as in reports.pdf)

    first = dt.date(2026, 8, 1)
    for day in range(60):
        ExerciseLog.objects.create(
            patient=riverside.patient,
            date=first + dt.timedelta(days=day),
            sets_done=3,
            load_kg=2.5,
            pain_during=2,
            next_morning_pain=1,
            morning_stiffness_minutes=10,
        )
    pages = HTML(string=summary_html(riverside)).render().pages

    for page in pages:
        words = " ".join(
            box.text for box in page._page_box.descendants() if hasattr(box, "text")
        )  # WeasyPrint keeps the laid-out boxes private
        rows = re.findall(r"\d{1,2} \w{3} 2026 3 2.5 kg 2 1 10 min", words)
        cells = words.count("10 min")
        if cells:
            assert "Next morning pain" in words  # the header, repeated
            assert len(rows) == cells  # every row on the page has its date and all its cells


def pat_has_a_swollen_calf_assessed_and_her_load_set_to_body_weight(people: ClinicPeople) -> None:
    # Walkthrough: the download left out the assessment and its note, and listed two programmes
    # that looked the same after the clinician set the load.
    patient = people.patient
    day = dt.date(2026, 11, 2)
    Prescription.objects.create(
        patient=patient, programme="midportion", start_date=day, side="left", active=False
    )
    Prescription.objects.create(
        patient=patient, programme="midportion", start_date=day, side="left"
    )
    ExerciseLog.objects.create(
        patient=patient, date=day, sets_done=3, pain_during=2, red_flag_reported=True
    )
    WarningSignReview.objects.create(
        patient=patient,
        reviewed_by=people.clinician,
        reviewed_at=dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC),
        note="Seen in clinic; DVT excluded by scan",
    )


def test_the_json_holds_each_assessment_of_warning_signs_with_its_note(
    riverside: ClinicPeople,
) -> None:
    pat_has_a_swollen_calf_assessed_and_her_load_set_to_body_weight(riverside)

    data = json.loads(client_for(riverside.patient_user).get("/my-data/download.json").content)

    [review] = data["warning_sign_reviews"]
    assert review["note"] == "Seen in clinic; DVT excluded by scan"
    assert review["reviewed_at"].startswith("2026-11-22T10:00:00")
    assert "reviewed_by" not in review


def test_the_json_says_what_each_saving_of_a_programme_changed(riverside: ClinicPeople) -> None:
    pat_has_a_swollen_calf_assessed_and_her_load_set_to_body_weight(riverside)

    data = json.loads(client_for(riverside.patient_user).get("/my-data/download.json").content)

    assert [row["changes"] for row in data["prescriptions"]] == [
        ["Extra weight from the next session: body weight only"],
        ["First programme"],
    ]


def test_the_pdf_summary_lists_the_assessment_and_what_the_programme_change_was(
    riverside: ClinicPeople,
) -> None:
    pat_has_a_swollen_calf_assessed_and_her_load_set_to_body_weight(riverside)

    html = summary_html(riverside)

    assert "<h2>Warning signs assessed</h2>" in html
    assert "<td>Seen in clinic; DVT excluded by scan</td>" in html
    assert "<td>Extra weight from the next session: body weight only</td>" in html
    assert "<td>First programme</td>" in html
