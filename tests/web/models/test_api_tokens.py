"""An API token works until it is revoked or expires, whichever comes first; finding one by its
raw value is one statement whatever the answer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries
from web.people import ClinicPeople

from achillespath.web.models import ApiToken

pytestmark = pytest.mark.django_db


def days_it_works(token: ApiToken) -> float:
    """From made to expiry, in days to the nearest minute (the two times are read apart)."""
    return round((token.expires_at - token.created_at) / timedelta(minutes=1)) / (24 * 60)


@override_settings(API_TOKEN_DAYS=30)
def test_a_new_token_works_for_the_default_number_of_days(riverside: ClinicPeople) -> None:
    token, _ = ApiToken.objects.issue(riverside.patient_user, "app")

    assert days_it_works(token) == 30


def test_a_new_token_works_for_the_days_asked_for(riverside: ClinicPeople) -> None:
    token, _ = ApiToken.objects.issue(riverside.patient_user, "app", days=7)

    assert days_it_works(token) == 7


def test_a_token_is_found_until_the_moment_it_expires(
    riverside: ClinicPeople, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    token, raw = ApiToken.objects.issue(riverside.patient_user, "app", days=1)

    with django_assert_num_queries(1):
        found = ApiToken.objects.find(raw, token.expires_at - timedelta(microseconds=1))
    with django_assert_num_queries(1):
        expired = ApiToken.objects.find(raw, token.expires_at)

    assert found is not None and found.pk == token.pk
    assert found.user == riverside.patient_user
    assert expired is None


def test_a_revoked_token_is_not_found(riverside: ClinicPeople) -> None:
    token, raw = ApiToken.objects.issue(riverside.patient_user, "app")
    now = timezone.now()
    token.revoke(now)

    assert ApiToken.objects.find(raw, now) is None


def test_live_tokens_are_those_neither_revoked_nor_expired(riverside: ClinicPeople) -> None:
    now = timezone.now()
    works, _ = ApiToken.objects.issue(riverside.patient_user, "works")
    revoked, _ = ApiToken.objects.issue(riverside.patient_user, "revoked")
    revoked.revoke(now)
    expired, _ = ApiToken.objects.issue(riverside.patient_user, "expired")
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=now)

    assert list(ApiToken.objects.live(now)) == [works]
    assert [token.has_expired(now) for token in ApiToken.objects.order_by("id")] == [
        False,
        False,
        True,
    ]
