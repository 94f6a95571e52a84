"""Who may see or change which patient's record: decided here and nowhere else.

The rules:
- a patient sees only their own record;
- a clinician or a clinic admin sees only the patients of their own clinic;
- a deleted (soft-deleted) record is seen by nobody through the product, except that a clinic
  admin may still filter their audit log by it;
- staff use the Django admin at /admin/, which holds no clinical records;
- a person sees their own API tokens; a clinic admin also sees, and may revoke, the live tokens
  of everyone at their clinic (a token reads all its person may read, so it is the clinic's
  risk too).

Every view and API route that reads or writes a patient's record gets the record through
`get_patient_for` (clinic staff) or `own_patient` (a patient), which also write the audit event:
a read, since the record is looked at whatever happens next. Once a write has succeeded,
`record_write` adds a write event naming what was written. An attempt that was refused (a form
with errors, a 422) therefore stays a read, never a write.
A record the person may not see answers 404, exactly like a record that does not exist, so
nobody can probe which patient ids exist at other clinics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import cache, wraps
from typing import Any, ParamSpec, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponseBase

from achillespath.web import audit, sql
from achillespath.web.models import (
    ApiToken,
    AuditAction,
    AuditEvent,
    Clinic,
    Patient,
    Role,
    User,
)
from achillespath.web.models.api_tokens import ApiTokenQuerySet
from achillespath.web.models.audit import AuditEventQuerySet
from achillespath.web.models.people import PatientQuerySet

__all__ = [
    "active_staff",
    "api_tokens_of",
    "api_tokens_revocable_by",
    "audit_events_visible_to",
    "can_see_patient",
    "clinics_looking_after",
    "get_patient_for",
    "is_looked_after_by_a_clinic",
    "list_patients",
    "may_join_a_clinic",
    "own_patient",
    "own_record",
    "patients_in_audit_log_of",
    "patients_visible_to",
    "record_write",
    "require_role",
    "signed_in_user",
]

P = ParamSpec("P")
R = TypeVar("R", bound=HttpResponseBase)


def signed_in_user(request: HttpRequest) -> User | None:
    """The request's user when signed in with an active account, else None."""
    user = request.user
    if isinstance(user, User) and user.is_authenticated and user.is_active:
        return user
    return None


def patients_visible_to(user: User | None) -> PatientQuerySet:
    """The patient records this person may see (never deleted ones); empty for anyone else."""
    active = Patient.objects.active()
    if user is None or not user.is_active:
        return active.none()
    if user.role == Role.PATIENT:
        return active.filter(user=user)
    if user.is_clinic_staff and user.clinic_id is not None:
        return active.filter(clinic_id=user.clinic_id)
    return active.none()


def list_patients(request: HttpRequest, patients: PatientQuerySet) -> list[Patient]:
    """The visible ones among `patients`, for a list such as a caseload, each read audited.

    A list shows each person's flags, which come from their record, so listing them is a read.
    """
    shown = list(patients & patients_visible_to(signed_in_user(request)))
    audit.record_reads(request, shown)
    return shown


def can_see_patient(user: User | None, patient: Patient) -> bool:
    """Whether `user` may see `patient`; for templates and tests. Writes no audit event."""
    return patients_visible_to(user).filter(pk=patient.pk).exists()


def is_looked_after_by_a_clinic(patient: Patient) -> bool:
    """Whether anyone at the patient's clinic can read their messages and their record: a
    clinician or a clinic admin with an active account.

    The built-in public clinic that self-registered people join has no such person, so a
    message sent there would never be read. Pages offer messaging, and point to "your clinic",
    only when this is true; asking about people rather than the public flag also covers a
    clinic whose staff have all left.
    """
    return active_staff().filter(clinic_id=patient.clinic_id).exists()


def clinics_looking_after(clinic_ids: Iterable[int]) -> set[int]:
    """Which of these clinics look after their patients, as `is_looked_after_by_a_clinic`
    decides for one (one query)."""
    staff = active_staff().filter(clinic_id__in=list(clinic_ids))
    return set(staff.values_list("clinic_id", flat=True).distinct())


def may_join_a_clinic(user: User) -> bool:
    """Whether a clinic's invitation may move this account, and the record it holds, to that
    clinic: only an active patient of the built-in public clinic whose record is not deleted.

    Nobody there looks after their record, so moving it takes nothing from another clinic's
    care. An account of any other clinic, staff or a deleted account may not move: a clinic's
    records leave it only by its own decision, and a deleted record stays hidden.
    """
    return (
        user.is_active
        and user.role == Role.PATIENT
        and user.clinic_id == Clinic.objects.public().pk
        and Patient.objects.active().filter(user=user).exists()
    )


def active_staff() -> QuerySet[User]:
    """The clinicians and clinic admins whose accounts are active."""
    return User.objects.filter(role__in=(Role.CLINICIAN, Role.CLINIC_ADMIN), is_active=True)


