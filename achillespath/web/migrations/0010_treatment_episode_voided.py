"""A treatment episode entered in error is voided, not deleted: who voided it, when and why."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0009_warning_sign_reviews"),
    ]

    operations = [
        migrations.AddField(
            model_name="treatmentepisode",
            name="voided_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="treatmentepisode",
            name="voided_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="treatmentepisode",
            name="void_reason",
            field=models.TextField(blank=True, max_length=1000),
        ),
    ]
