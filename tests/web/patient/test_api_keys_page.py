"""Your API keys page, for every role: each key with when it was made, last used and expires
and whether it works; making one shows it once; revoking one stops it. Audited like the API."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.models import ApiToken, AuditEvent, User

pytestmark = pytest.mark.django_db

PAGE = "/api-keys/"


def text_of(response: Any) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def make_key(client: Client, name: str = "my running app", days: object = 30) -> Any:
    return client.post(PAGE, {"name": name, "lifetime_days": days})


def token_events() -> list[tuple[str, str, object]]:
    events = AuditEvent.objects.filter(object_type="ApiToken").order_by("id")
    return list(events.values_list("action", "actor_email", "changes"))


@pytest.mark.parametrize("role", ["patient_user", "clinician", "admin"])
def test_making_a_key_shows_it_once_with_a_warning_to_copy_it_now(
    role: str, riverside: ClinicPeople
) -> None:
    person: User = getattr(riverside, role)
    client = client_for(person)

    made = make_key(client)

    raw = re.search(r"achp_[\w-]+", made.content.decode())
    assert raw is not None
    token = ApiToken.objects.get()
    assert token.user == person
    assert token.token_hash == hashlib.sha256(raw.group().encode()).hexdigest()
    assert "Copy your new key now" in text_of(made)
    assert "This is the only time you will see the key “my running app”" in text_of(made)
    assert made["Cache-Control"].startswith("max-age=0, no-cache, no-store")
    assert "achp_" not in client.get(PAGE).content.decode()


def test_a_key_works_for_the_days_asked_for(riverside: ClinicPeople) -> None:
    make_key(client_for(riverside.patient_user), days=7)

    token = ApiToken.objects.get()
    assert round((token.expires_at - token.created_at) / timedelta(hours=1)) == 7 * 24


@override_settings(API_TOKEN_DAYS=60, API_TOKEN_MAX_DAYS=120)
def test_the_form_offers_the_default_lifetime_and_says_the_longest(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.patient_user).get(PAGE)

    assert 'name="lifetime_days" value="60"' in page.content.decode()
    assert "Up to 120 days. After that the key stops working." in text_of(page)


@pytest.mark.parametrize(
    ("name", "days", "message"),
    [
        ("app", "366", "Enter 365 days or fewer"),
        ("app", "0", "Enter at least 1 day"),
        ("app", "ninety", "Enter how many days the key should work as a whole number, like 90"),
        ("", "30", "Enter what the key is for, like my running app"),
    ],
)
def test_a_key_the_form_refuses_is_not_made_and_the_error_is_named(
    name: str, days: str, message: str, riverside: ClinicPeople
) -> None:
    answer = make_key(client_for(riverside.patient_user), name, days)

    assert answer.status_code == 200
    assert message in text_of(answer)
    assert f'value="{days}"' in answer.content.decode()
    assert not ApiToken.objects.exists()
    assert token_events() == []


def test_each_key_shows_when_made_last_used_and_expires_and_whether_it_works(
    riverside: ClinicPeople,
) -> None:
    now = timezone.now()
    works, _ = ApiToken.objects.issue(riverside.patient_user, "works")
    works.mark_used(now)
    ApiToken.objects.issue(riverside.patient_user, "expired")[0].revoke(now)
    expired, _ = ApiToken.objects.issue(riverside.patient_user, "ran out")
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=now - timedelta(days=1))
    ApiToken.objects.issue(riverside.clinician, "someone else's")

    page = text_of(client_for(riverside.patient_user).get(PAGE))

    # Each row, as the table reads on a phone: every cell led by its column's name.
    rows = page.split("Make a new key")[0].split("What it is for ")[2:]
    date = r"\d{1,2} \w{3} \d{4} \d\d:\d\d"
    assert [re.sub(date, "(date)", row).strip() for row in rows] == [
        "ran out Made (date) Last used Never Expires (date) Status Expired",
        "expired Made (date) Last used Never Expires (date) Status Revoked on (date)",
        "works Made (date) Last used (date) Expires (date) Status Active Revoke the key “works”",
    ]


def test_revoking_a_key_stops_it_and_is_audited(riverside: ClinicPeople) -> None:
    token, raw = ApiToken.objects.issue(riverside.patient_user, "my app")
    client = client_for(riverside.patient_user)

    answer = client.post(f"{PAGE}{token.pk}/revoke/", follow=True)

    assert "The API key “my app” is revoked. It no longer works." in text_of(answer)
    assert ApiToken.objects.find(raw, timezone.now()) is None
    owner = riverside.patient_user.email
    assert token_events() == [("token_revoked", owner, {"name": "my app", "owner": owner})]


def test_making_a_key_is_audited_in_the_clinics_log(riverside: ClinicPeople) -> None:
    make_key(client_for(riverside.clinician), "my script")

    event = AuditEvent.objects.get(object_type="ApiToken")
    owner = riverside.clinician.email
    assert (event.action, event.actor_email, event.clinic_id, event.patient_id) == (
        "token_created",
        owner,
        riverside.clinic.pk,
        None,
    )
    assert event.changes == {"name": "my script", "owner": owner}


def test_a_key_that_no_longer_works_cannot_be_revoked_again(riverside: ClinicPeople) -> None:
    token, _ = ApiToken.objects.issue(riverside.patient_user, "my app")
    token.revoke(timezone.now())

    answer = client_for(riverside.patient_user).post(f"{PAGE}{token.pk}/revoke/")

    assert answer.status_code == 404
    assert token_events() == []


def test_my_data_links_to_the_api_keys_page(riverside: ClinicPeople) -> None:
    page = client_for(riverside.patient_user).get("/my-data/").content.decode()

    assert f'href="{PAGE}"' in page


def test_clinic_staff_reach_it_from_the_header_and_patients_from_my_data(
    riverside: ClinicPeople,
) -> None:
    link = f'<a class="nhsuk-header__account-link" href="{PAGE}">Your API keys</a>'

    assert link in client_for(riverside.clinician).get("/clinic/").content.decode()
    assert link in client_for(riverside.admin).get("/clinic/").content.decode()
    assert link not in client_for(riverside.patient_user).get("/my-data/").content.decode()
