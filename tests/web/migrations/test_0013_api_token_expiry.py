"""Migration 0013: tokens made before API tokens expired get their creation time plus 90 days,
then `expires_at` may not be empty; going back drops the column again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.apps.registry import Apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = ("web", "0012_audit_changes_and_api_tokens")
AFTER = ("web", "0013_api_token_expiry")
MADE = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def migrate(target: tuple[str, str]) -> Apps:
    """Migrate the test database forwards or back to `target`; the models as they were then."""
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state(target).apps


def token_columns() -> set[str]:
    with connection.cursor() as cursor:
        described = connection.introspection.get_table_description(cursor, "web_apitoken")
    return {column.name for column in described}


@pytest.mark.django_db(transaction=True)
def test_tokens_made_before_expire_90_days_after_they_were_made() -> None:
    before = migrate(BEFORE)
    user = before.get_model("web", "User").objects.create(
        email="old.token@example.org", role="patient", clinic_id=None, is_staff=True
    )
    token_model = before.get_model("web", "ApiToken")
    old = token_model.objects.create(user_id=user.pk, name="old app", token_hash="a" * 64)
    token_model.objects.filter(pk=old.pk).update(created_at=MADE)

    after = migrate(AFTER)

    migrated = after.get_model("web", "ApiToken").objects.get(pk=old.pk)
    assert migrated.expires_at == MADE + timedelta(days=90)
    assert not after.get_model("web", "ApiToken")._meta.get_field("expires_at").null


@pytest.mark.django_db(transaction=True)
def test_going_back_drops_the_expiry_column() -> None:
    migrate(BEFORE)
    assert "expires_at" not in token_columns()

    migrate(AFTER)
    assert "expires_at" in token_columns()
