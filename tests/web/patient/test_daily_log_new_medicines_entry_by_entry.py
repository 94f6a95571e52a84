"""The daily log's "new medicines" text is read as the core reads any medicine text: entry by
entry (achillespath.risk.medicines.medicine_entries), over all of it, so eye drops logged beside
an antibiotic tablet cannot hide it, and a name late in a long note still raises the alarm."""

from __future__ import annotations

import pytest
from web.patient.programme_records import LOG_URL, log_form, prescribe
from web.people import ClinicPeople, client_for

from achillespath.web.daily_log import warning_advice

TABLETS_AND_EYE_DROPS = "ciprofloxacin 500mg twice daily and chloramphenicol eye drops"
STOP_TODAY = "Stop taking the antibiotic and contact the person who prescribed it today."

LONG_NOTE = (
    "Paracetamol when needed for the heel, ibuprofen gel rubbed on the calf after the exercises "
    "as the physio suggested at my last visit, vitamin D every morning since the winter began "
    "and since Tuesday a short course of ciprofloxacin 500mg from the GP"
)
"""The antibiotic named past the 200 characters the intake takes in one entry."""


def test_alex_who_logs_ciprofloxacin_and_chloramphenicol_eye_drops_is_told_to_stop_it() -> None:
    found = warning_advice({"new_medicines": TABLETS_AND_EYE_DROPS})

    assert found is not None
    assert found.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert found.recommendations[0].reason.startswith(
        "You take ciprofloxacin 500mg twice daily, a fluoroquinolone antibiotic."
    )


@pytest.mark.parametrize(
    "note",
    ["ciprofloxacin eye drops and tablets", "Ciprofloxacin (eye drops) + 500mg tablets"],
)
def test_sam_who_logs_the_tablets_after_the_eye_drops_is_told_to_stop_the_antibiotic(
    note: str,
) -> None:
    found = warning_advice({"new_medicines": note})

    assert found is not None
    assert found.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert found.recommendations[0].reason.startswith(f"You take {note}, a fluoroquinolone")


def test_an_antibiotic_named_past_the_200th_character_is_still_found() -> None:
    assert LONG_NOTE.index("ciprofloxacin") > 200

    found = warning_advice({"new_medicines": LONG_NOTE})

    assert found is not None
    assert found.red_flags == ("fluoroquinolone_with_tendon_pain",)


def test_a_long_entry_with_no_separator_is_read_to_its_end() -> None:
    unbroken = "Started on a new antibiotic from the walk-in centre " * 4 + "levofloxacin 500mg"
    assert len(unbroken) > 200

    found = warning_advice({"new_medicines": unbroken})

    assert found is not None and found.red_flags == ("fluoroquinolone_with_tendon_pain",)


def test_more_medicines_than_the_intake_holds_still_raise_the_alarm_for_the_last_one() -> None:
    many = ",".join(f"Qvar{n}" for n in range(60)) + ",cipro"
    assert len(many) <= 500

    found = warning_advice({"new_medicines": many})

    assert found is not None and found.red_flags == ("fluoroquinolone_with_tendon_pain",)


def test_eye_drops_alone_are_not_a_warning() -> None:
    assert (
        warning_advice({"new_medicines": "chloramphenicol eye drops, ofloxacin eye drops"}) is None
    )


@pytest.mark.django_db
def test_the_log_page_says_stop_the_antibiotic_when_eye_drops_are_logged_beside_it(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(new_medicines=TABLETS_AND_EYE_DROPS)
    )

    shown = response.content.decode()
    assert STOP_TODAY in shown
    assert "Your next session" not in shown
