"""The caseload lists every patient of the clinic with the core's flags, most urgent first."""

from __future__ import annotations

import pytest
from django.urls import reverse
from web.clinician.records import days_ago, log, prescribe, save_check, visa_a
from web.people import ClinicPeople, client_for

from achillespath.dates import day_words
from achillespath.web.models import Patient

pytestmark = pytest.mark.django_db

CASELOAD = reverse("clinician:caseload")


def rows(riverside: ClinicPeople, query: str = "") -> list[str]:
    """Patient names in the order the caseload lists them."""
    response = client_for(riverside.clinician).get(CASELOAD + query)
    assert response.status_code == 200
    return [row.patient.display_name for row in response.context["rows"]]


def quiet_start(patient: Patient, started_days_ago: int) -> None:
    """On a programme with a baseline VISA-A and no logs: only "no recent log" stands."""
    prescribe(patient, started_days_ago=started_days_ago)
    visa_a(patient, started_days_ago, 50)


def test_a_red_flag_comes_before_a_missing_log_and_unflagged_patients_come_last(
    riverside: ClinicPeople,
) -> None:
    riverside.patient.display_name = "Zed"
    riverside.patient.save()
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(riverside.patient, 1, red_flag_reported=True)
    quiet_start(riverside.other_patient, 6)
    Patient.objects.create(clinic=riverside.clinic, display_name="Ann")

    assert rows(riverside) == ["Zed", "Other", "Ann"]


def test_the_same_flag_lists_the_longest_standing_first(riverside: ClinicPeople) -> None:
    quiet_start(riverside.patient, 5)
    quiet_start(riverside.other_patient, 9)

    assert rows(riverside) == ["Other", "Pat"]


def test_each_flag_says_why_and_since_when(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(riverside.patient, 1, red_flag_reported=True)

    page = client_for(riverside.clinician).get(CASELOAD).content.decode()

    assert "Red flag reported" in page
    assert (
        f"a warning sign (daily log for {day_words(days_ago(1))}, reported on "
        f"{day_words(days_ago(0))})" in page
    )
    assert f'datetime="{days_ago(0):%Y-%m-%d}"' in page  # saved today: it stands from today


def test_an_urgent_symptom_check_counts_as_a_red_flag(riverside: ClinicPeople) -> None:
    save_check(riverside.other_patient, heard_snap=True)

    response = client_for(riverside.clinician).get(CASELOAD)

    first = response.context["rows"][0]
    assert first.patient == riverside.other_patient
    assert [flag.name for flag in first.flags] == ["Red flag reported"]


def test_a_fluoroquinolone_in_a_log_is_flagged(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, started_days_ago=3)
    visa_a(riverside.patient, 3, 50)
    log(riverside.patient, 1, new_medicines="ciprofloxacin 500 mg")

    row = client_for(riverside.clinician).get(CASELOAD).context["rows"][0]

    assert [flag.name for flag in row.flags] == ["Fluoroquinolone reported"]
    assert "ciprofloxacin 500 mg" in row.flags[0].reason


def test_flagged_only_hides_patients_without_a_flag(riverside: ClinicPeople) -> None:
    quiet_start(riverside.patient, 6)

    assert rows(riverside, "?show=flagged") == ["Pat"]
    assert rows(riverside) == ["Pat", "Other"]


def test_the_caseload_shows_the_programme_and_its_week(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient, programme="insertional", started_days_ago=15)

    page = client_for(riverside.clinician).get(CASELOAD).content.decode()

    assert "Heel-lowering on the floor (insertional programme), week 3" in page


def test_clinic_staff_see_only_their_own_clinics_patients(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    response = client_for(hillside.admin).get(CASELOAD)

    assert [row.patient for row in response.context["rows"]] == [
        hillside.other_patient,
        hillside.patient,
    ]


def test_flat_pain_that_does_not_settle_overnight_is_named_for_what_the_flag_means(
    riverside: ClinicPeople,
) -> None:
    # Walkthrough: 3/10, 3/10, 3/10 on getting up was labelled "Pain rising".
    quiet_start(riverside.patient, started_days_ago=10)
    for days in (3, 2, 1):
        log(riverside.patient, days, pain=1, next_morning_pain=3)

    page = client_for(riverside.clinician).get(CASELOAD)
    [pat] = [row for row in page.context["rows"] if row.patient == riverside.patient]

    assert "Pain not settling" in [flag.name for flag in pat.flags]
    assert "Pain rising" not in page.content.decode()
