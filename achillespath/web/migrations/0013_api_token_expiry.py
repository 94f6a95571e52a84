"""API tokens expire: each has `expires_at`, and a token past it is refused like a revoked one.

Tokens made before this migration never expired; each gets its creation time plus 90 days (the
default lifetime of a new token), so one made long ago stops working at once. Going back
drops the column, so the data step has nothing to undo.
"""

from __future__ import annotations

from datetime import timedelta

from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.models import F

LIFETIME_OF_EXISTING_TOKENS = timedelta(days=90)


def expire_existing_tokens(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    token_model = apps.get_model("web", "ApiToken")
    token_model.objects.using(schema_editor.connection.alias).update(
        expires_at=F("created_at") + LIFETIME_OF_EXISTING_TOKENS
    )


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0012_audit_changes_and_api_tokens"),
    ]

    operations = [
        migrations.AddField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.RunPython(expire_existing_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(),
        ),
    ]
