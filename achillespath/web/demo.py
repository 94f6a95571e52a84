"""Demo data a newcomer can click through: one clinic, three logins, eight patients.

Every date is relative to the `today` passed in. Loading is idempotent: a second load on the
same day changes nothing; a load on a later day moves the patients' records to the new dates,
so the caseload always shows each flag. Each patient below demonstrates one caseload flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from nhs_number.validate import calculate_checksum

from achillespath.assessment import assess
from achillespath.exercise import Programme as CoreProgramme
from achillespath.exercise import SessionLog, next_session
from achillespath.exercise import programme as core_programme
from achillespath.intake import Intake
from achillespath.triage.exact_age import age_on
from achillespath.web.models import (
    Assessment,
    Clinic,
    ExerciseLog,
    Message,
    Patient,
    Prescription,
    Programme,
    Role,
    Side,
    TreatmentEpisode,
    User,
    VisaAResponse,
)

DEMO_PASSWORD = "achilles-demo"
DEMO_CLINIC_SLUG = "riverside-msk"
RED_FLAG_SIGNS = "sudden_pain,snap"
"""The daily log's warning signs the red-flag note describes, stored as the daily log stores
them (achillespath.web.daily_log.WARNING_SIGNS ids), so the clinic sees which they were."""


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    name: str


LOGINS = (
    DemoLogin(Role.PATIENT, "patient@example.org", DEMO_PASSWORD, "Alex Morgan"),
    DemoLogin(Role.CLINICIAN, "clinician@example.org", DEMO_PASSWORD, "Jordan Lee"),
    DemoLogin(Role.CLINIC_ADMIN, "admin@example.org", DEMO_PASSWORD, "Morgan Price"),
)


@dataclass(frozen=True)
class DemoPatient:
    """One patient's story. Days are counted back from today (1 = yesterday).

    `weekly_pain` is pain during exercise (0-10) for each week of logs, oldest first; the last
    value carries on. `visa_a` lists (days ago, total score 0-100).
    """

    name: str
    shows: str
    programme: Programme
    side: Side
    year_of_birth: int
    started_days_ago: int
    last_log_days_ago: int
    weekly_pain: tuple[int, ...]
    visa_a: tuple[tuple[int, int], ...]
    email: str | None = None
    missed_days_ago: tuple[int, ...] = ()
    red_flag_days_ago: int | None = None
    new_medicine: tuple[int, str] | None = None


PATIENTS = (
    DemoPatient(
        "Alex Morgan",
        "the demo patient: three weeks in, improving",
        Programme.MIDPORTION,
        Side.RIGHT,
        1984,
        21,
        1,
        (4, 3, 2),
        ((21, 52), (7, 61)),
        email="patient@example.org",
        missed_days_ago=(16, 9),
    ),
    DemoPatient(
        "Ben Carter",
        "pain rising week on week",
        Programme.MIDPORTION,
        Side.LEFT,
        1979,
        28,
        1,
        (2, 2, 3, 5),
        ((28, 60), (14, 58)),
    ),
    DemoPatient(
        "Chloe Davies",
        "no log for 6 days",
        Programme.SILBERNAGEL,
        Side.RIGHT,
        1990,
        35,
        6,
        (3, 3, 2),
        ((35, 55), (21, 60), (7, 63)),
    ),
    DemoPatient(
        "Dev Patel",
        "VISA-A overdue by two weeks",
        Programme.HSR,
        Side.BOTH,
        1971,
        42,
        1,
        (3, 2, 2),
        ((42, 57), (28, 64)),
    ),
    DemoPatient(
        "Erin Walsh",
        "no meaningful improvement at 12 weeks",
        Programme.INSERTIONAL,
        Side.LEFT,
        1966,
        90,
        1,
        (4, 4, 4, 4),
        ((90, 48), (76, 50), (62, 49), (48, 52), (34, 51), (20, 54), (6, 55)),
    ),
    DemoPatient(
        "Femi Adeyemi",
        "red flag reported yesterday",
        Programme.MIDPORTION,
        Side.RIGHT,
        1988,
        20,
        1,
        (3, 2),
        ((20, 58), (6, 62)),
        red_flag_days_ago=1,
    ),
    DemoPatient(
        "Grace Kim",
        "fluoroquinolone newly reported",
        Programme.MIDPORTION,
        Side.LEFT,
        1958,
        25,
        1,
        (3, 3, 2),
        ((25, 54), (11, 59)),
        new_medicine=(2, "Ciprofloxacin (an antibiotic) for a chest infection, started 3 days ago"),
    ),
    DemoPatient(
        "Harry Jones",
        "doing well",
        Programme.HSR,
        Side.RIGHT,
        1993,
        56,
        1,
        (3, 2, 2, 1, 1, 0),
        ((56, 55), (42, 62), (28, 70), (14, 76), (0, 80)),
    ),
)


def load_demo(today: date) -> list[DemoLogin]:
    """Create or refresh the demo clinic, its logins and its patients; return the logins."""
    with transaction.atomic():
        clinic = _clinic()
        users = {login.email: _user(login, clinic) for login in LOGINS}
        clinician = users["clinician@example.org"]
        for position, story in enumerate(PATIENTS):
            patient = _patient(story, position, clinic, users.get(story.email or ""))
            if not _is_current(patient, story, today):
                _reseed(patient, story, _date_of_birth(story, position), today, clinician)
    return list(LOGINS)


def _clinic() -> Clinic:
    clinic, _ = Clinic.objects.get_or_create(
        slug=DEMO_CLINIC_SLUG,
        defaults={"name": "Riverside MSK Clinic", "second_line_services": ["eswt", "ate"]},
    )
    return clinic


def _user(login: DemoLogin, clinic: Clinic) -> User:
    user = User.objects.filter(email=login.email).first()
    if user is None:
        user = User.objects.create_user(
            login.email, login.password, first_name=login.name, role=login.role, clinic=clinic
        )
    return user


def _date_of_birth(story: DemoPatient, position: int) -> date:
    """A date of birth in the story's year, different for each patient."""
    return date(story.year_of_birth, position % 12 + 1, position * 3 % 28 + 1)


