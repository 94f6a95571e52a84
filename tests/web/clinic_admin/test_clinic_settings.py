"""Clinic settings: second-line services, the MCID (with the pathway's default and its source
beside it), the VISA-A interval and the follow-up weeks, validated next to each field."""

from __future__ import annotations

import pytest
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent, Clinic

pytestmark = pytest.mark.django_db

VALID = {
    "second_line_services": ["eswt", "ate"],
    "visa_a_mcid": "10",
    "visa_a_interval_weeks": "3",
    "follow_up_weeks": "12, 6, 26",
}


def save(people: ClinicPeople, **changes: object) -> tuple[int, str]:
    response = client_for(people.admin).post("/clinic/settings/", {**VALID, **changes})
    return response.status_code, response.content.decode()


def test_the_page_shows_the_default_mcid_with_its_source_and_the_alternatives(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.admin).get("/clinic/settings/").content.decode()

    assert "The pathway's default MCID is <strong>14 points</strong> over 12 weeks." in page
    assert "J Orthop Sports Phys Ther, October 2021" in page
    assert "7 points over 24 weeks, in the same cohort of active people" in page
    assert 'name="visa_a_mcid" value="14"' in page
    assert 'name="follow_up_weeks" value="6, 12"' in page


def test_the_page_says_the_pathway_always_asks_in_weeks_6_and_12(riverside: ClinicPeople) -> None:
    page = client_for(riverside.admin).get("/clinic/settings/").content.decode()

    assert "Also ask for VISA-A in these weeks" in page
    assert "The pathway always asks in weeks 6 and 12, whatever you enter here" in page


def test_saving_changes_every_setting_and_is_audited(riverside: ClinicPeople) -> None:
    status, _ = save(riverside)

    clinic = Clinic.objects.get(pk=riverside.clinic.pk)
    assert status == 302
    assert clinic.second_line_services == ["eswt", "ate"]
    assert (clinic.visa_a_mcid, clinic.visa_a_interval_weeks) == (10, 3)
    assert clinic.follow_up_weeks == [6, 12, 26]
    event = AuditEvent.objects.get(object_type="Clinic")
    assert (event.action, event.object_id) == (AuditAction.WRITE, str(clinic.pk))


def test_the_audit_event_says_which_settings_changed_from_what_to_what(
    riverside: ClinicPeople,
) -> None:
    save(riverside, visa_a_mcid="7.5", second_line_services=[], visa_a_interval_weeks="2")

    event = AuditEvent.objects.get(object_type="Clinic")
    assert event.changes == {
        "visa_a_mcid": {"from": 14, "to": 7.5},
        "follow_up_weeks": {"from": [6, 12], "to": [6, 12, 26]},
    }


def test_a_refused_change_of_settings_saves_and_audits_nothing(riverside: ClinicPeople) -> None:
    status, _ = save(riverside, visa_a_mcid="0")

    assert status == 200
    assert Clinic.objects.get(pk=riverside.clinic.pk).visa_a_mcid == 14
    assert not AuditEvent.objects.filter(object_type="Clinic").exists()


def test_a_clinic_may_offer_no_second_line_service(riverside: ClinicPeople) -> None:
    riverside.clinic.second_line_services = ["eswt"]
    riverside.clinic.save()

    client_for(riverside.admin).post(
        "/clinic/settings/",
        {key: value for key, value in VALID.items() if key != "second_line_services"},
    )

    assert Clinic.objects.get(pk=riverside.clinic.pk).second_line_services == []


@pytest.mark.parametrize(
    ("mcid", "message"),
    [
        ("0.5", "The MCID must be between 1 and 50 points"),
        ("51", "The MCID must be between 1 and 50 points"),
        ("fourteen", "Enter the MCID as a number of points, like 14"),
        ("1e1", "Enter the MCID as a number of points, like 14"),
        ("inf", "Enter the MCID as a number of points, like 14"),
        ("", "Enter the MCID in points, like 14"),
    ],
)
def test_an_mcid_outside_1_to_50_points_is_explained_next_to_the_field(
    riverside: ClinicPeople, mcid: str, message: str
) -> None:
    status, page = save(riverside, visa_a_mcid=mcid)

    assert status == 200
    assert page.count(message) == 2  # in the error summary and next to the field
    assert f'name="visa_a_mcid" value="{mcid}"' in page or mcid == ""
    assert Clinic.objects.get(pk=riverside.clinic.pk).visa_a_mcid == 14


@pytest.mark.parametrize(
    ("weeks", "message"),
    [
        ("0", "The VISA-A interval must be 1 to 12 weeks"),
        ("13", "The VISA-A interval must be 1 to 12 weeks"),
        ("two", "Enter how often to ask for VISA-A as a whole number of weeks, like 2"),
    ],
)
def test_a_visa_a_interval_outside_1_to_12_weeks_is_explained(
    riverside: ClinicPeople, weeks: str, message: str
) -> None:
    status, page = save(riverside, visa_a_interval_weeks=weeks)

    assert status == 200
    assert message in page
    assert f'value="{weeks}"' in page


@pytest.mark.parametrize("weeks", ["6, twelve", "0, 6", "6, 105"])
def test_follow_up_weeks_must_be_whole_weeks_from_1_to_104(
    riverside: ClinicPeople, weeks: str
) -> None:
    status, page = save(riverside, follow_up_weeks=weeks)

    assert status == 200
    assert "Enter whole weeks from 1 to 104, separated by commas, like 6, 12" in page
    assert Clinic.objects.get(pk=riverside.clinic.pk).follow_up_weeks == [6, 12]


@pytest.mark.parametrize("weeks", ["", " , "])
def test_no_follow_up_weeks_means_only_the_weeks_the_pathway_always_asks_in(
    riverside: ClinicPeople, weeks: str
) -> None:
    Clinic.objects.filter(pk=riverside.clinic.pk).update(follow_up_weeks=[6, 12, 26])

    status, _ = save(riverside, follow_up_weeks=weeks)

    assert status == 302
    assert Clinic.objects.get(pk=riverside.clinic.pk).follow_up_weeks == [6, 12]


def test_an_mcid_with_a_decimal_point_is_taken(riverside: ClinicPeople) -> None:
    save(riverside, visa_a_mcid="12.5")

    assert Clinic.objects.get(pk=riverside.clinic.pk).visa_a_mcid == 12.5


def test_an_unknown_service_is_refused_and_the_other_choices_kept(
    riverside: ClinicPeople,
) -> None:
    status, page = save(riverside, second_line_services=["eswt", "homeopathy"])

    assert status == 200
    assert "Choose services from the list" in page
    assert 'value="eswt" checked' in page


def test_the_settings_are_this_clinics_only(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    save(riverside)

    assert Clinic.objects.get(pk=hillside.clinic.pk).visa_a_mcid == 14
