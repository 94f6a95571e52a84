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


def test_sam_not_sure_of_his_medicines_is_not_sent_home_and_is_told_to_stop_a_quinolone() -> None:
    answers = {**SETTLED_MIDPORTION, "medications": {"medications": "", "unsure": "1"}}

    page = walk(Client(), answers).content.decode().replace("&#x27;", "'")

    assert "If you take a quinolone, stop it and contact the person who prescribed it today" in page
    assert "You did not say which medicines you take" in page
    assert "Calf-strengthening programme" not in page
    assert "Self-help at home" not in page
