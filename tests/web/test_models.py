"""The storage models: defaults from the pathway, and the database refusing impossible values."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from web.people import ClinicPeople

from achillespath.intake import TreatmentKind
from achillespath.pathway.definition import load_pathway
from achillespath.web.models import (
    Clinic,
    ExerciseLog,
    PainRecord,
    Patient,
    Prescription,
    Programme,
    Role,
    TreatmentEpisode,
    User,
    VisaAResponse,
)

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 21)


def refused() -> AbstractContextManager[Any]:
    """The database itself refuses the write (a constraint, not a form)."""
    return pytest.raises(IntegrityError)


def log(patient: Patient, **fields: object) -> ExerciseLog:
    values: dict[str, object] = {"date": TODAY, "sets_done": 6, "pain_during": 3, **fields}
    return ExerciseLog.objects.create(patient=patient, **values)


def test_the_public_clinic_for_self_registration_exists_after_migrating() -> None:
    public = Clinic.objects.public()

    assert public.is_public
    assert public.slug == "public"


def test_a_new_clinic_takes_the_pathway_mcid_and_asks_visa_a_every_2_weeks() -> None:
    clinic = Clinic.objects.create(name="New", slug="new")

    assert clinic.visa_a_mcid == load_pathway().visa_a.default_mcid == 14
    assert clinic.visa_a_interval_weeks == 2
    assert clinic.follow_up_weeks == [6, 12]
    assert clinic.second_line_services == []


def test_a_clinic_offers_only_known_second_line_services() -> None:
    clinic = Clinic(name="Odd", slug="odd", second_line_services=["eswt", "magic_beans"])

    with pytest.raises(ValidationError, match="second-line services"):
        clinic.full_clean()
    assert Clinic(name="Ok", slug="ok", second_line_services=["eswt"]).offers(TreatmentKind.ESWT)


def test_a_clinic_mcid_must_lie_on_the_visa_a_scale() -> None:
    with refused(), transaction.atomic():
        Clinic.objects.create(name="Bad", slug="bad", visa_a_mcid=140)


def test_people_log_in_with_their_email_stored_in_lower_case(riverside: ClinicPeople) -> None:
    user = User.objects.create_user("Sam.Smith@Example.ORG", "x" * 12, clinic=riverside.clinic)

    assert user.email == "sam.smith@example.org"
    assert user.role == Role.PATIENT
    assert user.check_password("x" * 12)


def test_every_account_but_staff_belongs_to_a_clinic() -> None:
    with refused(), transaction.atomic():
        User.objects.create_user("nobody@example.org", "x" * 12)
    staff = User.objects.create_superuser("staff@example.org", "x" * 12)

    assert staff.clinic is None
    assert staff.is_staff


def test_one_exercise_log_per_patient_per_day(riverside: ClinicPeople) -> None:
    log(riverside.patient)

    with refused(), transaction.atomic():
        log(riverside.patient)
    assert log(riverside.other_patient).date == TODAY


@pytest.mark.parametrize(
    "fields",
    [
        {"pain_during": 11},
        {"next_morning_pain": 11},
        {"morning_stiffness_minutes": 1441},
        {"load_kg": -1},
        {"load_kg": 301},
        {"sets_done": 61},
    ],
    ids=lambda fields: next(iter(fields)),
)
def test_the_database_refuses_log_values_off_their_scale(
    riverside: ClinicPeople, fields: dict[str, object]
) -> None:
    with refused(), transaction.atomic():
        log(riverside.patient, **fields)


def test_pain_scores_run_from_0_to_10(riverside: ClinicPeople) -> None:
    PainRecord.objects.create(patient=riverside.patient, date=TODAY, score=10)

    with refused(), transaction.atomic():
        PainRecord.objects.create(patient=riverside.patient, date=TODAY, score=11)


def test_visa_a_totals_run_from_0_to_100(riverside: ClinicPeople) -> None:
    VisaAResponse.objects.create(patient=riverside.patient, answers={}, total=100, taken_on=TODAY)

    with refused(), transaction.atomic():
        VisaAResponse.objects.create(
            patient=riverside.patient, answers={}, total=101, taken_on=TODAY
        )


def test_a_treatment_cannot_end_before_it_starts(riverside: ClinicPeople) -> None:
    with refused(), transaction.atomic():
        TreatmentEpisode.objects.create(
            patient=riverside.patient,
            kind="eswt",
            side="left",
            start_date=TODAY,
            end_date=TODAY - timedelta(days=1),
        )


def test_a_patient_has_at_most_one_active_prescription(riverside: ClinicPeople) -> None:
    def prescribe(active: bool) -> Prescription:
        return Prescription.objects.create(
            patient=riverside.patient,
            programme=Programme.MIDPORTION,
            start_date=TODAY,
            side="left",
            active=active,
        )

    prescribe(active=False)
    prescribe(active=True)
    with refused(), transaction.atomic():
        prescribe(active=True)


def test_deleting_an_account_hides_the_record_and_sets_its_purge_date(
    riverside: ClinicPeople,
) -> None:
    riverside.patient.soft_delete(datetime(2026, 11, 21, 9, 0, tzinfo=UTC), retention_years=8)

    assert riverside.patient.is_deleted
    assert riverside.patient.purge_after == date(2034, 11, 21)
    assert riverside.patient not in Patient.objects.active()


def test_a_deleted_record_always_has_a_purge_date(riverside: ClinicPeople) -> None:
    with refused(), transaction.atomic():
        Patient.objects.filter(pk=riverside.patient.pk).update(
            deleted_at=datetime(2026, 11, 21, tzinfo=UTC)
        )


@pytest.mark.parametrize(
    ("table", "index"),
    [
        ("web_exerciselog", "one_log_per_patient_per_day"),
        ("web_visaaresponse", "visa_a_patient_latest"),
        ("web_auditevent", "audit_clinic_latest"),
    ],
)
def test_the_caseload_queries_have_indexes(table: str, index: str) -> None:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)

    assert index in constraints


def test_the_migrations_match_the_models() -> None:
    call_command("makemigrations", "web", "--check", "--dry-run", verbosity=0)
