"""Which warning signs a daily log reported, not only that one was."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0005_invitation_patient_details"),
    ]

    operations = [
        migrations.AddField(
            model_name="exerciselog",
            name="warning_signs",
            field=models.CharField(blank=True, db_default="", default="", max_length=200),
        ),
    ]
