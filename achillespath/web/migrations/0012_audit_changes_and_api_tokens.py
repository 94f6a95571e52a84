"""The audit log keeps what a settings change changed, and names API tokens made and revoked.

`changes` is nullable with no default, so SQLite adds it with ALTER TABLE: rebuilding the table
would drop the append-only triggers of migration 0003. The new actions are choices only.
"""

from __future__ import annotations

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0011_patient_identifiers"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="changes",
            field=models.JSONField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("read", "Read"),
                    ("write", "Write"),
                    ("export", "Export"),
                    ("delete", "Delete"),
                    ("login", "Log in"),
                    ("logout", "Log out"),
                    ("login_failed", "Failed log in"),
                    ("signup", "Sign up"),
                    ("token_created", "API token made"),
                    ("token_revoked", "API token revoked"),
                ],
                max_length=20,
            ),
        ),
    ]
