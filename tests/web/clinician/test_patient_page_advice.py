"""The pathway advice on the patient page is the core's: the latest symptom check re-assessed
with the recorded treatment episodes, shown with reasons, sources and the pathway version."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from web.clinician.records import SAM_INTAKE, days_ago, save_check, today
from web.people import ClinicPeople, client_for

from achillespath.assessment import assess
from achillespath.intake import Intake, Treatment
from achillespath.sources import cite
from achillespath.web.models import Assessment, Patient, TreatmentEpisode
from achillespath.web.pathway_advice import (
    intake_with_treatments,
    pathway_advice_for,
    symptom_weeks_today,
    treatment_from_episode,
)

pytestmark = pytest.mark.django_db


def open_page(riverside: ClinicPeople, patient: Patient) -> tuple[object, str]:
    response = client_for(riverside.clinician).get(reverse("clinician:patient", args=[patient.pk]))
    assert response.status_code == 200
    return response.context["advice"], response.content.decode()


def failed_loading(patient: Patient, weeks: int = 12) -> TreatmentEpisode:
    return TreatmentEpisode.objects.create(
        patient=patient,
        kind="loading_programme",
        side="right",
        start_date=days_ago(weeks * 7),
        end_date=today(),
        outcome="no_change",
    )


def test_sam_without_treatment_is_advised_to_start_loading(riverside: ClinicPeople) -> None:
    save_check(riverside.patient)

    advice, page = open_page(riverside, riverside.patient)

    assert [line.title for line in advice.recommendations] == [
        "See a GP or physiotherapist",
        "Calf-strengthening programme",
        "Self-help at home",
    ]
    assert advice.ate_status == "Not yet"
    assert f"Pathway version {advice.result.pathway_version}" in page


def test_twelve_recorded_weeks_of_failed_loading_bring_the_add_on_options_and_ate(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient)
    failed_loading(riverside.patient)

    advice, page = open_page(riverside, riverside.patient)

    ids = [rec.id for rec in advice.result.recommendations]
    assert ids[:3] == ["see_gp_or_physio", "ate_assessment", "eswt"]
    assert advice.ate_status == "Worth an ATE assessment"
    assert "Embolisation (ATE) assessment" in page
    assert [(t.origin, t.name, t.weeks, t.outcome) for t in advice.treatments] == [
        ("recorded", "Loading programme", 12.0, "No change")
    ]


def test_after_a_recorded_ate_the_page_no_longer_calls_one_worth_assessing(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient)
    failed_loading(riverside.patient)
    TreatmentEpisode.objects.create(
        patient=riverside.patient,
        kind="ate",
        side="right",
        start_date=today(),
        end_date=today(),
        outcome="",
    )

    advice, page = open_page(riverside, riverside.patient)

    assert "ate_assessment" not in [rec.id for rec in advice.result.recommendations]
    assert advice.ate_status == "Needs specialist review"
    assert "Worth an ATE assessment" not in page
    assert "ATE already recorded: follow-up belongs with the team that performed it" in page


def test_chloe_with_physio_on_record_from_before_her_pain_began_gets_one_story(
    riverside: ClinicPeople,
) -> None:
    # Her check said 3 weeks of pain, 5 weeks ago; 26 weeks of physiotherapy are on record.
    check = save_check(riverside.patient, symptom_weeks=3)
    Assessment.objects.filter(pk=check.pk).update(created_at=check.created_at - timedelta(weeks=5))
    TreatmentEpisode.objects.create(
        patient=riverside.patient,
        kind="physiotherapy",
        side="right",
        start_date=days_ago(27 * 7),
        end_date=days_ago(7),
        outcome="no_change",
    )

    advice, page = open_page(riverside, riverside.patient)

    assert "surgical_referral" in [rec.id for rec in advice.result.recommendations]
    assert "Symptoms for under 13 weeks" not in page
    assert "Symptoms for at least 13 weeks." in page
    assert "than a treatment episode listed (26 weeks); the advice counts the longer" in page


def test_erin_is_judged_on_how_long_her_pain_has_lasted_now_not_on_the_day_of_her_check(
    riverside: ClinicPeople,
) -> None:
    # Her pain was 3 weeks old at the check 16 weeks ago: 19 weeks now, past ATE's 13 weeks.
    check = save_check(riverside.patient, symptom_weeks=3)
    Assessment.objects.filter(pk=check.pk).update(created_at=check.created_at - timedelta(weeks=16))
    failed_loading(riverside.patient)

    advice, _ = open_page(riverside, riverside.patient)

    assert advice.ate_status == "Worth an ATE assessment"
    assert "ate_assessment" in [rec.id for rec in advice.result.recommendations]


def test_the_weeks_since_the_check_are_added_to_a_known_duration_only() -> None:
    checked_on = days_ago(14)
    reported = Intake.model_validate({**SAM_INTAKE, "symptom_weeks": 3})
    unknown = Intake.model_validate({**SAM_INTAKE, "symptom_weeks": None})

    assert symptom_weeks_today(reported, checked_on, today()).symptom_weeks == 5.0
    assert symptom_weeks_today(reported, today(), today()).symptom_weeks == 3
    assert symptom_weeks_today(unknown, checked_on, today()).symptom_weeks is None


def test_a_duration_brought_up_to_today_stays_within_the_intakes_bounds() -> None:
    reported = Intake.model_validate({**SAM_INTAKE, "symptom_weeks": 2599})

    assert symptom_weeks_today(reported, days_ago(70), today()).symptom_weeks == 2600


def test_the_page_shows_what_the_core_decided_and_nothing_else(riverside: ClinicPeople) -> None:
    save_check(riverside.patient)
    failed_loading(riverside.patient)
    intake = Intake.model_validate(
        {
            **SAM_INTAKE,
            "treatments": [{"kind": "loading_programme", "weeks": 12, "outcome": "no_change"}],
        }
    )

    advice, page = open_page(riverside, riverside.patient)

    assert advice.result == assess(intake)
    for rec in advice.result.recommendations:
        assert rec.clinician_reason in page.replace("&#x27;", "'")


def test_each_recommendation_shows_the_clinicians_words_and_numbered_sources(
    riverside: ClinicPeople,
) -> None:
    save_check(riverside.patient)

    advice, page = open_page(riverside, riverside.patient)

    first = advice.recommendations[0]
    assert first.clinician.startswith("Routine assessment and management in primary care")
    assert first.reference_numbers == (1, 2)
    assert 'href="#reference-1"' in page
    assert f'<li id="reference-1" class="nhsuk-body-s">{cite("bupa-2022").citation}' in page


def test_an_urgent_check_shows_the_red_flag_and_same_day_advice(riverside: ClinicPeople) -> None:
    save_check(riverside.patient, heard_snap=True, medications=None)

    advice, page = open_page(riverside, riverside.patient)

    assert advice.is_alarming
    assert advice.red_flags == ("A snap or pop was heard or felt",)
    # The check stopped before medicines, so the clinician is reminded to ask about them.
    assert [line.title for line in advice.recommendations] == [
        "Get a possible torn tendon checked today",
        "Tell them about your medicines",
    ]
    assert "nhsuk-card--warning" in page


def test_the_latest_check_is_the_one_assessed(riverside: ClinicPeople) -> None:
    old = save_check(riverside.patient, heard_snap=True)
    Assessment.objects.filter(pk=old.pk).update(created_at=old.created_at - timedelta(days=30))
    save_check(riverside.patient)

    advice, _ = open_page(riverside, riverside.patient)

    assert advice.result.red_flags == ()


def test_a_check_that_no_longer_fits_the_intake_contract_is_explained_not_crashed(
    riverside: ClinicPeople,
) -> None:
    check = save_check(riverside.patient)
    Assessment.objects.filter(pk=check.pk).update(intake={"no_such_question": True})

    advice, page = open_page(riverside, riverside.patient)

    assert not advice.is_available
    assert "can no longer be read by this version of the pathway" in page
    assert pathway_advice_for(riverside.patient, today()) is None


def test_without_a_check_there_is_no_advice(riverside: ClinicPeople) -> None:
    assert pathway_advice_for(riverside.patient, today()) is None


def test_an_ongoing_episode_counts_the_weeks_up_to_today(riverside: ClinicPeople) -> None:
    episode = TreatmentEpisode(
        patient=riverside.patient, kind="eswt", side="left", start_date=days_ago(21)
    )

    assert treatment_from_episode(episode, today()) == Treatment(
        kind="eswt", weeks=3.0, weeks_since_start=3.0
    )


def test_an_ended_episode_says_how_long_it_went_on_and_how_long_ago_it_began(
    riverside: ClinicPeople,
) -> None:
    episode = TreatmentEpisode(
        patient=riverside.patient,
        kind="eswt",
        side="left",
        start_date=days_ago(28),
        end_date=days_ago(14),
    )

    assert treatment_from_episode(episode, today()) == Treatment(
        kind="eswt", weeks=2.0, weeks_since_start=4.0
    )


def test_recorded_episodes_follow_the_reported_ones_oldest_first(riverside: ClinicPeople) -> None:
    reported = Intake.model_validate(
        {**SAM_INTAKE, "treatments": [{"kind": "heel_lifts", "weeks": 4}]}
    )
    later = TreatmentEpisode(
        patient=riverside.patient,
        kind="eswt",
        side="left",
        start_date=days_ago(14),
        end_date=days_ago(0),
        outcome="worse",
    )
    earlier = TreatmentEpisode(
        patient=riverside.patient,
        kind="physiotherapy",
        side="left",
        start_date=days_ago(70),
        end_date=days_ago(14),
        outcome="no_change",
    )

    merged, _ = intake_with_treatments(reported, [later, earlier], [], today())

    assert [(t.kind, t.weeks, t.outcome) for t in merged.treatments or ()] == [
        ("heel_lifts", 4.0, None),
        ("physiotherapy", 8.0, "no_change"),
        ("eswt", 2.0, "worse"),
    ]
    assert merged.model_copy(update={"treatments": None}) == reported.model_copy(
        update={"treatments": None}
    )


def test_a_history_longer_than_the_intake_holds_keeps_the_newest_episodes(
    riverside: ClinicPeople,
) -> None:
    reported = Intake.model_validate(
        {**SAM_INTAKE, "treatments": [{"kind": "heel_lifts", "weeks": 1}] * 45}
    )
    episodes = [
        TreatmentEpisode(kind="eswt", side="left", start_date=days_ago(day), end_date=today())
        for day in range(10, 0, -1)
    ]

    merged, _ = intake_with_treatments(reported, episodes, [], today())

    kinds = [t.kind for t in merged.treatments or ()]
    assert len(kinds) == 50
    assert kinds.count("eswt") == 10
