"""Who may see which patient: one module decides, and these tables pin its rules down.

Roles x own clinic / other clinic, for every access helper in achillespath.web.access.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from web.people import ClinicPeople

from achillespath.web import access
from achillespath.web.models import ApiToken, AuditAction, AuditEvent, Patient, Role, User

pytestmark = pytest.mark.django_db

DELETED_AT = datetime(2026, 11, 21, tzinfo=UTC)


def request_by(user: User | None, path: str = "/somewhere/") -> HttpRequest:
    request = RequestFactory().get(path, REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="pytest")
    request.user = user if user is not None else AnonymousUser()
    return request


def visible(user: User | None) -> set[str]:
    return {patient.display_name for patient in access.patients_visible_to(user)}


def test_a_patient_sees_only_their_own_record(riverside: ClinicPeople) -> None:
    assert list(access.patients_visible_to(riverside.patient_user)) == [riverside.patient]


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_clinic_staff_see_every_patient_of_their_own_clinic_and_none_of_another(
    riverside: ClinicPeople, hillside: ClinicPeople, role: str
) -> None:
    user = getattr(riverside, role)

    assert set(access.patients_visible_to(user)) == {riverside.patient, riverside.other_patient}
    assert not access.can_see_patient(user, hillside.patient)


def test_nobody_sees_a_deleted_record(riverside: ClinicPeople) -> None:
    riverside.patient.soft_delete(DELETED_AT, retention_years=8)

    assert not access.can_see_patient(riverside.patient_user, riverside.patient)
    assert not access.can_see_patient(riverside.clinician, riverside.patient)


def test_anonymous_inactive_and_staff_accounts_see_no_patients(riverside: ClinicPeople) -> None:
    riverside.clinician.is_active = False
    staff = User.objects.create_superuser("staff@example.org", "x" * 12)

    assert visible(None) == set()
    assert visible(riverside.clinician) == set()
    assert visible(staff) == set()


@pytest.mark.parametrize(
    ("role", "target", "allowed"),
    [
        ("clinician", "riverside.patient", True),
        ("clinician", "riverside.other_patient", True),
        ("clinician", "hillside.patient", False),
        ("admin", "riverside.patient", True),
        ("admin", "hillside.other_patient", False),
        ("patient_user", "riverside.patient", True),
        ("patient_user", "riverside.other_patient", False),
        ("patient_user", "hillside.patient", False),
    ],
)
def test_get_patient_for_answers_404_for_every_record_the_person_may_not_see(
    riverside: ClinicPeople, hillside: ClinicPeople, role: str, target: str, allowed: bool
) -> None:
    clinic, whose = target.split(".")
    patient: Patient = getattr({"riverside": riverside, "hillside": hillside}[clinic], whose)
    request = request_by(getattr(riverside, role))

    if allowed:
        assert access.get_patient_for(request, patient.pk, AuditAction.READ) == patient
    else:
        with pytest.raises(Http404):
            access.get_patient_for(request, patient.pk, AuditAction.READ)


def test_a_refused_record_looks_exactly_like_a_missing_one(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    request = request_by(riverside.clinician)

    with pytest.raises(Http404) as other_clinic:
        access.get_patient_for(request, hillside.patient.pk, AuditAction.READ)
    with pytest.raises(Http404) as missing:
        access.get_patient_for(request, 999_999, AuditAction.READ)
    assert str(other_clinic.value) == str(missing.value)


@pytest.mark.parametrize("patient_id", ["abc", "", "1.5", None])
def test_a_malformed_patient_id_is_a_404_not_an_error(
    riverside: ClinicPeople, patient_id: object
) -> None:
    with pytest.raises(Http404):
        access.get_patient_for(request_by(riverside.clinician), patient_id, AuditAction.READ)  # type: ignore[arg-type]


def test_a_refused_access_writes_no_audit_event(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    with pytest.raises(Http404):
        access.get_patient_for(
            request_by(riverside.clinician), hillside.patient.pk, AuditAction.READ
        )

    assert not AuditEvent.objects.filter(patient=hillside.patient).exists()


def test_own_patient_is_the_signed_in_patients_own_record(riverside: ClinicPeople) -> None:
    assert access.own_patient(request_by(riverside.patient_user), AuditAction.READ) == (
        riverside.patient
    )


@pytest.mark.parametrize("role", ["clinician", "admin"])
def test_own_patient_is_a_404_for_anyone_without_a_patient_record(
    riverside: ClinicPeople, role: str
) -> None:
    with pytest.raises(Http404):
        access.own_patient(request_by(getattr(riverside, role)), AuditAction.READ)
    with pytest.raises(Http404):
        access.own_patient(request_by(None), AuditAction.READ)


def test_own_patient_is_a_404_once_the_account_is_deleted(riverside: ClinicPeople) -> None:
    riverside.patient.soft_delete(DELETED_AT, retention_years=8)

    with pytest.raises(Http404):
        access.own_patient(request_by(riverside.patient_user), AuditAction.READ)


@access.require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def caseload_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse("caseload")


def test_require_role_sends_people_who_are_not_signed_in_to_the_login_page() -> None:
    response = caseload_view(request_by(None, "/clinic/caseload/"))

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/clinic/caseload/"


@pytest.mark.parametrize(
    ("role", "allowed"), [("clinician", True), ("admin", True), ("patient_user", False)]
)
def test_require_role_lets_in_only_the_named_roles(
    riverside: ClinicPeople, role: str, allowed: bool
) -> None:
    request = request_by(getattr(riverside, role))

    if allowed:
        assert caseload_view(request).content == b"caseload"
    else:
        with pytest.raises(PermissionDenied):
            caseload_view(request)


def test_only_a_clinic_admin_reads_the_audit_log_and_only_their_clinics(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    access.get_patient_for(request_by(riverside.clinician), riverside.patient.pk, AuditAction.READ)
    access.get_patient_for(request_by(hillside.clinician), hillside.patient.pk, AuditAction.READ)

    assert [event.clinic_id for event in access.audit_events_visible_to(riverside.admin)] == [
        riverside.clinic.pk
    ]
    assert not access.audit_events_visible_to(riverside.clinician).exists()
    assert not access.audit_events_visible_to(riverside.patient_user).exists()


def test_listing_patients_shows_only_visible_ones_and_audits_a_read_of_each(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    request = request_by(riverside.clinician, "/clinic/")

    shown = access.list_patients(request, Patient.objects.all())

    assert set(shown) == {riverside.patient, riverside.other_patient}
    reads = AuditEvent.objects.filter(action=AuditAction.READ, actor=riverside.clinician)
    assert {event.patient for event in reads} == {riverside.patient, riverside.other_patient}
    assert {event.path for event in reads} == {"/clinic/"}


def test_own_record_follows_the_same_rule_as_patients_visible_to(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    # own_record restates the patient rule in plain SQL for speed; it must never drift from it.
    deleted_user = User.objects.create_user(
        "deleted@riverside.example", None, role=Role.PATIENT, clinic=riverside.clinic
    )
    Patient.objects.create(user=deleted_user, clinic=riverside.clinic, display_name="Gone")
    Patient.objects.get(user=deleted_user).soft_delete(DELETED_AT, retention_years=8)
    hillside.patient_user.is_active = False
    people = [
        riverside.patient_user,
        hillside.patient_user,
        deleted_user,
        riverside.clinician,
        riverside.admin,
        None,
    ]
    for person in people:
        expected = access.patients_visible_to(person)
        if person is not None:
            expected = expected.filter(user=person)
        assert access.own_record(person) == expected.first()
    assert access.own_record(riverside.patient_user) == riverside.patient


def test_a_person_has_their_own_api_tokens_and_nobody_else_has_any(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    mine, _ = ApiToken.objects.issue(riverside.patient_user, "mine")
    ApiToken.objects.issue(hillside.patient_user, "theirs")

    assert list(access.api_tokens_of(riverside.patient_user)) == [mine]
    assert list(access.api_tokens_of(None)) == []


def test_only_a_clinic_admin_may_revoke_others_api_tokens_and_only_their_clinics(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    now = timezone.now()
    names = {
        user: ApiToken.objects.issue(user, user.email)[0].name
        for user in (riverside.patient_user, riverside.clinician, riverside.admin)
    }
    ApiToken.objects.issue(hillside.clinician, "hillside")

    def revocable(user: User | None) -> set[str]:
        return {token.name for token in access.api_tokens_revocable_by(user, now)}

    assert revocable(riverside.admin) == set(names.values())
    assert revocable(hillside.admin) == {"hillside"}
    for nobody in (None, riverside.clinician, riverside.patient_user):
        assert revocable(nobody) == set()