def _patient(story: DemoPatient, position: int, clinic: Clinic, user: User | None) -> Patient:
    born = _date_of_birth(story, position)
    patient, _ = Patient.objects.get_or_create(
        clinic=clinic,
        display_name=story.name,
        defaults={
            "user": user,
            "year_of_birth": born.year,
            "date_of_birth": born,
            "nhs_number": _demo_nhs_number(position),
            "side": story.side,
        },
    )
    return patient


def _demo_nhs_number(position: int) -> str:
    """A valid NHS number from the range kept for testing (999 000 0000 upwards), so a demo
    letter never carries a real person's number."""
    candidate = 9_990_000_00 + position * 7
    while (check := calculate_checksum(str(candidate))) is None or check > 9:
        candidate += 1
    return f"{candidate}{check}"


def _is_current(patient: Patient, story: DemoPatient, today: date) -> bool:
    start = today - timedelta(days=story.started_days_ago)
    return patient.prescriptions.filter(active=True, start_date=start).exists()


def _reseed(patient: Patient, story: DemoPatient, born: date, today: date, clinician: User) -> None:
    for related in (
        patient.exercise_logs,
        patient.visa_a_responses,
        patient.prescriptions,
        TreatmentEpisode.with_voided.filter(patient=patient),  # voided ones too
        patient.messages,
        patient.assessments,
    ):
        related.all().delete()
    start = today - timedelta(days=story.started_days_ago)
    prescription = Prescription.objects.create(
        patient=patient,
        programme=story.programme,
        start_date=start,
        side=story.side,
        prescribed_by=clinician,
    )
    ExerciseLog.objects.bulk_create(_logs(patient, prescription, story, today))
    VisaAResponse.objects.bulk_create(
        VisaAResponse(
            patient=patient,
            answers=visa_a_answers(total),
            total=total,
            taken_on=today - timedelta(days=days_ago),
        )
        for days_ago, total in story.visa_a
    )
    _symptom_check(patient, story, born, today)
    if story.email:
        _conversation(patient, clinician, today)


def _symptom_check(patient: Patient, story: DemoPatient, born: date, today: date) -> None:
    """The symptom check each person did before the programme, scored by the core, with
    their age on the day of the check."""
    site = "insertion" if story.programme == Programme.INSERTIONAL else "midportion"
    checked_on = today - timedelta(days=story.started_days_ago + 3)
    intake = Intake(
        age=age_on(born, checked_on),
        onset="gradual",
        heard_snap=False,
        can_bear_weight=True,
        calf_swelling=False,
        fever=False,
        hot_red_swelling=False,
        breathless_or_chest_pain=False,
        medications=(),
        pain_site=(site,),
        symptom_weeks=3,
        pain_score=6,
        activity_limited=True,
        activities=("running",),
        treatments=({"kind": "self_care", "weeks": 2, "outcome": "no_change"},),
    )
    result = assess(intake)
    checked = Assessment.objects.create(
        patient=patient,
        intake=intake.model_dump(mode="json", exclude_none=True),
        result=result.model_dump(mode="json"),
        disposition=result.disposition.value,
        pathway_version=result.pathway_version,
    )
    Assessment.objects.filter(pk=checked.pk).update(
        created_at=timezone.make_aware(datetime.combine(checked_on, time(9, 30)))
    )


