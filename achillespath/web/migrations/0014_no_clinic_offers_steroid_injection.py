"""No clinic offers a corticosteroid injection as a second-line service any more: the sources
advise against injecting a steroid into or around the Achilles tendon (HAZ-28), so it is taken
off every clinic's stored list. The list's other services keep their order. Reversing this puts
nothing back: which clinics had ticked it is not kept, and none should offer it.
"""

from __future__ import annotations

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

WITHDRAWN = "corticosteroid_injection"


def withdraw_steroid_injection(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    clinic_model = apps.get_model("web", "Clinic")
    for clinic in clinic_model.objects.using(schema_editor.connection.alias).all():
        services = clinic.second_line_services
        if isinstance(services, list) and WITHDRAWN in services:
            clinic.second_line_services = [item for item in services if item != WITHDRAWN]
            clinic.save(update_fields=["second_line_services"])


class Migration(migrations.Migration):
    dependencies = [("web", "0013_api_token_expiry")]

    operations = [migrations.RunPython(withdraw_steroid_injection, migrations.RunPython.noop)]
