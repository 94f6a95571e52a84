"""When a log's warning signs and medicines were reported, and a clinician's record that the
reported warning signs were assessed."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0008_invitation_revoked"),
    ]

    operations = [
        migrations.AddField(
            model_name="exerciselog",
            name="medicines_reported_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="exerciselog",
            name="signs_reported_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.CreateModel(
            name="WarningSignReview",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("reviewed_at", models.DateTimeField()),
                ("note", models.CharField(blank=True, max_length=500)),
                (
                    "patient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="warning_sign_reviews",
                        to="web.patient",
                    ),
                ),
                (
                    "reviewed_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-reviewed_at"],
                "indexes": [
                    models.Index(fields=["patient", "-reviewed_at"], name="review_patient_latest")
                ],
            },
        ),
    ]
