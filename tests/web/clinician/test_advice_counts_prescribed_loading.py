"""A programme prescribed in the app counts as loading in the pathway advice, so at 12 weeks
the patient page, the clinic API and the referral letter say what the caseload flag says:
discuss add-on options (the VISA-A rose less than the MCID, so the programme counts as no
change). A loading episode recorded for the same weeks is not counted twice.

Vignette (clinician review): Nina signs up, does the symptom check (20 weeks of midportion
pain) and is prescribed the midportion programme backdated 13 weeks; VISA-A 48 then 55.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from web.api.calls import api_client
from web.clinician.records import days_ago, prescribe, save_check, today, visa_a
from web.people import ClinicPeople, client_for

from achillespath.intake import Treatment, TreatmentKind
from achillespath.monitoring.flags import FlagKind
from achillespath.web.models import Prescription, TreatmentEpisode
from achillespath.web.pathway_advice import prescribed_loading
from achillespath.web.reports.referral import Recipient, referral_letter

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)
ADD_ONS = "stepped_care.add_on_discussion"


def nina_13_weeks_into_a_prescribed_programme(people: ClinicPeople) -> None:
    save_check(people.patient)
    prescribe(people.patient, started_days_ago=91)
    visa_a(people.patient, 91, 48)
    visa_a(people.patient, 1, 55)


def test_a_prescribed_programme_of_13_weeks_brings_the_add_on_options_everywhere(
    riverside: ClinicPeople,
) -> None:
    nina_13_weeks_into_a_prescribed_programme(riverside)
    client = client_for(riverside.clinician)

    page = client.get(reverse("clinician:patient", args=[riverside.patient.pk]))
    advice = page.context["advice"]
    body = api_client(riverside.clinician).get(f"/api/patients/{riverside.patient.pk}").json()
    letter = referral_letter(
        riverside.patient, Recipient.SPECIALIST, author=riverside.clinician, today=today()
    )

    assert FlagKind.NO_MEANINGFUL_IMPROVEMENT in {line.kind for line in page.context["flags"]}
    assert [(t.origin, t.name, t.weeks, t.outcome) for t in advice.treatments] == [
        ("prescribed", "Loading programme", 13.0, "No change")
    ]
    assert ADD_ONS in {rec.rule for rec in advice.result.recommendations}
    assert advice.ate_status == "Worth an ATE assessment"
    assert ADD_ONS in {rec["rule"] for rec in body["advice"]["assessment"]["recommendations"]}
    assert letter.advice.is_available
    assert ADD_ONS in {rec.rule for rec in letter.advice.result.recommendations}


def test_a_loading_episode_recorded_for_the_same_weeks_is_not_counted_twice(
    riverside: ClinicPeople,
) -> None:
    nina_13_weeks_into_a_prescribed_programme(riverside)
    TreatmentEpisode.objects.create(
        patient=riverside.patient, kind="loading_programme", side="right", start_date=days_ago(91)
    )

    page = client_for(riverside.clinician).get(
        reverse("clinician:patient", args=[riverside.patient.pk])
    )

    assert [(t.origin, t.weeks) for t in page.context["advice"].treatments] == [("recorded", 13.0)]


def prescription(started: dt.date, created: dt.date, *, active: bool) -> Prescription:
    made = Prescription(programme="midportion", start_date=started, side="right", active=active)
    made.created_at = dt.datetime.combine(created, dt.time(9), tzinfo=dt.UTC)
    return made


def loading_episode(start: dt.date, end: dt.date | None) -> TreatmentEpisode:
    return TreatmentEpisode(kind="loading_programme", side="right", start_date=start, end_date=end)


def loading(weeks: float, since: float) -> Treatment:
    """A prescribed programme counted for `weeks`, begun `since` weeks ago."""
    return Treatment(kind=TreatmentKind.LOADING_PROGRAMME, weeks=weeks, weeks_since_start=since)


NOW = dt.date(2026, 11, 22)


def test_a_replaced_programme_counts_until_its_replacement_started() -> None:
    first = prescription(NOW - 70 * DAY, NOW - 70 * DAY, active=False)
    second = prescription(NOW - 28 * DAY, NOW - 28 * DAY, active=True)

    assert prescribed_loading([second, first], [], NOW) == [
        (NOW - 70 * DAY, loading(6.0, 10.0)),
        (NOW - 28 * DAY, loading(4.0, 4.0)),
    ]


def test_only_the_weeks_no_recorded_loading_episode_covers_are_counted() -> None:
    programme = prescription(NOW - 84 * DAY, NOW - 84 * DAY, active=True)
    first_four_weeks = loading_episode(NOW - 84 * DAY, NOW - 56 * DAY)
    overlapping = loading_episode(NOW - 70 * DAY, NOW - 49 * DAY)

    assert prescribed_loading([programme], [first_four_weeks, overlapping], NOW) == [
        (NOW - 84 * DAY, loading(7.0, 12.0))
    ]


def test_a_programme_a_recorded_episode_covers_entirely_is_left_out() -> None:
    programme = prescription(NOW, NOW, active=True)
    still_going = loading_episode(NOW - 7 * DAY, None)

    assert prescribed_loading([programme], [still_going], NOW) == []


def test_a_programme_that_starts_later_or_today_counts_from_its_start() -> None:
    later = prescription(NOW + 7 * DAY, NOW, active=True)
    started_today = prescription(NOW, NOW, active=True)

    assert prescribed_loading([later], [], NOW) == []
    assert prescribed_loading([started_today], [], NOW) == [(NOW, loading(0.0, 0.0))]
