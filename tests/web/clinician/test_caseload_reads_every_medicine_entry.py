"""The caseload's fluoroquinolone flag reads a log's new medicines entry by entry, so eye drops
logged in the same text do not hide the antibiotic from the clinician."""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.clinician.records import log, prescribe, visa_a
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db


def test_ciprofloxacin_logged_with_chloramphenicol_eye_drops_is_flagged(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(
        riverside.patient,
        1,
        new_medicines="ciprofloxacin 500mg twice daily and chloramphenicol eye drops",
    )

    rows = client_for(riverside.clinician).get(reverse("clinician:caseload")).context["rows"]

    assert [flag.name for flag in rows[0].flags] == ["Fluoroquinolone reported"]
