"""My plan says softly when the next VISA-A is due, due now or overdue, on the clinic's
schedule (a baseline, then every 2 weeks and at 6 and 12 weeks by default)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from web.patient.programme_records import PLAN_URL, add_visa_a, page, prescribe
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db


def plan_page(people: ClinicPeople) -> str:
    return page(client_for(people.patient_user), PLAN_URL)


def test_the_baseline_is_due_on_the_day_the_programme_starts(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=0)

    shown = plan_page(riverside)

    assert "Due</strong> Your VISA-A questionnaire is due on" in shown
    assert 'href="/visa-a/"' in shown


def test_two_weeks_after_the_baseline_the_next_is_due(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=14)
    add_visa_a(riverside.patient, 14, 50)

    assert "Due</strong>" in plan_page(riverside)


def test_a_questionnaire_not_answered_within_the_grace_days_is_overdue(
    riverside: ClinicPeople,
) -> None:
    prescription = prescribe(riverside.patient, started_days_ago=20)
    add_visa_a(riverside.patient, 20, 50)

    shown = plan_page(riverside)

    due = prescription.start_date + timedelta(weeks=2)
    assert f"Overdue</strong> Your VISA-A questionnaire was due on {due:%-d %B %Y}." in shown


def test_the_clinics_own_interval_sets_the_next_date(riverside: ClinicPeople) -> None:
    riverside.clinic.visa_a_interval_weeks = 4
    riverside.clinic.save()
    prescription = prescribe(riverside.patient, started_days_ago=3)
    add_visa_a(riverside.patient, 3, 50)

    shown = plan_page(riverside)

    due = prescription.start_date + timedelta(weeks=4)
    assert f"Your next VISA-A questionnaire is due on {due:%-d %B %Y}." in shown


def test_a_clinic_that_lists_only_week_6_still_asks_for_the_twelve_week_questionnaire(
    riverside: ClinicPeople,
) -> None:
    # Interval 5 with only week 6 once gave weeks 0, 5, 6, 10: never the 12-week review.
    riverside.clinic.visa_a_interval_weeks = 5
    riverside.clinic.follow_up_weeks = [6]
    riverside.clinic.save()
    prescription = prescribe(riverside.patient, started_days_ago=71)
    add_visa_a(riverside.patient, 71, 50)
    add_visa_a(riverside.patient, 1, 60)  # week 10

    shown = plan_page(riverside)

    due = prescription.start_date + timedelta(weeks=12)
    assert f"Your next VISA-A questionnaire is due on {due:%-d %B %Y}." in shown
