"""The web symptom check reads the medicines answer entry by entry, as the core does: an
antibiotic typed beside eye drops, or an inhaled one, stops the check with "stop it today"."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import SETTLED_MIDPORTION, walk

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        (
            "started ciprofloxacin 500mg and chloramphenicol eye drops",
            "You take started ciprofloxacin 500mg, a fluoroquinolone antibiotic.",
        ),
        ("Quinsair inhaled", "You take Quinsair inhaled, a fluoroquinolone antibiotic."),
    ],
)
def test_the_check_says_stop_the_antibiotic_today(typed: str, named: str) -> None:
    answers = {**SETTLED_MIDPORTION, "medications": {"medications": typed}}

    page = walk(Client(), answers).content.decode()

    assert "Stop taking the antibiotic and contact the person who prescribed it" in page
    assert named in page
    assert "on the eye, ear or skin" not in page