def get_patient_for(
    request: HttpRequest,
    patient_id: int | str,
    action: AuditAction,
    *,
    obj: Model | None = None,
) -> Patient:
    """The patient record `patient_id` for the signed-in clinician or clinic admin, audited.

    Raises Http404 when the record does not exist, is deleted or belongs to another clinic (and
    for a patient asking for anyone but themselves). `action` is what the view is about to do
    (read, write, export, delete); `obj` names the record touched when it is not the patient
    record itself, e.g. the ExerciseLog being changed.
    """
    try:
        key = int(patient_id)
    except (TypeError, ValueError):
        raise Http404("No such patient") from None
    patient = patients_visible_to(signed_in_user(request)).filter(pk=key).first()
    if patient is None:
        raise Http404("No such patient")
    audit.record(request, action, patient=patient, obj=obj)
    return patient


def own_patient(request: HttpRequest, action: AuditAction, *, obj: Model | None = None) -> Patient:
    """The signed-in patient's own record, audited. Raises Http404 for anyone without one
    (not signed in, not a patient, or a deleted account)."""
    patient = own_record(signed_in_user(request))
    if patient is None:
        raise Http404("No patient record for this account")
    audit.record(request, action, patient=patient, obj=obj)
    return patient


def record_write(
    request: HttpRequest,
    patient: Patient,
    written: Model,
    changes: dict[str, dict[str, Any]] | None = None,
) -> None:
    """Audit a write that succeeded: `written` is the record created or changed (for example
    the TreatmentEpisode) on `patient`'s record, which the view got, and audited as read,
    through `get_patient_for` or `own_patient`; `changes` what it changed from what
    (`audit.changed_values`). Call it after saving, never before."""
    audit.record(request, AuditAction.WRITE, patient=patient, obj=written, changes=changes)


def own_record(user: User | None) -> Patient | None:
    """A signed-in patient's own record (never a deleted one), or None; not audited.

    The same rule as `patients_visible_to` for the patient role, in one plain SQL statement
    because every page and API call of a patient runs it (see achillespath.web.sql).
    """
    if user is None or not user.is_active or user.role != Role.PATIENT:
        return None
    row = sql.fetch_one(_own_record_statement(), [user.pk])
    return None if row is None else sql.from_row(Patient, _patient_fields(), row)


def _patient_fields() -> list[str]:
    return [field.attname for field in Patient._meta.concrete_fields]


@cache
def _own_record_statement() -> str:
    return (
        f"SELECT {sql.columns(Patient, _patient_fields())} FROM {sql.table(Patient)} "
        "WHERE user_id = %s AND deleted_at IS NULL"
    )


def require_role(*roles: Role) -> Callable[[Callable[P, R]], Callable[P, R | HttpResponseBase]]:
    """View decorator: people who are not signed in go to the login page; signed-in people
    whose role is not one of `roles` get 403. The view's first argument is the request."""

    def decorator(view: Callable[P, R]) -> Callable[P, R | HttpResponseBase]:
        @wraps(view)
        def wrapped(*args: P.args, **kwargs: P.kwargs) -> R | HttpResponseBase:
            request = args[0]
            if not isinstance(request, HttpRequest):
                raise TypeError("require_role decorates views: the first argument is the request")
            user = signed_in_user(request)
            if user is None:
                return redirect_to_login(request.get_full_path())
            if user.role not in roles:
                raise PermissionDenied("This page is not for your role")
            return view(*args, **kwargs)

        return wrapped

    return decorator


def patients_in_audit_log_of(user: User | None) -> PatientQuerySet:
    """The patient records a clinic admin may filter their audit log by: every one of their
    clinic's, deleted ones included while the row is kept, since who saw a record before and
    after its account was deleted is what the log is for. Nobody else gets any."""
    if user is None or user.role != Role.CLINIC_ADMIN or user.clinic_id is None:
        return Patient.objects.none()
    return Patient.objects.filter(clinic_id=user.clinic_id)


def audit_events_visible_to(user: User | None) -> AuditEventQuerySet:
    """Audit events a clinic admin may read: those of their own clinic. Nobody else sees any."""
    events = AuditEvent.objects.all()
    if user is None or user.role != Role.CLINIC_ADMIN or user.clinic_id is None:
        return events.none()
    return events.filter(clinic_id=user.clinic_id)


def api_tokens_of(user: User | None) -> ApiTokenQuerySet:
    """A signed-in person's own API tokens, whatever their state; nobody else gets any."""
    if user is None or not user.is_active:
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user=user)


def api_tokens_revocable_by(user: User | None, now: datetime) -> ApiTokenQuerySet:
    """For a clinic admin to see and revoke: the tokens not revoked or expired at `now` of
    everyone at their clinic, their own included (and those of closed accounts, which would
    work again were the account reopened). Nobody else gets any: a person revokes their own
    through `api_tokens_of`."""
    tokens = ApiToken.objects.live(now)
    if user is None or not user.is_active or user.role != Role.CLINIC_ADMIN:
        return tokens.none()
    if user.clinic_id is None:
        return tokens.none()
    return tokens.filter(user__clinic_id=user.clinic_id)
