"""The mail server and sender from ACHILLESPATH_EMAIL_URL and ACHILLESPATH_EMAIL_FROM: the URL's
scheme says how the connection is secured; with no URL, emails are saved in the outbox folder.
A setting that cannot work stops the start with a message naming it, never its password."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from achillespath.web.settings import email_sender, email_settings

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def test_with_no_url_emails_are_saved_in_the_outbox() -> None:
    assert email_settings("") == {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend"
    }


def test_smtp_tls_upgrades_with_starttls_on_the_submission_port() -> None:
    assert email_settings("smtp+tls://clinic:secret@mail.example.org") == {
        "EMAIL_BACKEND": SMTP_BACKEND,
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "clinic",
        "EMAIL_HOST_PASSWORD": "secret",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


@pytest.mark.parametrize(
    ("url", "port", "use_tls", "use_ssl"),
    [
        ("smtps://mail.example.org", 465, False, True),
        ("smtp://localhost", 25, False, False),
        ("smtp+tls://mail.example.org:2525", 2525, True, False),
        ("smtp://localhost:1025/", 1025, False, False),
    ],
)
def test_the_scheme_sets_the_security_and_the_port_unless_one_is_given(
    url: str, port: int, use_tls: bool, use_ssl: bool
) -> None:
    config = email_settings(url)

    assert (config["EMAIL_PORT"], config["EMAIL_USE_TLS"], config["EMAIL_USE_SSL"]) == (
        port,
        use_tls,
        use_ssl,
    )


def test_a_percent_encoded_user_name_and_password_are_decoded() -> None:
    config = email_settings("smtps://me%40clinic.example:p%40ss%3Aw%2Frd@mail.example.org")

    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == (
        "me@clinic.example",
        "p@ss:w/rd",
    )


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://user:hunter2@mail.example.org", "must start with smtp+tls://, smtps:// or"),
        ("mail.example.org", "must start with smtp+tls://, smtps:// or"),
        ("smtp+tls://user:hunter2@", "names no mail server"),
        ("smtp+tls://user:hunter2@mail.example.org:five", "has a port that is not a number"),
        ("smtp+tls://user:hunter2@mail.example.org:70000", "has a port that is not a number"),
        ("smtp+tls://user:hunter2@mail.example.org:0", "has a port that is not a number"),
        ("smtp://user:hunter2@mail.example.org:587?tls=1", "has something after the host"),
        ("smtp://user:hunter2@mail.example.org/inbox", "has something after the host"),
    ],
)
def test_a_url_that_cannot_work_is_refused_naming_the_setting_but_not_the_password(
    url: str, problem: str
) -> None:
    with pytest.raises(ImproperlyConfigured) as refused:
        email_settings(url)

    message = str(refused.value)
    assert message.startswith(f"ACHILLESPATH_EMAIL_URL {problem}")
    assert "hunter2" not in message


def test_the_sender_may_carry_a_name() -> None:
    sender = "Riverside Clinic <achillespath@riverside.example>"

    assert email_sender(sender, has_mail_server=True) == sender


def test_a_mail_server_needs_a_sender() -> None:
    with pytest.raises(ImproperlyConfigured, match=r"^ACHILLESPATH_EMAIL_FROM must be set when"):
        email_sender("", has_mail_server=True)


def test_the_outbox_needs_no_sender() -> None:
    assert email_sender("", has_mail_server=False) == "achillespath <achillespath@localhost>"


def test_a_sender_that_is_not_an_email_address_is_refused() -> None:
    with pytest.raises(ImproperlyConfigured, match=r"^ACHILLESPATH_EMAIL_FROM must be an email"):
        email_sender("Riverside Clinic", has_mail_server=True)
