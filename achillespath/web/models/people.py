"""People: accounts with a role, invitations from a clinic, and patient records."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.utils import timezone

from achillespath.web.models.clinics import Clinic

INVITATION_VALID_DAYS = 14
DAYS_PER_YEAR = 365.25


class Role(models.TextChoices):
    PATIENT = "patient", "Patient"
    CLINICIAN = "clinician", "Clinician"
    CLINIC_ADMIN = "clinic_admin", "Clinic admin"


class Side(models.TextChoices):
    LEFT = "left", "Left"
    RIGHT = "right", "Right"
    BOTH = "both", "Both"


class UserManager(DjangoUserManager["User"]):
    """People log in with their email address; there is no separate user name."""

    use_in_migrations = True

    def _create_user_object(self, email: str, password: str | None, **extra_fields: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        return user

    def _create_user(self, email: str, password: str | None, **extra_fields: Any) -> User:
        user = self._create_user_object(email, password, **extra_fields)
        user.save(using=self._db)
        return user

    def create_user(  # type: ignore[override]
        self, email: str, password: str | None = None, **extra_fields: Any
    ) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(  # type: ignore[override]
        self, email: str, password: str | None = None, **extra_fields: Any
    ) -> User:
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account. `role` decides what it may see (see achillespath.web.access); `clinic` is
    where it belongs. Only staff (who use the Django admin, not the product) may have no clinic."""

    username = None  # type: ignore[assignment]
    email = models.EmailField("email address", unique=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PATIENT)
    clinic = models.ForeignKey(
        Clinic, on_delete=models.PROTECT, null=True, blank=True, related_name="users"
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar[UserManager] = UserManager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(clinic__isnull=False) | models.Q(is_staff=True),
                name="user_belongs_to_a_clinic_unless_staff",
            ),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def is_patient(self) -> bool:
        return self.role == Role.PATIENT

    @property
    def is_clinic_staff(self) -> bool:
        """A clinician or a clinic admin: someone who looks after the clinic's patients."""
        return self.role in (Role.CLINICIAN, Role.CLINIC_ADMIN)


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


def invitation_expiry() -> datetime:
    return timezone.now() + timedelta(days=INVITATION_VALID_DAYS)


class InvitationQuerySet(models.QuerySet["Invitation"]):
    def usable(self, now: datetime) -> InvitationQuerySet:
        """Invitations whose link works at `now`: `Invitation.is_usable` as a query."""
        return self.filter(used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now)


class Invitation(models.Model):
    """A clinic's invitation for one email address to join in one role; used once.

    For a patient, the clinic may already know the year of birth and the side affected; they
    are copied to the patient's record when the invitation is used (the person types their
    own name when they sign up).

    A revoked invitation is kept, with who revoked it and when, so the clinic admin still sees
    it and the person who follows its link is told the clinic withdrew it.
    """

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=20, choices=Role.choices)
    email = models.EmailField()
    year_of_birth = models.PositiveSmallIntegerField(null=True, blank=True)
    side = models.CharField(max_length=5, choices=Side.choices, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    expires_at = models.DateTimeField(default=invitation_expiry)
    used_at = models.DateTimeField(null=True, blank=True)
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects: ClassVar[InvitationQuerySet] = InvitationQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_role_display()}) at {self.clinic}"

    def is_usable(self, now: datetime) -> bool:
        return self.used_at is None and self.revoked_at is None and now < self.expires_at

    def renew(self) -> bool:
        """Give a usable invitation a new validity period from now, as long as a new one's.
        False, and nothing changed, if the link no longer works (even if it was used or
        revoked a moment ago: the check and the change are one statement)."""
        now = timezone.now()
        expires_at = invitation_expiry()
        if not Invitation.objects.filter(pk=self.pk).usable(now).update(expires_at=expires_at):
            return False
        self.expires_at = expires_at
        return True

    def revoke(self, by: User) -> bool:
        """Stop a usable invitation's link working now. False, and nothing changed, if the
        link no longer works."""
        now = timezone.now()
        changes = {"revoked_at": now, "revoked_by": by}
        if not Invitation.objects.filter(pk=self.pk).usable(now).update(**changes):
            return False
        self.revoked_at, self.revoked_by = now, by
        return True

    def claim(self) -> bool:
        """Mark a usable invitation used, now. False, and nothing changed, if its link stopped
        working meanwhile (used or revoked a moment ago: the check and the change are one
        statement)."""
        now = timezone.now()
        if not Invitation.objects.filter(pk=self.pk).usable(now).update(used_at=now):
            return False
        self.used_at = now
        return True


class PatientQuerySet(models.QuerySet["Patient"]):
    def active(self) -> PatientQuerySet:
        """Patients whose record has not been deleted."""
        return self.filter(deleted_at__isnull=True)


class Patient(models.Model):
    """One person's record at one clinic. Read it only through achillespath.web.access.

    Deleting an account is soft: `deleted_at` hides the record at once and `purge_after` says
    when it may be erased for good (settings.RETENTION_YEARS later).
    """

    user = models.OneToOneField(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="patient"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="patients")
    display_name = models.CharField(max_length=120)
    year_of_birth = models.PositiveSmallIntegerField(null=True, blank=True)
    # A letter to another service must let it match the patient to its own records: the NHS
    # number (10 digits, no spaces) and the date of birth, both optional until a clinician
    # records them. A date of birth sets `year_of_birth` to its year.
    nhs_number = models.CharField(max_length=10, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    side = models.CharField(max_length=5, choices=Side.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    purge_after = models.DateField(null=True, blank=True)

    objects: ClassVar[PatientQuerySet] = PatientQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year_of_birth__isnull=True)
                | models.Q(year_of_birth__gte=1900, year_of_birth__lte=2100),
                name="patient_year_of_birth_plausible",
            ),
            models.CheckConstraint(
                condition=models.Q(deleted_at__isnull=True) | models.Q(purge_after__isnull=False),
                name="patient_deleted_record_has_purge_date",
            ),
            models.UniqueConstraint(
                fields=["clinic", "nhs_number"],
                condition=models.Q(deleted_at__isnull=True) & ~models.Q(nhs_number=""),
                name="patient_nhs_number_unique_in_clinic",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def nhs_number_spaced(self) -> str:
        """The NHS number as people read it: 943 476 5919 ("" when not recorded)."""
        number = self.nhs_number
        return f"{number[:3]} {number[3:6]} {number[6:]}" if number else ""

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def soft_delete(self, now: datetime, retention_years: int) -> None:
        """Hide the record now; it may be purged `retention_years` after today."""
        today: date = timezone.localdate(now)
        self.deleted_at = now
        self.purge_after = today + timedelta(days=round(DAYS_PER_YEAR * retention_years))
        self.save(update_fields=["deleted_at", "purge_after"])
