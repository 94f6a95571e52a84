"""The page frame every page shares: language, skip link, header, navigation and footer."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import NoReverseMatch
from web.people import ClinicPeople, client_for

from achillespath.web.context_processors import navigation_for
from achillespath.web.models import User

pytestmark = pytest.mark.django_db


def test_every_page_is_british_english_with_a_skip_link_to_the_main_content() -> None:
    page = Client().get("/").content.decode()

    assert '<html lang="en-GB">' in page
    assert 'href="#maincontent">Skip to main content</a>' in page
    assert '<main class="nhsuk-main-wrapper" id="maincontent">' in page


def test_the_header_is_unbranded_achillespath() -> None:
    page = Client().get("/").content.decode()

    assert 'class="nhsuk-header__service-name" href="/">achillespath</a>' in page
    assert "nhsuk-header__logo" not in page


def test_the_footer_says_this_is_decision_support_and_links_the_intended_purpose() -> None:
    page = Client().get("/").content.decode()

    assert "decision support, not a diagnosis" in page
    assert "In an emergency call 999." in page
    assert 'href="/about/intended-purpose/"' in page


def test_a_signed_in_person_sees_their_email_and_a_log_out_button(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.clinician).get("/", follow=True).content.decode()

    assert "clinician@riverside.example" in page
    assert '<form class="nhsuk-header__account-form" action="/accounts/logout/" method="post">' in (
        page
    )


def test_a_patient_lands_on_my_plan_and_clinic_staff_on_the_caseload(
    riverside: ClinicPeople,
) -> None:
    landings = {
        person.role: client_for(person).get("/")["Location"]
        for person in (riverside.patient_user, riverside.clinician, riverside.admin)
    }

    assert landings == {"patient": "/plan/", "clinician": "/clinic/", "clinic_admin": "/clinic/"}


def test_a_staff_account_with_no_clinic_lands_on_the_django_admin(db: None) -> None:
    """As `createsuperuser` makes it: role patient by default, but no patient record."""
    staff = User.objects.create_superuser("staff@example.org", "long-enough-pw-1")

    response = client_for(staff).get("/")

    assert response["Location"] == "/admin/"


def test_the_navigation_lists_only_the_links_whose_pages_exist() -> None:
    def reverse_only_plan(name: str) -> str:
        if name == "patient:plan":
            return "/plan/"
        raise NoReverseMatch(name)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("achillespath.web.context_processors.reverse", reverse_only_plan)
        links = navigation_for("patient", "/plan/today/")

    assert [(link.text, link.href, link.is_current) for link in links] == [
        ("My plan", "/plan/", True)
    ]


def test_only_the_most_specific_matching_link_is_current() -> None:
    links = navigation_for("clinic_admin", "/clinic/settings/")

    assert [link.text for link in links if link.is_current] == ["Clinic"]


@pytest.mark.parametrize(
    ("role", "texts"),
    [
        ("", ["Symptom check", "Learn"]),
        ("clinician", ["Caseload"]),
        ("clinic_admin", ["Caseload", "Clinic", "Audit log"]),
        (
            "patient",
            [
                "Symptom check",
                "My plan",
                "Daily log",
                "VISA-A",
                "Progress",
                "Messages",
                "Learn",
                "My data",
            ],
        ),
    ],
)
def test_each_role_has_its_own_navigation(role: str, texts: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("achillespath.web.context_processors.reverse", lambda name: f"/{name}/")
        links = navigation_for(role, "/")

    assert [link.text for link in links] == texts


def test_the_intended_purpose_page_says_what_the_service_does_not_do() -> None:
    page = Client().get("/about/intended-purpose/").content.decode()

    assert "It does not diagnose." in page
    assert "It is not for emergencies." in page
