"""A prescription's programme takes its names from the core's programmes, not a copy here."""

from django.db import migrations, models

import achillespath.web.models.programmes


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0006_exercise_log_warning_signs"),
    ]

    operations = [
        migrations.AlterField(
            model_name="prescription",
            name="programme",
            field=models.CharField(
                choices=achillespath.web.models.programmes.programme_choices, max_length=20
            ),
        ),
    ]
