"""axe-core finds no violation on any page, at phone and desktop widths, for each kind of
visitor who can reach it: anonymous, the demo patient, the demo clinician and the clinic admin.

The pages come from the URL resolver (the patient and clinician areas and the root pages); a
route that is not in PAGES must say in ELSEWHERE where it is checked or why it is not a page,
so a new view cannot slip past.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page
from web.browser.axe import assert_accessible
from web.browser.demo_clinic import DemoClinic
from web.browser.routes import Route, visited_routes

from achillespath.web.models import User

ANONYMOUS, PATIENT, CLINICIAN, ADMIN = "anonymous", "patient", "clinician", "admin"

PAGES: dict[str, tuple[str, ...]] = {
    # A welcome for visitors; people signed in land on My plan or the caseload.
    "/": (ANONYMOUS,),
    "/about/intended-purpose/": (ANONYMOUS,),
    "/accounts/login/": (ANONYMOUS,),
    "/accounts/register/": (ANONYMOUS,),
    "/accounts/logout/": (PATIENT,),
    "/accounts/invitation/<str:token>/": (ANONYMOUS,),
    "/check/": (ANONYMOUS, PATIENT),
    "/check/result/<int:assessment_id>/": (PATIENT, CLINICIAN),
    "/learn/": (ANONYMOUS,),
    "/learn/<slug:item_id>/": (PATIENT,),  # every item, anonymously: test_axe_learn_items.py
    "/plan/": (PATIENT,),
    "/log/": (PATIENT,),
    "/log/<str:day>/": (PATIENT,),
    "/visa-a/": (PATIENT,),
    "/visa-a/results/<int:response_id>/": (PATIENT,),
    "/progress/": (PATIENT,),
    "/messages/": (PATIENT,),
    "/my-data/": (PATIENT,),
    "/my-data/delete/": (PATIENT,),
    "/api-keys/": (PATIENT, CLINICIAN),
    "/clinic/": (CLINICIAN, ADMIN),
    "/clinic/patients/<int:patient_id>/": (CLINICIAN,),
    "/clinic/patients/<int:patient_id>/details/": (CLINICIAN,),
    "/clinic/patients/<int:patient_id>/programme/": (CLINICIAN,),
    "/clinic/patients/<int:patient_id>/treatments/new/": (CLINICIAN,),
    "/clinic/patients/<int:patient_id>/treatments/<int:episode_id>/": (CLINICIAN,),
    "/clinic/patients/<int:patient_id>/treatments/<int:episode_id>/void/": (CLINICIAN,),
    "/clinic/patients/<int:patient_id>/messages/": (CLINICIAN,),
    # Without ?for= it asks who the letter is for; with it, the answer is a PDF.
    "/clinic/patients/<int:patient_id>/referral-letter/": (CLINICIAN,),
    "/clinic/settings/": (ADMIN,),
    "/clinic/invitations/": (ADMIN,),
    "/clinic/invitations/<int:pk>/": (ADMIN,),
    "/clinic/audit-log/": (ADMIN,),
    "/clinic/api-keys/": (ADMIN,),
}
ELSEWHERE: dict[str, str] = {
    "/check/<slug:field>/": "test_axe_symptom_check.py: a page of every kind of question",
    "/check/treatments/details/": "test_axe_symptom_check.py, after choosing treatments",
    "/check/result/": "test_axe_symptom_check.py: emergency and self-care results",
    "/learn/<slug:item_id>/feedback/": "a POST; its error page is in test_axe_form_errors.py",
    "/my-data/download.json": "a JSON download, not a page",
    "/my-data/summary.pdf": "a PDF download, not a page",
    "/progress/charts/<str:chart>.svg": "an image inside the progress page",
    "/clinic/invitations/<int:pk>/revoke/": "a POST that returns to the invitations page",
    "/clinic/invitations/<int:pk>/send-again/": "a POST that returns to the invitation's page",
    "/clinic/audit-log.csv": "a CSV download, not a page",
    "/api-keys/<int:token_id>/revoke/": "a POST that returns to the API keys page",
    "/clinic/api-keys/<int:token_id>/revoke/": "a POST that returns to the clinic's API keys",
    "/join/<str:token>/": "test_axe_page_states.py, for a self-registered patient invited",
    "/clinic/patients/<int:patient_id>/warning-signs/assessed/": (
        "test_axe_warning_review.py, for a demo patient whose snap stands"
    ),
}
ROUTES = visited_routes()
VISITS = [(pattern, visitor) for pattern, visitors in PAGES.items() for visitor in visitors]


def test_every_page_of_the_site_is_checked_or_says_where_it_is() -> None:
    assert set(PAGES) | set(ELSEWHERE) == set(ROUTES)
    assert not set(PAGES) & set(ELSEWHERE)


@pytest.mark.parametrize(("pattern", "visitor"), VISITS, ids=[f"{v} {p}" for p, v in VISITS])
def test_axe_finds_no_violations(
    pattern: str,
    visitor: str,
    page: Page,
    demo: DemoClinic,
    sign_in: Callable[[User | None], None],
) -> None:
    route: Route = ROUTES[pattern]
    sign_in(demo.user(visitor))

    response = page.goto(route.url(demo.values))

    assert response is not None and response.ok, f"{page.url}: {response and response.status}"
    assert_accessible(page, f"{route.name} as {visitor}")
