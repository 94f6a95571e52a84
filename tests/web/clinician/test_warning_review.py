"""A warning sign a patient reports stands on the caseload until clinic staff record that it
was assessed: who, when and a note, audited, on the timeline; a sign reported after that is
flagged again, and one that came in while the page was open is never let go unread.

Vignette: Femi ticks "A snap or pop" in the log of a day two weeks back. His physiotherapist
sees him the same day, finds the calf squeeze normal and records it.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.clinician.records import days_ago, prescribe, save_check, visa_a
from web.patient.programme_records import log_form
from web.people import ClinicPeople, client_for

from achillespath.dates import day_words
from achillespath.web.models import AuditAction, AuditEvent, WarningSignReview

pytestmark = pytest.mark.django_db

CASELOAD = reverse("clinician:caseload")
SNAP = "A snap or pop at the back of the ankle"
NOTE = "Seen in clinic: calf squeeze normal, no rupture."


def femi_back_fills_a_snap(people: ClinicPeople, days: int = 14) -> None:
    prescribe(people.patient, started_days_ago=30)
    visa_a(people.patient, 1, 50)
    save_check(people.patient)
    day = days_ago(days)
    client_for(people.patient_user).post(
        f"/log/{day.isoformat()}/", log_form(day, warning_signs="snap")
    )


def review_url(people: ClinicPeople) -> str:
    return reverse("clinician:warning-review", args=[people.patient.pk])


def seen(people: ClinicPeople) -> str:
    """The newest report the review page showed, as its form sends it back."""
    response = client_for(people.clinician).get(review_url(people))
    return str(response.context["form"]["seen"].value())


def caseload(people: ClinicPeople) -> str:
    return client_for(people.clinician).get(CASELOAD).content.decode()


def test_a_snap_back_filled_two_weeks_back_stands_since_today(riverside: ClinicPeople) -> None:
    femi_back_fills_a_snap(riverside)

    page = caseload(riverside)

    logged_for = days_ago(14)
    assert (
        f"{SNAP} (daily log for {day_words(logged_for)}, reported on {day_words(days_ago(0))})"
        in page
    )
    assert f'since <time datetime="{days_ago(0).isoformat()}"' in page


def test_the_patient_page_offers_to_record_the_assessment(riverside: ClinicPeople) -> None:
    femi_back_fills_a_snap(riverside)

    page = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    assert review_url(riverside) in page.content.decode()


def test_the_note_is_labelled_optional_once(riverside: ClinicPeople) -> None:
    # Walkthrough: the label read "Note (optional) (optional)".
    femi_back_fills_a_snap(riverside)

    page = client_for(riverside.clinician).get(review_url(riverside)).content.decode()

    assert "Note (optional)</label>" in page
    assert "(optional) (optional)" not in page


def test_recording_the_assessment_lets_the_snap_go_with_who_when_and_the_note(
    riverside: ClinicPeople,
) -> None:
    femi_back_fills_a_snap(riverside)
    client = client_for(riverside.clinician)

    response = client.post(
        review_url(riverside), {"note": NOTE, "seen": seen(riverside)}, follow=True
    )

    review = WarningSignReview.objects.get(patient=riverside.patient)
    assert (review.reviewed_by, review.note) == (riverside.clinician, NOTE)
    shown = response.content.decode()
    assert "Recorded that the warning signs" in shown
    assert "Warning signs assessed" in shown and NOTE in shown  # the timeline
    assert "Red flag reported" not in shown
    assert SNAP not in caseload(riverside).split("<tbody")[1].split("</tbody>")[0]
    assert AuditEvent.objects.filter(
        patient_id=riverside.patient.pk,
        action=AuditAction.WRITE,
        actor=riverside.clinician,
        object_type="WarningSignReview",
        object_id=str(review.pk),
    ).exists()


def test_a_report_that_came_in_after_the_page_was_opened_is_not_let_go(
    riverside: ClinicPeople,
) -> None:
    femi_back_fills_a_snap(riverside)
    stale = "2000-01-01T00:00:00+00:00"

    response = client_for(riverside.clinician).post(
        review_url(riverside), {"note": NOTE, "seen": stale}
    )

    assert response.status_code == 200
    assert "Another report came in after this page was opened" in response.content.decode()
    assert NOTE in response.content.decode()  # nothing typed is lost
    assert not WarningSignReview.objects.exists()


def test_a_sign_reported_after_the_assessment_is_flagged_again(riverside: ClinicPeople) -> None:
    femi_back_fills_a_snap(riverside)
    client_for(riverside.clinician).post(review_url(riverside), {"seen": seen(riverside)})

    client_for(riverside.patient_user).post("/log/", log_form(warning_signs="calf_swelling"))

    assert "A swollen calf (daily log of" in caseload(riverside)


def test_a_long_note_is_refused_naming_the_field_and_kept(riverside: ClinicPeople) -> None:
    femi_back_fills_a_snap(riverside)
    long_note = "x" * 501

    response = client_for(riverside.clinician).post(
        review_url(riverside), {"note": long_note, "seen": seen(riverside)}
    )

    shown = response.content.decode()
    assert "The note must be 500 characters or fewer" in shown
    assert long_note in shown
    assert not WarningSignReview.objects.exists()


def test_another_clinics_staff_cannot_record_it(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    femi_back_fills_a_snap(riverside)

    response = client_for(hillside.clinician).post(review_url(riverside), {"note": NOTE})

    assert response.status_code == 404
    assert not WarningSignReview.objects.exists()
