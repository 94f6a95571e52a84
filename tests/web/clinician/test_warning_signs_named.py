"""The clinic sees WHICH warning sign a patient ticked in the daily log, not only that one was:
on the caseload, the patient page (flag and timeline) and every referral letter.

Vignette: Tess ticks "A swollen calf" (a possible clot in the leg) when she logs Tuesday's
session, then opens Tuesday again to correct her pain score and leaves the boxes empty. The
clinician must still read "A swollen calf" everywhere the warning is shown.
"""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from web.clinician.records import days_ago, log, prescribe, visa_a
from web.patient.programme_records import log_form
from web.people import ClinicPeople, client_for

from achillespath.dates import day_words
from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db

CASELOAD = reverse("clinician:caseload")
TUESDAY = 2  # days ago

CALF = (
    f"A swollen calf (daily log for {day_words(days_ago(TUESDAY))}, reported on "
    f"{day_words(days_ago(0))})"
)
CALF_FLAG = f"Warning signs reported: {CALF}. Contact them today."
# A letter is read outside the clinic: it says where it was reported and when (the day it was
# reported, today), not "contact them", and names the sign once, under Red flags.
CALF_IN_A_LETTER = (
    f"The patient reported a warning sign in a daily exercise log on {day_words(days_ago(0))}"
)


def tess_ticks_a_swollen_calf_then_relogs_tuesday_without_ticking(people: ClinicPeople) -> None:
    people.patient.display_name = "Tess"
    people.patient.save()
    prescribe(people.patient, started_days_ago=10)
    visa_a(people.patient, 10, 50)
    tess = client_for(people.patient_user)
    tuesday = f"/log/{days_ago(TUESDAY).isoformat()}/"
    tess.post(tuesday, log_form(days_ago(TUESDAY), warning_signs="calf_swelling"))
    tess.post(tuesday, log_form(days_ago(TUESDAY), pain_during="4"))


def patient_page(people: ClinicPeople) -> str:
    url = reverse("clinician:patient", args=[people.patient.pk])
    return client_for(people.clinician).get(url).content.decode()


def letter_html(people: ClinicPeople, recipient: Recipient) -> str:
    letter = referral_letter(people.patient, recipient, author=people.clinician, today=days_ago(0))
    return render_to_string(TEMPLATE, {"letter": letter})


def test_the_caseload_flag_says_tess_reported_a_swollen_calf(riverside: ClinicPeople) -> None:
    tess_ticks_a_swollen_calf_then_relogs_tuesday_without_ticking(riverside)

    page = client_for(riverside.clinician).get(CASELOAD).content.decode()

    assert CALF_FLAG in page


def test_the_patient_page_names_the_swollen_calf_in_the_flag_and_the_timeline(
    riverside: ClinicPeople,
) -> None:
    tess_ticks_a_swollen_calf_then_relogs_tuesday_without_ticking(riverside)

    page = patient_page(riverside)

    assert CALF_FLAG in page
    assert "pain 4/10, warning signs reported: A swollen calf" in page


@pytest.mark.parametrize("recipient", list(Recipient))
def test_every_referral_letter_names_the_swollen_calf(
    riverside: ClinicPeople, recipient: Recipient
) -> None:
    tess_ticks_a_swollen_calf_then_relogs_tuesday_without_ticking(riverside)

    letter = letter_html(riverside, recipient)

    assert CALF_IN_A_LETTER in letter
    assert "Contact them today" not in letter
    assert f"<li>{CALF}</li>" in letter
    assert letter.count("A swollen calf") == 1


def test_a_log_saved_before_signs_were_named_still_shows_a_warning_sign(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, started_days_ago=10)
    visa_a(riverside.patient, 10, 50)
    log(riverside.patient, 1, red_flag_reported=True)  # no sign ids: an older row

    caseload = client_for(riverside.clinician).get(CASELOAD).content.decode()
    page = patient_page(riverside)
    letter = letter_html(riverside, Recipient.GP)

    generic = (
        f"a warning sign (daily log for {day_words(days_ago(1))}, reported on "
        f"{day_words(days_ago(0))})"
    )
    assert generic in caseload and generic in page
    assert (
        f"The patient reported a warning sign in a daily exercise log on {day_words(days_ago(0))}"
        in letter
    )
    assert "warning sign reported" in page
    assert f"<li>{generic}</li>" in letter
