"""The built-in public clinic that self-registered symptom checkers belong to."""

from __future__ import annotations

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

PUBLIC_CLINIC = {"slug": "public", "name": "Public symptom check", "is_public": True}


def create_public_clinic(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    clinic_model = apps.get_model("web", "Clinic")
    clinic_model.objects.using(schema_editor.connection.alias).get_or_create(
        slug=PUBLIC_CLINIC["slug"], defaults=PUBLIC_CLINIC
    )


class Migration(migrations.Migration):
    dependencies = [("web", "0001_initial")]

    operations = [migrations.RunPython(create_public_clinic, migrations.RunPython.noop)]
