"""A patient's NHS number and date of birth, so a letter lets another service match the record."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0010_treatment_episode_voided"),
    ]

    operations = [
        migrations.AddField(
            model_name="patient",
            name="date_of_birth",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="patient",
            name="nhs_number",
            field=models.CharField(blank=True, max_length=10),
        ),
        migrations.AddConstraint(
            model_name="patient",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    ("deleted_at__isnull", True), models.Q(("nhs_number", ""), _negated=True)
                ),
                fields=("clinic", "nhs_number"),
                name="patient_nhs_number_unique_in_clinic",
            ),
        ),
    ]
