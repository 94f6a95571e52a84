"""Who may open the clinic admin pages and referral letters: every page x every role, own
clinic and another clinic."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import Client
from web.people import ClinicPeople, client_for

from achillespath.web.models import Invitation, Role, User

pytestmark = pytest.mark.django_db

ADMIN_PAGES = (
    "/clinic/settings/",
    "/clinic/invitations/",
    "/clinic/invitations/{invitation}/",
    "/clinic/audit-log/",
    "/clinic/audit-log.csv",
)


def admin_page(template: str, people: ClinicPeople) -> str:
    invitation = Invitation.objects.create(clinic=people.clinic, role="patient", email="x@y.org")
    return template.format(invitation=invitation.pk)


@pytest.mark.parametrize("template", ADMIN_PAGES)
def test_anonymous_people_are_sent_to_log_in(riverside: ClinicPeople, template: str) -> None:
    url = admin_page(template, riverside)

    response = Client().get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("template", ADMIN_PAGES)
@pytest.mark.parametrize("role", ["patient_user", "clinician"])
def test_patients_and_clinicians_may_not_open_admin_pages(
    riverside: ClinicPeople, template: str, role: str
) -> None:
    url = admin_page(template, riverside)

    assert client_for(getattr(riverside, role)).get(url).status_code == 403


@pytest.mark.parametrize("template", ADMIN_PAGES)
def test_the_clinic_admin_opens_every_admin_page(riverside: ClinicPeople, template: str) -> None:
    url = admin_page(template, riverside)

    assert client_for(riverside.admin).get(url).status_code == 200


def test_a_clinician_cannot_revoke_an_invitation(riverside: ClinicPeople) -> None:
    invitation = Invitation.objects.create(clinic=riverside.clinic, role="patient", email="a@b.c")

    response = client_for(riverside.clinician).post(f"/clinic/invitations/{invitation.pk}/revoke/")

    assert response.status_code == 403
    assert Invitation.objects.filter(pk=invitation.pk).exists()


def test_an_admin_account_without_a_clinic_is_refused(db: None) -> None:
    staff = User.objects.create_superuser("staff@example.org", "x" * 12, role=Role.CLINIC_ADMIN)

    assert client_for(staff).get("/clinic/settings/").status_code == 403


def letter(patient_id: int) -> str:
    return f"/clinic/patients/{patient_id}/referral-letter/?for=gp"


@pytest.mark.parametrize(
    ("role", "whose", "status"),
    [
        ("clinician", "riverside.patient", 200),
        ("admin", "riverside.other_patient", 200),
        ("clinician", "hillside.patient", 404),
        ("admin", "hillside.other_patient", 404),
        ("patient_user", "riverside.patient", 403),
        ("patient_user", "hillside.patient", 403),
    ],
)
def test_a_referral_letter_is_for_the_staff_of_the_patients_own_clinic(
    riverside: ClinicPeople, hillside: ClinicPeople, role: str, whose: str, status: int
) -> None:
    clinic, record = whose.split(".")
    target = getattr({"riverside": riverside, "hillside": hillside}[clinic], record)

    response = client_for(getattr(riverside, role)).get(letter(target.pk))

    assert response.status_code == status


def test_a_referral_letter_needs_a_login(riverside: ClinicPeople) -> None:
    response = Client().get(letter(riverside.patient.pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_a_deleted_record_has_no_referral_letter(riverside: ClinicPeople) -> None:
    riverside.patient.soft_delete(datetime(2026, 11, 21, tzinfo=UTC), retention_years=8)

    assert client_for(riverside.clinician).get(letter(riverside.patient.pk)).status_code == 404
