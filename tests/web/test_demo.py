"""The demo data: loads twice without duplicates, and shows every caseload flag."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from achillespath.exercise import Phase, programme
from achillespath.measures.visa_a import VisaAAnswers
from achillespath.web.daily_log import warning_sign_labels
from achillespath.web.demo import PATIENTS, DemoPatient, load_demo, visa_a_answers
from achillespath.web.models import (
    Assessment,
    Clinic,
    ExerciseLog,
    Message,
    Patient,
    Prescription,
    TreatmentEpisode,
    User,
    VisaAResponse,
)
from achillespath.web.pathway_advice import pathway_advice_for

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 21)
COUNTED = (User, Patient, Prescription, ExerciseLog, VisaAResponse, Message, Clinic, Assessment)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def patient(name: str) -> Patient:
    return Patient.objects.get(display_name=name)


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def logs_by_phase(story_name: str) -> list[tuple[ExerciseLog, Phase, int]]:
    """Each log of the patient, oldest first, with its programme week and that week's phase
    (the last phase for a log after the programme's last week)."""
    prescription = patient(story_name).prescriptions.get(active=True)
    chosen = programme(prescription.programme)
    logged = []
    for log in prescription.logs.order_by("date"):
        week = (log.date - prescription.start_date).days // 7 + 1
        logged.append((log, chosen.phase_for_week(min(week, chosen.weeks)), week))
    return logged


def test_loading_twice_on_the_same_day_adds_nothing() -> None:
    load_demo(TODAY)
    first = counts()

    load_demo(TODAY)

    assert counts() == first
    assert first["Patient"] == 8


def test_loading_on_a_later_day_moves_the_records_to_the_new_dates() -> None:
    load_demo(TODAY)
    first = counts()

    load_demo(TODAY + timedelta(days=10))

    assert counts() == first
    latest = patient("Alex Morgan").exercise_logs.latest("date")
    assert latest.date == TODAY + timedelta(days=9)


def test_the_demo_logins_are_a_patient_a_clinician_and_a_clinic_admin() -> None:
    logins = load_demo(TODAY)

    assert [(login.role, login.email) for login in logins] == [
        ("patient", "patient@example.org"),
        ("clinician", "clinician@example.org"),
        ("clinic_admin", "admin@example.org"),
    ]
    for login in logins:
        assert User.objects.get(email=login.email).check_password(login.password)


def test_the_demo_clinic_offers_shockwave_and_ate_assessment() -> None:
    load_demo(TODAY)

    clinic = Clinic.objects.get(name="Riverside MSK Clinic")
    assert clinic.second_line_services == ["eswt", "ate"]


def test_the_demo_patient_has_three_weeks_of_logs_and_two_visa_a_scores() -> None:
    load_demo(TODAY)
    alex = Patient.objects.get(user__email="patient@example.org")

    assert alex.exercise_logs.count() == 19
    assert list(alex.visa_a_responses.values_list("total", flat=True)) == [61, 52]
    assert alex.messages.count() == 2


@pytest.mark.parametrize("story", PATIENTS, ids=lambda story: story.name)
def test_no_demo_log_has_more_sets_than_its_plan_prescribes(story: DemoPatient) -> None:
    load_demo(TODAY)

    for log, phase, _ in logs_by_phase(story.name):
        assert 1 <= log.sets_done <= min(exercise.sets for exercise in phase.exercises), log.date


@pytest.mark.parametrize("story", PATIENTS, ids=lambda story: story.name)
def test_demo_logs_add_weight_a_step_at_a_time_and_only_where_the_plan_allows(
    story: DemoPatient,
) -> None:
    load_demo(TODAY)
    step = programme(story.programme.value).load_step_kg

    previous_kg = 0.0
    for log, phase, _ in logs_by_phase(story.name):
        if not any(exercise.takes_added_load for exercise in phase.exercises):
            assert log.load_kg == 0, log.date
        assert abs(log.load_kg - previous_kg) <= step, log.date
        previous_kg = log.load_kg


@pytest.mark.parametrize("story", PATIENTS, ids=lambda story: story.name)
def test_demo_patients_log_no_more_days_a_week_than_their_plan_asks(story: DemoPatient) -> None:
    load_demo(TODAY)

    days_in_week: Counter[int] = Counter()
    for _, phase, week in logs_by_phase(story.name):
        days_in_week[week] += 1
        assert days_in_week[week] <= phase.days_per_week, week


def test_one_patient_reports_a_red_flag_yesterday() -> None:
    load_demo(TODAY)

    flagged = ExerciseLog.objects.get(red_flag_reported=True)
    assert (flagged.patient.display_name, flagged.date) == ("Femi Adeyemi", days_ago(1))
    assert warning_sign_labels(flagged.warning_signs) == (
        "Sudden sharp pain at the back of the ankle",
        "A snap or pop at the back of the ankle",
    )


def test_one_patient_newly_reports_a_fluoroquinolone() -> None:
    load_demo(TODAY)

    log = ExerciseLog.objects.exclude(new_medicines="").get()
    assert log.patient.display_name == "Grace Kim"
    assert "Ciprofloxacin" in log.new_medicines


def test_one_patient_has_not_logged_for_six_days() -> None:
    load_demo(TODAY)

    assert patient("Chloe Davies").exercise_logs.latest("date").date == days_ago(6)


def test_one_patients_weekly_pain_rises_week_on_week() -> None:
    load_demo(TODAY)
    logs = patient("Ben Carter").exercise_logs.order_by("date")

    weekly = [
        logs.filter(date__gt=days_ago(7 * (week + 1)), date__lte=days_ago(7 * week))
        for week in (2, 1, 0)
    ]
    means = [sum(log.pain_during for log in week) / week.count() for week in weekly]
    assert means[0] < means[1] < means[2]


def test_one_patients_visa_a_is_overdue() -> None:
    load_demo(TODAY)

    latest = patient("Dev Patel").visa_a_responses.latest("taken_on")
    assert latest.taken_on <= days_ago(28)


def test_one_patient_has_no_meaningful_improvement_at_12_weeks() -> None:
    load_demo(TODAY)
    erin = patient("Erin Walsh")
    scores = erin.visa_a_responses.order_by("taken_on")

    assert erin.prescriptions.get(active=True).start_date <= days_ago(84)
    assert scores.last().total - scores.first().total < erin.clinic.visa_a_mcid  # type: ignore[union-attr]


def test_erins_advice_counts_her_prescribed_programme_with_no_episode_written_beside_it() -> None:
    # Clinician review: the demo wrote a loading episode per patient, hiding that the advice
    # did not count prescriptions.
    load_demo(TODAY)

    advice = pathway_advice_for(patient("Erin Walsh"), TODAY)

    assert not TreatmentEpisode.objects.exists()
    assert advice is not None
    assert "stepped_care.add_on_discussion" in {rec.rule for rec in advice.recommendations}


def test_one_patient_is_doing_well() -> None:
    load_demo(TODAY)
    scores = patient("Harry Jones").visa_a_responses.order_by("taken_on")

    assert scores.last().total - scores.first().total >= 14  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "total", sorted({total for story in PATIENTS for _, total in story.visa_a})
)
def test_demo_visa_a_answers_are_valid_and_add_up_to_their_total(total: int) -> None:
    answers = visa_a_answers(total)

    VisaAAnswers.model_validate(answers)
    items = [value for key, value in answers.items() if key != "q8"]
    assert sum(items) + answers["q8"]["points"] == total  # type: ignore[index]


def test_every_demo_patient_has_a_symptom_check_scored_by_the_core() -> None:
    load_demo(TODAY)
    for story in PATIENTS:
        checks = Assessment.objects.filter(patient=patient(story.name))
        assert checks.count() == 1
        check = checks.get()
        assert check.disposition == "routine"
        assert check.created_at.date() == days_ago(story.started_days_ago + 3)
        assert check.result["recommendations"]


def test_a_demo_symptom_check_gives_the_age_on_its_day_from_the_date_of_birth() -> None:
    # Loaded in January, Alex (born 1 January 1984) did the check in December, aged 42: not
    # 43, as the years alone (2027 - 1984) would say.
    load_demo(date(2027, 1, 15))

    alex = patient("Alex Morgan")
    check = Assessment.objects.get(patient=alex)
    assert (alex.date_of_birth, check.created_at.date()) == (date(1984, 1, 1), date(2026, 12, 22))
    assert check.intake["age"] == 42
