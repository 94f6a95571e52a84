"""Who may open which page: every route of the patient and clinician areas x every role x own or
other clinic, as a table of literal outcomes (the JSON API has its own matrix in tests/web/api).

Outcomes: 200 the page; 302 a redirect that is not the login page (e.g. back to where a symptom
check is); LOGIN a redirect to the login page; 403 a page not for this role; 404 a record that is
another clinic's or another person's, answered exactly like one that does not exist.
The records in the URLs are Riverside's patient Patricia Quill: her saved symptom check, her
VISA-A, her API token and a Riverside invitation (its id and its link's token). "other_patient"
is another Riverside patient; "other_" staff are Hillside's. Forms are posted empty: a person
allowed in sees the form again with its errors. Whatever page answers 200 to someone who may not
see Patricia's record never shows her name or email address.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from web.browser.routes import Route, area_routes, by_pattern
from web.clinician.records import days_ago, prescribe, save_check
from web.patient.programme_records import add_visa_a
from web.people import ClinicPeople, client_for, make_user

from achillespath.web.models import ApiToken, Invitation, Role, TreatmentEpisode, User

pytestmark = pytest.mark.django_db

ACTORS = (
    "anonymous",
    "patient",
    "other_patient",
    "clinician",
    "other_clinician",
    "admin",
    "other_admin",
)
LOGIN = "login"
REFUSALS = {LOGIN, 403, 405}
PAT_NAME = "Patricia Quill"
PAT_EMAIL = "patient@riverside.example"
MAY_SEE_PAT = {"patient", "clinician", "admin"}

# fmt: off
MATRIX: dict[tuple[str, str], tuple[int | str, ...]] = {
    #                                                  anon   pat  oth-pat clin oth-clin adm oth-adm
    ("get", "/check/"):                                 (200,   200, 200, 200, 200, 200, 200),
    ("post", "/check/"):                                (302,   302, 302, 302, 302, 302, 302),
    ("get", "/check/result/"):                          (302,   302, 302, 302, 302, 302, 302),
    ("post", "/check/result/"):                         (302,   302, 302, 302, 302, 302, 302),
    ("get", "/check/result/<int:assessment_id>/"):      (LOGIN, 200, 404, 200, 404, 200, 404),
    ("get", "/check/treatments/details/"):              (302,   302, 302, 302, 302, 302, 302),
    ("post", "/check/treatments/details/"):             (302,   302, 302, 302, 302, 302, 302),
    ("get", "/check/<slug:field>/"):                    (200,   200, 200, 200, 200, 200, 200),
    ("post", "/check/<slug:field>/"):                   (200,   200, 200, 200, 200, 200, 200),
    ("get", "/learn/"):                                 (200,   200, 200, 200, 200, 200, 200),
    ("get", "/learn/<slug:item_id>/"):                  (200,   200, 200, 200, 200, 200, 200),
    ("post", "/learn/<slug:item_id>/feedback/"):        (200,   200, 200, 200, 200, 200, 200),
    ("get", "/my-data/"):                               (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/my-data/download.json"):                  (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/my-data/summary.pdf"):                    (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/my-data/delete/"):                        (LOGIN, 200, 200, 403, 403, 403, 403),
    ("post", "/my-data/delete/"):                       (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/plan/"):                                  (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/log/"):                                   (LOGIN, 200, 200, 403, 403, 403, 403),
    ("post", "/log/"):                                  (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/log/<str:day>/"):                         (LOGIN, 200, 200, 403, 403, 403, 403),
    ("post", "/log/<str:day>/"):                        (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/visa-a/"):                                (LOGIN, 200, 200, 403, 403, 403, 403),
    ("post", "/visa-a/"):                               (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/visa-a/results/<int:response_id>/"):      (LOGIN, 200, 404, 403, 403, 403, 403),
    ("get", "/progress/"):                              (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/progress/charts/<str:chart>.svg"):        (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/messages/"):                              (LOGIN, 200, 200, 403, 403, 403, 403),
    ("post", "/messages/"):                             (LOGIN, 200, 200, 403, 403, 403, 403),
    ("get", "/api-keys/"):                              (LOGIN, 200, 200, 200, 200, 200, 200),
    ("post", "/api-keys/"):                             (LOGIN, 200, 200, 200, 200, 200, 200),
    ("post", "/api-keys/<int:token_id>/revoke/"):       (LOGIN, 302, 404, 404, 404, 404, 404),
    # The invitation is for new.patient@example.org, whom none of these is: refused to all.
    ("get", "/join/<str:token>/"):                      (LOGIN, 403, 403, 403, 403, 403, 403),
    ("post", "/join/<str:token>/"):                     (LOGIN, 403, 403, 403, 403, 403, 403),
    ("get", "/clinic/"):                                (LOGIN, 403, 403, 200, 200, 200, 200),
    ("get", "/clinic/patients/<int:patient_id>/"):      (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/patients/<int:patient_id>/details/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("post", "/clinic/patients/<int:patient_id>/details/"):
                                                        (LOGIN, 403, 403, 302, 404, 302, 404),
    ("get", "/clinic/patients/<int:patient_id>/programme/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("post", "/clinic/patients/<int:patient_id>/programme/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/patients/<int:patient_id>/treatments/new/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("post", "/clinic/patients/<int:patient_id>/treatments/new/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/patients/<int:patient_id>/treatments/<int:episode_id>/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("post", "/clinic/patients/<int:patient_id>/treatments/<int:episode_id>/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/patients/<int:patient_id>/treatments/<int:episode_id>/void/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("post", "/clinic/patients/<int:patient_id>/treatments/<int:episode_id>/void/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/patients/<int:patient_id>/messages/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("post", "/clinic/patients/<int:patient_id>/messages/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/patients/<int:patient_id>/warning-signs/assessed/"):
                                                        (LOGIN, 403, 403, 302, 404, 302, 404),
    ("post", "/clinic/patients/<int:patient_id>/warning-signs/assessed/"):
                                                        (LOGIN, 403, 403, 302, 404, 302, 404),
    ("get", "/clinic/patients/<int:patient_id>/referral-letter/"):
                                                        (LOGIN, 403, 403, 200, 404, 200, 404),
    ("get", "/clinic/settings/"):                       (LOGIN, 403, 403, 403, 403, 200, 200),
    ("post", "/clinic/settings/"):                      (LOGIN, 403, 403, 403, 403, 200, 200),
    ("get", "/clinic/invitations/"):                    (LOGIN, 403, 403, 403, 403, 200, 200),
    ("post", "/clinic/invitations/"):                   (LOGIN, 403, 403, 403, 403, 200, 200),
    ("get", "/clinic/invitations/<int:pk>/"):           (LOGIN, 403, 403, 403, 403, 200, 404),
    ("post", "/clinic/invitations/<int:pk>/revoke/"):   (LOGIN, 403, 403, 403, 403, 302, 404),
    ("post", "/clinic/invitations/<int:pk>/send-again/"):
                                                        (LOGIN, 403, 403, 403, 403, 302, 404),
    ("get", "/clinic/audit-log/"):                      (LOGIN, 403, 403, 403, 403, 200, 200),
    ("get", "/clinic/audit-log.csv"):                   (LOGIN, 403, 403, 403, 403, 200, 200),
    ("get", "/clinic/api-keys/"):                       (LOGIN, 403, 403, 403, 403, 200, 200),
    ("post", "/clinic/api-keys/<int:token_id>/revoke/"):
                                                        (LOGIN, 403, 403, 403, 403, 302, 404),
}
# fmt: on

ROUTES = by_pattern(area_routes("patient", "clinician"))


@pytest.fixture
def people(riverside: ClinicPeople, hillside: ClinicPeople) -> dict[str, User | None]:
    other = make_user("quentin@riverside.example", Role.PATIENT, riverside.clinic)
    riverside.other_patient.user = other
    riverside.other_patient.save(update_fields=["user"])
    return {
        "anonymous": None,
        "patient": riverside.patient_user,
        "other_patient": other,
        "clinician": riverside.clinician,
        "other_clinician": hillside.clinician,
        "admin": riverside.admin,
        "other_admin": hillside.admin,
    }


@pytest.fixture
def values(riverside: ClinicPeople) -> dict[str, object]:
    """Path parameters by name: Patricia's records and API token, Riverside's invitation, one
    of everything."""
    riverside.patient.display_name = PAT_NAME
    riverside.patient.save(update_fields=["display_name"])
    prescribe(riverside.patient)
    prescribe(riverside.other_patient)
    invitation = Invitation.objects.create(
        clinic=riverside.clinic, role=Role.PATIENT, email="new.patient@example.org"
    )
    return {
        "patient_id": riverside.patient.pk,
        "assessment_id": save_check(riverside.patient).pk,
        "episode_id": TreatmentEpisode.objects.create(
            patient=riverside.patient, kind="eswt", side="left", start_date=days_ago(30)
        ).pk,
        "response_id": add_visa_a(riverside.patient, days=1, total=100).pk,
        "pk": invitation.pk,
        "token_id": ApiToken.objects.issue(riverside.patient_user, "Pat's app")[0].pk,
        "token": invitation.token,
        "day": days_ago(1).isoformat(),
        "field": "breathless_or_chest_pain",
        "item_id": "faq",
        "chart": "pain",
    }


def outcome(response: Any, path: str) -> int | str:
    """The response as a table cell: LOGIN for a redirect to the login page, else its status."""
    if response.status_code == 302 and response["Location"].startswith("/accounts/login/"):
        assert response["Location"] == f"/accounts/login/?next={path}"
        return LOGIN
    status: int = response.status_code
    return status


def shows_pat(response: Any) -> bool:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return PAT_NAME.encode() in body or PAT_EMAIL.encode() in body


def outcomes(method: str, path: str, people: dict[str, User | None]) -> tuple[int | str, ...]:
    """Each actor's outcome, in ACTORS order; fails if someone who may not see Patricia's
    record gets a page with her name or email on it."""
    found = []
    for actor in ACTORS:
        user = people[actor]
        client = Client() if user is None else client_for(user)
        response = getattr(client, method)(path)
        if actor not in MAY_SEE_PAT:
            assert not shows_pat(response), f"{actor} sees Patricia's record at {path}"
        found.append(outcome(response, path))
    return tuple(found)


def test_every_route_of_the_patient_and_clinician_areas_has_a_row() -> None:
    assert set(ROUTES) == {pattern for _, pattern in MATRIX}


@pytest.mark.parametrize(("method", "pattern"), list(MATRIX), ids=[" ".join(row) for row in MATRIX])
def test_each_role_gets_the_outcome_in_the_table(
    method: str, pattern: str, people: dict[str, User | None], values: dict[str, object]
) -> None:
    route: Route = ROUTES[pattern]

    assert outcomes(method, route.url(values), people) == MATRIX[method, pattern]


UNLISTED = [
    (method, pattern)
    for pattern in ROUTES
    for method in ("get", "post")
    if (method, pattern) not in MATRIX
]


@pytest.mark.parametrize(("method", "pattern"), UNLISTED, ids=[" ".join(row) for row in UNLISTED])
def test_a_method_without_a_row_is_refused_to_everyone(
    method: str, pattern: str, people: dict[str, User | None], values: dict[str, object]
) -> None:
    """A view that starts answering a new method must get a row in the table."""
    found = outcomes(method, ROUTES[pattern].url(values), people)

    assert set(found) <= REFUSALS, dict(zip(ACTORS, found, strict=True))
