"""API tokens: made from a signed-in website session, stored only as a hash, revocable, and
expiring after the days asked for (90 unless asked otherwise, at most 365)."""

from __future__ import annotations

import datetime as dt
import hashlib
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from web.api.calls import api_client, bearer, problem, session_client, token_for
from web.people import ClinicPeople

from achillespath.web.models import ApiToken, AuditEvent, User

pytestmark = pytest.mark.django_db


def make_token(user: User, name: str = "my running app", **more: object) -> dict[str, object]:
    response = session_client(user).post(
        "/api/tokens", {"name": name, **more}, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    body: dict[str, object] = response.json()
    return body


def test_a_token_made_from_the_session_signs_in_to_the_api(riverside: ClinicPeople) -> None:
    made = make_token(riverside.patient_user)

    response = Client().get("/api/me/plan", headers={"Authorization": f"Bearer {made['token']}"})

    assert made["name"] == "my running app"
    assert response.status_code == 200


def test_only_a_hash_of_the_token_is_stored(riverside: ClinicPeople) -> None:
    raw = str(make_token(riverside.clinician)["token"])

    stored = ApiToken.objects.get()
    assert raw.startswith("achp_")
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {getattr(stored, field.attname) for field in ApiToken._meta.fields}


def test_a_token_cannot_make_another_token(riverside: ClinicPeople) -> None:
    response = api_client(riverside.patient_user).post(
        "/api/tokens", {"name": "sneaky"}, content_type="application/json"
    )

    problem(response, 401)
    assert ApiToken.objects.count() == 1


def test_a_token_needs_a_name(riverside: ClinicPeople) -> None:
    response = session_client(riverside.patient_user).post(
        "/api/tokens", {"name": "   "}, content_type="application/json"
    )

    assert problem(response, 422)["errors"][0]["field"] == "name"


def test_a_null_character_in_the_name_is_refused_naming_it(riverside: ClinicPeople) -> None:
    response = session_client(riverside.patient_user).post(
        "/api/tokens", '{"name": "a\\u0000b"}', content_type="application/json"
    )

    assert problem(response, 422)["errors"] == [
        {"field": "name", "problem": "null characters are not allowed"}
    ]
    assert not ApiToken.objects.exists()


def test_the_list_shows_your_live_tokens_but_never_the_tokens_themselves(
    riverside: ClinicPeople,
) -> None:
    client = Client(headers=bearer(riverside.patient_user))
    token_for(riverside.clinician)

    listed = client.get("/api/tokens").json()

    assert [token["name"] for token in listed] == ["tests"]
    assert "token" not in listed[0]


def test_a_revoked_token_stops_working_at_once(riverside: ClinicPeople) -> None:
    client = Client(headers=bearer(riverside.patient_user))
    token_id = client.get("/api/tokens").json()[0]["id"]

    assert client.delete(f"/api/tokens/{token_id}").status_code == 204
    problem(client.get("/api/me/plan"), 401)


def test_nobody_can_revoke_someone_elses_token(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    theirs, _ = ApiToken.objects.issue(riverside.clinician, "theirs")

    response = api_client(hillside.clinician).delete(f"/api/tokens/{theirs.pk}")

    problem(response, 404)
    assert not ApiToken.objects.get(pk=theirs.pk).is_revoked


def test_a_token_of_a_deactivated_account_does_not_work(riverside: ClinicPeople) -> None:
    client = api_client(riverside.patient_user)
    User.objects.filter(pk=riverside.patient_user.pk).update(is_active=False)

    problem(client.get("/api/me/plan"), 401)


def test_a_made_up_token_is_401_with_a_bearer_challenge(db: None) -> None:
    response = Client().get("/api/me/plan", headers={"Authorization": "Bearer achp_made_up"})

    problem(response, 401)
    assert response["WWW-Authenticate"] == 'Bearer realm="achillespath"'


def test_last_use_is_written_at_most_once_every_five_minutes(riverside: ClinicPeople) -> None:
    token, _ = ApiToken.objects.issue(riverside.patient_user, "app")
    first = timezone.now()

    token.mark_used(first)
    token.mark_used(first + timedelta(minutes=4))
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first

    token.mark_used(first + timedelta(minutes=6))
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first + timedelta(minutes=6)


def test_making_and_revoking_a_token_are_in_the_clinics_audit_log(riverside: ClinicPeople) -> None:
    made = make_token(riverside.clinician)
    session_client(riverside.clinician).delete(f"/api/tokens/{made['id']}")

    events = (
        AuditEvent.objects.exclude(action="login")
        .order_by("id")
        .values_list("action", "actor_email", "clinic_id", "patient_id", "object_type", "object_id")
    )
    assert list(events) == [
        (
            action,
            "clinician@riverside.example",
            riverside.clinic.pk,
            None,
            "ApiToken",
            str(made["id"]),
        )
        for action in ("token_created", "token_revoked")
    ]


def test_the_events_name_the_token_and_its_owner(riverside: ClinicPeople) -> None:
    made = make_token(riverside.clinician, "my script")
    session_client(riverside.clinician).delete(f"/api/tokens/{made['id']}")

    details = AuditEvent.objects.exclude(action="login").values_list("changes", flat=True)
    assert list(details) == [{"name": "my script", "owner": "clinician@riverside.example"}] * 2


def days_from_now(moment: object) -> float:
    """An ISO 8601 time from the API, in days from now, to the nearest minute."""
    ahead = dt.datetime.fromisoformat(str(moment)) - timezone.now()
    return round(ahead / timedelta(minutes=1)) / (24 * 60)


def test_a_token_works_for_90_days_unless_asked_otherwise(riverside: ClinicPeople) -> None:
    made = make_token(riverside.patient_user)

    assert days_from_now(made["expires_at"]) == 90


def test_a_token_works_for_the_days_asked_for(riverside: ClinicPeople) -> None:
    made = make_token(riverside.patient_user, lifetime_days=365)

    assert days_from_now(made["expires_at"]) == 365


@pytest.mark.parametrize(
    ("days", "message"),
    [
        (366, "Input should be less than or equal to 365"),
        (0, "Input should be greater than or equal to 1"),
        ("30", "Input should be a valid integer"),
        (None, "Input should be a valid integer"),
    ],
)
def test_a_lifetime_out_of_range_is_refused_naming_it(
    days: object, message: str, riverside: ClinicPeople
) -> None:
    response = session_client(riverside.patient_user).post(
        "/api/tokens", {"name": "app", "lifetime_days": days}, content_type="application/json"
    )

    assert problem(response, 422)["errors"] == [{"field": "lifetime_days", "problem": message}]
    assert not ApiToken.objects.exists()


def expire(raw: str) -> None:
    ApiToken.objects.filter(token_hash=hashlib.sha256(raw.encode()).hexdigest()).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )


def test_an_expired_token_is_refused_like_a_revoked_one(riverside: ClinicPeople) -> None:
    raw = token_for(riverside.patient_user)
    expire(raw)

    response = Client().get("/api/me/plan", headers={"Authorization": f"Bearer {raw}"})

    problem(response, 401)
    assert response["WWW-Authenticate"] == 'Bearer realm="achillespath"'


def test_the_list_gives_each_tokens_expiry_and_leaves_out_expired_ones(
    riverside: ClinicPeople,
) -> None:
    client = session_client(riverside.patient_user)
    expire(token_for(riverside.patient_user))
    made = make_token(riverside.patient_user, "still works", lifetime_days=10)

    listed = client.get("/api/tokens").json()

    assert [(token["name"], token["expires_at"]) for token in listed] == [
        ("still works", made["expires_at"])
    ]


def test_an_expired_token_cannot_be_revoked_any_more(riverside: ClinicPeople) -> None:
    raw = token_for(riverside.patient_user)
    expire(raw)
    token = ApiToken.objects.get()

    problem(session_client(riverside.patient_user).delete(f"/api/tokens/{token.pk}"), 404)
    assert not ApiToken.objects.get().is_revoked
