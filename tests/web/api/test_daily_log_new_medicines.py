"""POST /api/me/logs takes up to 500 characters of new medicines, and its warning reads all of
them, entry by entry, as the page does."""

from __future__ import annotations

import pytest
from web.api.calls import api_client
from web.clinician.records import days_ago
from web.people import ClinicPeople

pytestmark = pytest.mark.django_db

PAST_THE_200TH_CHARACTER = (
    "Paracetamol when needed, ibuprofen gel rubbed on the calf after the exercises as the "
    "physio suggested at my last visit, vitamin D every morning since the winter began, "
    "chloramphenicol eye drops, and since Tuesday ciprofloxacin 500mg from the GP"
)


def test_an_antibiotic_named_late_in_a_long_note_brings_the_urgent_warning(
    on_programme: ClinicPeople,
) -> None:
    assert PAST_THE_200TH_CHARACTER.index("ciprofloxacin") > 200
    body = {
        "date": days_ago(0).isoformat(),
        "sets_done": 3,
        "load_kg": 0,
        "pain_during": 2,
        "new_medicines": PAST_THE_200TH_CHARACTER,
    }

    response = api_client(on_programme.patient_user).post(
        "/api/me/logs", body, content_type="application/json"
    )

    assert response.status_code == 200
    warning = response.json()["warning"]
    assert warning["disposition"] == "urgent"
    assert warning["red_flags"] == ["fluoroquinolone_with_tendon_pain"]