def _logs(
    patient: Patient, prescription: Prescription, story: DemoPatient, today: date
) -> list[ExerciseLog]:
    """Each day's session as My plan set it that day, with the story's pain: the demo patients
    do the sets and weight they were given, on the days a week their programme asks for."""
    chosen = core_programme(story.programme.value)
    start, last_log = prescription.start_date, today - timedelta(days=story.last_log_days_ago)
    done: list[SessionLog] = []
    for days_ago in range(story.started_days_ago, story.last_log_days_ago - 1, -1):
        day = today - timedelta(days=days_ago)
        if days_ago in story.missed_days_ago or not _is_training_day(chosen, start, day, last_log):
            continue
        week = (story.started_days_ago - days_ago) // 7
        pain = story.weekly_pain[min(week, len(story.weekly_pain) - 1)]
        sets, load_kg = _as_prescribed(chosen, start, day, done)
        done.append(
            SessionLog(
                date=day,
                sets_done=sets,
                load_kg=load_kg,
                pain_during=pain,
                next_morning_pain=max(pain - 1, 0),
                morning_stiffness_minutes=5 * pain,
            )
        )
    return [_stored(patient, prescription, story, log, today) for log in done]


def _is_training_day(chosen: CoreProgramme, start: date, day: date, last_log: date) -> bool:
    """Whether the day is one of its week's training days, spread over the week and counted
    back from the story's last log (3 days a week: every other day, with one 3-day gap)."""
    week = min((day - start).days // 7 + 1, chosen.weeks)
    per_week = chosen.phase_for_week(week).days_per_week
    offsets = {round(index * 7 / per_week) for index in range(per_week)}
    return (last_log - day).days % 7 in offsets


def _as_prescribed(
    chosen: CoreProgramme, start: date, day: date, done: list[SessionLog]
) -> tuple[int, float]:
    """The sets of each exercise and the extra weight My plan gave for the day, as the daily
    log offers them; after the programme's last week, the same as the last session."""
    session = next_session(chosen, start, day, done)
    if not session.exercises:
        return done[-1].sets_done, done[-1].load_kg
    loads = [exercise.load_kg for exercise in session.exercises if exercise.load_kg is not None]
    return session.exercises[0].sets, loads[0] if loads else 0.0


def _stored(
    patient: Patient, prescription: Prescription, story: DemoPatient, log: SessionLog, today: date
) -> ExerciseLog:
    days_ago = (today - log.date).days
    return ExerciseLog(
        patient=patient,
        prescription=prescription,
        date=log.date,
        sets_done=log.sets_done,
        load_kg=log.load_kg,
        pain_during=log.pain_during,
        next_morning_pain=log.next_morning_pain,
        morning_stiffness_minutes=log.morning_stiffness_minutes,
        red_flag_reported=days_ago == story.red_flag_days_ago,
        warning_signs=RED_FLAG_SIGNS if days_ago == story.red_flag_days_ago else "",
        note=_note(story, days_ago),
        new_medicines=_new_medicine(story, days_ago),
    )


def _note(story: DemoPatient, days_ago: int) -> str:
    if days_ago == story.red_flag_days_ago:
        return "Felt a sudden snap at the back of my ankle on the stairs. It hurts to walk."
    return ""


def _new_medicine(story: DemoPatient, days_ago: int) -> str:
    if story.new_medicine is not None and story.new_medicine[0] == days_ago:
        return story.new_medicine[1]
    return ""


def _conversation(patient: Patient, clinician: User, today: date) -> None:
    lines = (
        (7, clinician, "Hello Alex. Your logs look steady. Keep following My plan for the weight."),
        (6, patient.user, "Thanks. The morning stiffness is less than it was."),
    )
    for days_ago, author, body in lines:
        message = Message.objects.create(patient=patient, author=author, body=body)
        sent = datetime.combine(today - timedelta(days=days_ago), time(10, 30))
        Message.objects.filter(pk=message.pk).update(
            created_at=timezone.make_aware(sent, timezone.get_current_timezone())
        )


def visa_a_answers(total: int) -> dict[str, object]:
    """VISA-A item points (robinson-2001 scales) that add up to `total` (40-100), for demo
    data only: question 8 and 7 by band, the remainder spread over questions 1-6 (0-10 each)."""
    if not 40 <= total <= 100:
        raise ValueError(f"demo VISA-A totals run from 40 to 100, not {total}")
    q8_points = 30 if total >= 90 else 21 if total >= 75 else 10
    q8 = {"branch": "A" if total >= 75 else "B", "points": q8_points}
    q7 = 10 if total >= 80 else 7 if total >= 60 else 4
    remainder = total - q8_points - q7
    base, extra = divmod(remainder, 6)
    answers: dict[str, object] = {
        f"q{item}": base + (1 if item <= extra else 0) for item in range(1, 7)
    }
    return {**answers, "q7": q7, "q8": q8}
