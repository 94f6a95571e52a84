"""Builders for web tests: a clinic with a person of every role. Import as `web.people`."""

from __future__ import annotations

from dataclasses import dataclass

from django.test import Client

from achillespath.web.models import Clinic, Patient, Role, User

PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class ClinicPeople:
    """One clinic and a person of every role in it; `patient` has a login, `other_patient`
    is a second patient of the same clinic."""

    clinic: Clinic
    clinician: User
    admin: User
    patient_user: User
    patient: Patient
    other_patient: Patient


def make_user(email: str, role: Role, clinic: Clinic) -> User:
    return User.objects.create_user(email, PASSWORD, role=role, clinic=clinic, first_name=email)


def make_clinic_people(slug: str) -> ClinicPeople:
    clinic = Clinic.objects.create(name=f"{slug.title()} Clinic", slug=slug)
    patient_user = make_user(f"patient@{slug}.example", Role.PATIENT, clinic)
    return ClinicPeople(
        clinic=clinic,
        clinician=make_user(f"clinician@{slug}.example", Role.CLINICIAN, clinic),
        admin=make_user(f"admin@{slug}.example", Role.CLINIC_ADMIN, clinic),
        patient_user=patient_user,
        patient=Patient.objects.create(user=patient_user, clinic=clinic, display_name="Pat"),
        other_patient=Patient.objects.create(clinic=clinic, display_name="Other"),
    )


def client_for(user: User) -> Client:
    """A test client logged in as `user` (no password check, no throttling)."""
    client = Client()
    client.force_login(user)
    return client
