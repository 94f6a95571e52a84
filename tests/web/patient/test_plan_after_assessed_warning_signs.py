"""A day that reported a warning sign or a new medicine counts as done but earns no more load:
once the reports are assessed, My plan keeps the load until the clean sessions after that day
earn more (HAZ-23)."""

from __future__ import annotations

import pytest
from django.utils import timezone
from web.patient.programme_records import PLAN_URL, add_log, page, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.daily_log import record_daily_log
from achillespath.web.models import WarningSignReview

pytestmark = pytest.mark.django_db

SETTLED = {"pain": 1, "load_kg": 5, "next_morning_pain": 1, "morning_stiffness_minutes": 5}


def nia_logs_a_swollen_calf_and_levofloxacin_after_two_settled_sessions(
    people: ClinicPeople,
) -> None:
    # Walkthrough: on assessment My plan said "Add a little load" for the day of the reports.
    prescribe(people.patient, started_days_ago=10, load=5)
    add_log(people.patient, 3, **SETTLED)
    add_log(people.patient, 2, **SETTLED)
    add_log(
        people.patient,
        1,
        **SETTLED,
        red_flag_reported=True,
        warning_signs="calf_swelling",
        new_medicines="levofloxacin 500 mg",
    )
    WarningSignReview.objects.create(
        patient=people.patient,
        reviewed_by=people.clinician,
        reviewed_at=timezone.now(),
        note="Seen in clinic; DVT excluded by scan",
    )


def test_once_assessed_nias_plan_keeps_the_load_rather_than_adding_to_it(
    riverside: ClinicPeople,
) -> None:
    nia_logs_a_swollen_calf_and_levofloxacin_after_two_settled_sessions(riverside)

    shown = " ".join(page(client_for(riverside.patient_user), PLAN_URL).split())

    assert "Add a little load" not in shown
    assert "More load comes after 3 sessions since your log for" in shown
    assert "reported a warning sign or a new medicine" in shown


def test_the_next_clean_session_logged_holds_the_load_too(riverside: ClinicPeople) -> None:
    nia_logs_a_swollen_calf_and_levofloxacin_after_two_settled_sessions(riverside)
    today = timezone.localdate()

    session = record_daily_log(
        riverside.patient,
        {"date": today, "sets_done": 3, "load_kg": 5, "pain_during": 1, "morning_pain": 1},
        today,
    )

    assert session.advice is not None and session.advice.action == "hold"
    assert [exercise.load_kg for exercise in session.exercises] == [5, 5]
