"""Setting up a clinic from the command line: the clinic and its first clinic admin.

Clinic admins are not invited (an invitation comes from a clinic admin), so the first one of a
new clinic is made here (`achillespath create-clinic-admin`) or by staff in the Django admin.
Each problem names the command-line option it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify

from achillespath.web.models import Clinic, Role, User

__all__ = ["AccountError", "NewClinicAdmin", "create_clinic_admin"]

CLINIC_NAME_MAX = Clinic._meta.get_field("name").max_length or 200


class AccountError(ValueError):
    """Input that cannot make the account; `field` names the option it came from."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class NewClinicAdmin:
    clinic: Clinic
    admin: User
    is_new_clinic: bool


def create_clinic_admin(clinic_name: str, email: str, password: str) -> NewClinicAdmin:
    """A new clinic admin account at the clinic called `clinic_name`, made first if no clinic
    has that name. Raises AccountError naming the field when the input cannot be used."""
    name = _clinic_name(clinic_name)
    address = _new_email(email)
    _check_password(password, address)
    with transaction.atomic():
        clinic = Clinic.objects.filter(name__iexact=name, is_public=False).first()
        is_new = clinic is None
        if clinic is None:
            clinic = Clinic.objects.create(name=name, slug=_free_slug(name))
        admin = User.objects.create_user(address, password, role=Role.CLINIC_ADMIN, clinic=clinic)
    return NewClinicAdmin(clinic, admin, is_new)


def _clinic_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise AccountError("--clinic", "give the clinic's name")
    if len(name) > CLINIC_NAME_MAX:
        raise AccountError("--clinic", f"the name must be {CLINIC_NAME_MAX} characters or fewer")
    if Clinic.objects.filter(name__iexact=name, is_public=True).exists():
        raise AccountError("--clinic", "this is the built-in clinic for self-registered people")
    return name


def _new_email(text: str) -> str:
    address = text.strip().lower()
    try:
        validate_email(address)
    except ValidationError:
        raise AccountError("--email", "enter an email address like name@example.org") from None
    if User.objects.filter(email=address).exists():
        raise AccountError("--email", "an account with this email address already exists")
    return address


def _check_password(password: str, email: str) -> None:
    try:
        password_validation.validate_password(password, User(email=email))
    except ValidationError as error:
        raise AccountError("password", " ".join(error.messages)) from None


def _free_slug(name: str) -> str:
    """The name as a slug, numbered when another clinic has it: riverside-msk-clinic-2."""
    base = slugify(name)[:50] or "clinic"
    slug, number = base, 1
    while Clinic.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
