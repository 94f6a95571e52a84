"""No clinic may advertise a corticosteroid injection as a second-line service: the sources
advise against injecting a steroid into or around the Achilles tendon (HAZ-28). A patient who
had one still reports it, and is still cautioned."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection
from web.people import ClinicPeople, client_for

from achillespath.web.models import Clinic

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module(
    "achillespath.web.migrations.0014_no_clinic_offers_steroid_injection"
)
SETTINGS = {"visa_a_mcid": "14", "visa_a_interval_weeks": "2", "follow_up_weeks": "6, 12"}


def test_the_settings_page_offers_no_corticosteroid_injection(riverside: ClinicPeople) -> None:
    page = client_for(riverside.admin).get("/clinic/settings/").content.decode()

    assert 'value="eswt"' in page
    assert "corticosteroid_injection" not in page
    assert "Corticosteroid injection" not in page


def test_ticking_it_anyway_is_refused_and_nothing_is_saved(riverside: ClinicPeople) -> None:
    response = client_for(riverside.admin).post(
        "/clinic/settings/",
        {**SETTINGS, "second_line_services": ["eswt", "corticosteroid_injection"]},
    )

    assert response.status_code == 200
    assert "Choose services from the list" in response.content.decode()
    assert Clinic.objects.get(pk=riverside.clinic.pk).second_line_services == []


def test_a_clinic_record_offering_it_does_not_validate() -> None:
    clinic = Clinic(name="Old", slug="old", second_line_services=["corticosteroid_injection"])

    with pytest.raises(ValidationError, match="second-line services"):
        clinic.full_clean()


def test_the_migration_takes_it_off_every_clinics_list_and_keeps_the_rest(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    # Saved as clinics set before the change; save() runs no validators, as then.
    riverside.clinic.second_line_services = ["eswt", "corticosteroid_injection", "ate"]
    riverside.clinic.save()
    hillside.clinic.second_line_services = ["corticosteroid_injection"]
    hillside.clinic.save()

    MIGRATION.withdraw_steroid_injection(apps, SimpleNamespace(connection=connection))

    assert Clinic.objects.get(pk=riverside.clinic.pk).second_line_services == ["eswt", "ate"]
    assert Clinic.objects.get(pk=hillside.clinic.pk).second_line_services == []
