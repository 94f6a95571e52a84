"""Coming back after deleting an account: the deleted account keeps its email address while its
record is kept, so logging in with that email says so, with the dates and what to do instead,
but only to someone who gives that account's own password. Registering with it gets the same
answer as a new address, so neither page tells a stranger that the account existed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from web.people import PASSWORD, ClinicPeople, client_for

from achillespath.web import settings as production
from achillespath.web.models import Invitation, Patient, Role, User
from achillespath.web.retention import purge_expired

pytestmark = pytest.mark.django_db

EMAIL = "patient@riverside.example"
NEW_PASSWORD = "a long walk by the river"
DELETED_ON = "was deleted on"
GENERIC = "The email address or password is not right. Check both and try again."


@pytest.fixture
def deleted(riverside: ClinicPeople) -> Patient:
    """Riverside's patient, after deleting their account on My data (8 years' retention)."""
    with override_settings(RETENTION_YEARS=8):
        response = client_for(riverside.patient_user).post(
            "/my-data/delete/", {"password": PASSWORD}
        )
    assert response["Location"] == "/"
    return Patient.objects.get(pk=riverside.patient.pk)


def login(email: str, password: str, client: Client | None = None) -> Any:
    return (client or Client()).post("/accounts/login/", {"username": email, "password": password})


def register(email: str = EMAIL) -> Any:
    return Client().post(
        "/accounts/register/",
        {
            "email": email,
            "full_name": "Pat Again",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )


def words(response: Any) -> str:
    return " ".join(response.content.decode().split())


def login_errors(response: Any) -> list[str]:
    return list(response.context["form"].non_field_errors())


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def test_with_its_password_the_login_page_says_when_it_was_deleted_and_until_when_it_is_kept(
    deleted: Patient,
) -> None:
    today = timezone.localdate()
    response = login(EMAIL.upper(), PASSWORD)

    assert response.status_code == 200
    assert login_errors(response) == [
        f"An account with this email address was deleted on {long_date(today)}. Health "
        "records must be kept for a time by law, so its record is kept, hidden, until "
        f"{long_date(today + dt.timedelta(days=2922))}; then it is erased. You cannot log in "
        "to it any more. To use this service again, create an account with a different email "
        "address. For a question about that record, contact your clinic, or the organisation "
        "that runs this service if no clinic looked after you."
    ]
    assert "_auth_user_id" not in response.client.session


def test_with_a_wrong_password_it_reads_like_any_wrong_login(deleted: Patient) -> None:
    wrong_for_deleted = login(EMAIL, "not the password")
    wrong_for_live = login("clinician@riverside.example", "not the password")
    unknown = login("nobody@riverside.example", PASSWORD)

    assert login_errors(wrong_for_deleted) == login_errors(wrong_for_live) == [GENERIC]
    assert login_errors(unknown) == [GENERIC]
    assert DELETED_ON not in words(wrong_for_deleted)


def test_a_locked_out_login_says_nothing_about_the_deleted_account(deleted: Patient) -> None:
    client = Client(REMOTE_ADDR="203.0.113.5")
    for _ in range(production.AXES_FAILURE_LIMIT):
        login(EMAIL, "guess", client)

    response = login(EMAIL, PASSWORD, client)

    assert response.status_code == 429
    assert DELETED_ON not in words(response)


def test_the_kept_until_date_is_the_records_own_purge_date(riverside: ClinicPeople) -> None:
    with override_settings(RETENTION_YEARS=3):
        client_for(riverside.patient_user).post("/my-data/delete/", {"password": PASSWORD})
    purge_after = Patient.objects.get(pk=riverside.patient.pk).purge_after
    assert purge_after == timezone.localdate() + dt.timedelta(days=1096)

    assert f"kept, hidden, until {long_date(purge_after)};" in words(login(EMAIL, PASSWORD))


def test_registering_with_its_email_answers_as_for_a_new_address_and_shows_no_date(
    deleted: Patient,
) -> None:
    client = Client()
    answer = client.post(
        "/accounts/register/",
        {
            "email": EMAIL.title(),
            "full_name": "Pat Again",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    shown = words(client.get(answer["Location"]))

    assert answer["Location"] == register("someone.new@example.org")["Location"]
    assert "Now log in with your email address and the password you just chose." in shown
    assert DELETED_ON not in shown
    assert User.objects.filter(email=EMAIL).count() == 1
    assert login(EMAIL, NEW_PASSWORD).status_code == 200  # no new account was made


def test_registering_with_a_live_accounts_email_answers_as_for_a_new_address(
    riverside: ClinicPeople,
) -> None:
    answer = register()

    assert answer["Location"] == register("someone.new@example.org")["Location"]
    assert User.objects.filter(email=EMAIL).count() == 1
    assert login(EMAIL, NEW_PASSWORD).status_code == 200  # the password is still the old one


def test_an_invitation_to_its_email_says_so_and_asks_the_clinic_for_another(
    deleted: Patient, riverside: ClinicPeople
) -> None:
    invitation = Invitation.objects.create(clinic=riverside.clinic, role=Role.PATIENT, email=EMAIL)

    response = Client().post(
        f"/accounts/invitation/{invitation.token}/",
        {"full_name": "Pat Again", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    (error,) = response.context["form"].non_field_errors()
    assert DELETED_ON in error
    assert "Ask Riverside Clinic to send the invitation to a different email address." in error
    assert User.objects.filter(email=EMAIL).count() == 1


def test_once_the_record_is_erased_the_email_is_free_again(deleted: Patient) -> None:
    assert deleted.purge_after is not None
    purge_expired(deleted.purge_after + dt.timedelta(days=1))

    assert register().status_code == 302
    assert User.objects.get(email=EMAIL).is_active
