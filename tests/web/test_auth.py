"""Accounts: Argon2 passwords, login and logout, throttling, joining by invitation and
self-registration, with every error shown next to its field and nothing typed lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from django.test import Client, override_settings
from django.utils import timezone
from web.people import PASSWORD, ClinicPeople

from achillespath.web import settings as production
from achillespath.web.models import AuditEvent, Clinic, Invitation, Patient, Role, User

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a long walk by the river"


def login(client: Client, email: str, password: str) -> object:
    return client.post("/accounts/login/", {"username": email, "password": password})


def html(response: object) -> str:
    return response.content.decode()  # type: ignore[attr-defined,no-any-return]


def test_passwords_are_hashed_with_argon2_in_production() -> None:
    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    with override_settings(PASSWORD_HASHERS=production.PASSWORD_HASHERS):
        assert make_password(PASSWORD).startswith("argon2$argon2id$")


def test_a_person_logs_in_with_their_email_in_any_case(riverside: ClinicPeople) -> None:
    client = Client()

    response = login(client, "Clinician@Riverside.Example", PASSWORD)

    assert response.status_code == 302  # type: ignore[attr-defined]
    assert client.session["_auth_user_id"] == str(riverside.clinician.pk)


def test_a_wrong_password_is_explained_and_the_email_kept(riverside: ClinicPeople) -> None:
    response = login(Client(), "clinician@riverside.example", "not the password")

    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "The email address or password is not right." in html(response)
    assert 'value="clinician@riverside.example"' in html(response)
    assert "<title>Error: Log in" in html(response)


def test_an_empty_login_form_names_each_missing_field(db: None) -> None:
    page = html(login(Client(), "", ""))

    assert "Enter your email address" in page
    assert "Enter your password" in page
    assert 'href="#id_username"' in page


def test_logging_out_takes_a_post_so_a_link_only_shows_the_button(
    riverside: ClinicPeople,
) -> None:
    client = Client()
    client.force_login(riverside.patient_user)

    page = html(client.get("/accounts/logout/"))
    assert '<form action="/accounts/logout/" method="post">' in page
    assert "_auth_user_id" in client.session
    response = client.post("/accounts/logout/", follow=True)

    assert "_auth_user_id" not in client.session
    assert "You have logged out." in html(response)


def test_five_failed_logins_lock_out_that_email_from_that_address(
    riverside: ClinicPeople,
) -> None:
    client = Client(REMOTE_ADDR="203.0.113.5")
    for _ in range(production.AXES_FAILURE_LIMIT):
        login(client, "patient@riverside.example", "guess")

    response = login(client, "patient@riverside.example", PASSWORD)

    assert response.status_code == 429  # type: ignore[attr-defined]
    assert "Too many attempts to log in" in html(response)
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_stop_another_person_at_the_same_address(
    riverside: ClinicPeople,
) -> None:
    client = Client(REMOTE_ADDR="203.0.113.5")
    for _ in range(production.AXES_FAILURE_LIMIT):
        login(client, "patient@riverside.example", "guess")

    assert login(client, "clinician@riverside.example", PASSWORD).status_code == 302  # type: ignore[attr-defined]


def test_the_lockout_lasts_15_minutes() -> None:
    assert production.AXES_COOLOFF_TIME * 60 == 15


def invite(clinic: Clinic, role: Role, **fields: object) -> Invitation:
    return Invitation.objects.create(clinic=clinic, role=role, email="new@example.org", **fields)


def sign_up(token: str, **fields: str) -> object:
    data = {"full_name": "Nia Okafor", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    return Client().post(f"/accounts/invitation/{token}/", {**data, **fields})


def test_an_invited_patient_joins_the_clinic_with_a_patient_record(
    riverside: ClinicPeople,
) -> None:
    invitation = invite(riverside.clinic, Role.PATIENT)

    response = sign_up(invitation.token)

    assert response.status_code == 302  # type: ignore[attr-defined]
    user = User.objects.get(email="new@example.org")
    assert (user.role, user.clinic, user.first_name) == ("patient", riverside.clinic, "Nia Okafor")
    assert Patient.objects.get(user=user).clinic == riverside.clinic
    invitation.refresh_from_db()
    assert invitation.used_at is not None


def test_the_audit_log_keeps_where_a_person_signed_up_but_not_the_invitations_key(
    riverside: ClinicPeople,
) -> None:
    invitation = invite(riverside.clinic, Role.PATIENT)

    sign_up(invitation.token)

    paths = set(AuditEvent.objects.values_list("path", flat=True))
    assert paths == {"/accounts/invitation/[token]/"}


def test_an_invited_clinician_joins_without_a_patient_record(riverside: ClinicPeople) -> None:
    sign_up(invite(riverside.clinic, Role.CLINICIAN).token)

    user = User.objects.get(email="new@example.org")
    assert user.role == "clinician"
    assert not Patient.objects.filter(user=user).exists()


def test_the_invitation_page_names_the_clinic_and_the_email(riverside: ClinicPeople) -> None:
    page = html(
        Client().get(f"/accounts/invitation/{invite(riverside.clinic, Role.PATIENT).token}/")
    )

    assert "Join Riverside Clinic" in page
    assert "new@example.org" in page


@pytest.mark.parametrize(
    "fields",
    [
        {"used_at": timezone.now()},
        {"expires_at": timezone.now() - timedelta(minutes=1)},
    ],
    ids=["used", "expired"],
)
def test_a_used_or_expired_invitation_does_not_work(
    riverside: ClinicPeople, fields: dict[str, object]
) -> None:
    response = sign_up(invite(riverside.clinic, Role.PATIENT, **fields).token)

    assert response.status_code == 404  # type: ignore[attr-defined]
    assert "This invitation link does not work" in html(response)
    assert not User.objects.filter(email="new@example.org").exists()


def test_an_unknown_invitation_token_does_not_work(db: None) -> None:
    assert sign_up("made-up").status_code == 404  # type: ignore[attr-defined]


def test_mismatched_passwords_are_shown_next_to_the_field_and_the_name_kept(
    riverside: ClinicPeople,
) -> None:
    page = html(sign_up(invite(riverside.clinic, Role.PATIENT).token, password2="something else"))

    assert 'id="id_password2_error"' in page
    assert "The passwords do not match." in page
    assert 'value="Nia Okafor"' in page


def test_a_weak_password_is_refused_with_the_reason(riverside: ClinicPeople) -> None:
    page = html(
        sign_up(invite(riverside.clinic, Role.PATIENT).token, password1="12345", password2="12345")
    )

    assert 'id="id_password1_error"' in page
    assert "too short" in page
    assert not User.objects.filter(email="new@example.org").exists()


def register(**fields: str) -> object:
    data = {
        "email": "Walker@Example.org",
        "full_name": "Ola Walker",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    return Client().post("/accounts/register/", {**data, **fields})


def test_self_registration_makes_a_patient_of_the_public_clinic(db: None) -> None:
    response = register()

    assert response.status_code == 302  # type: ignore[attr-defined]
    user = User.objects.get(email="walker@example.org")
    assert user.role == Role.PATIENT
    assert user.clinic == Clinic.objects.public()
    assert Patient.objects.get(user=user).display_name == "Ola Walker"


def test_registering_sends_the_new_patient_to_log_in_with_the_password_they_chose(
    db: None,
) -> None:
    client = Client()
    client.post(
        "/accounts/register/",
        {
            "email": "walker@example.org",
            "full_name": "Ola Walker",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    page = html(client.get("/accounts/login/"))
    assert "Now log in with your email address and the password you just chose." in page
    assert login(Client(), "walker@example.org", NEW_PASSWORD).status_code == 302  # type: ignore[attr-defined]


def test_registering_an_email_twice_gets_the_same_answer_and_makes_no_second_account(
    db: None,
) -> None:
    first = register()

    second = register(
        full_name="Someone Else", password1="another long walk", password2="another long walk"
    )

    assert second.status_code == 302  # type: ignore[attr-defined]
    assert second["Location"] == first["Location"] == "/accounts/login/"  # type: ignore[index]
    assert User.objects.filter(email="walker@example.org").count() == 1
    assert Patient.objects.get(user__email="walker@example.org").display_name == "Ola Walker"


def test_registering_from_an_unsaved_result_returns_there_after_log_in(db: None) -> None:
    response = register(next="/check/result/")

    assert response["Location"] == "/accounts/login/?next=%2Fcheck%2Fresult%2F"  # type: ignore[index]


def test_registering_does_not_carry_a_next_address_on_another_site(db: None) -> None:
    response = register(next="https://evil.example/check/")

    assert response["Location"] == "/accounts/login/"  # type: ignore[index]


def test_a_malformed_email_is_kept_for_correction(db: None) -> None:
    page = html(register(email="walker.example.org"))

    assert "Enter an email address in the correct format" in page
    assert 'value="walker.example.org"' in page


def test_an_empty_registration_form_names_each_missing_field(db: None) -> None:
    page = Client().post("/accounts/register/", {}).content.decode()

    assert "There is a problem" in page
    assert 'id="id_email_error"' in page


def test_the_log_out_address_sends_someone_logged_out_to_log_in() -> None:
    response = Client().get("/accounts/logout/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
