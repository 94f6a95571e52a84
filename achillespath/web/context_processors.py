"""Values every template may use: the service name, branding and the role's navigation."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from achillespath.web.access import active_staff, signed_in_user
from achillespath.web.models import Prescription, Role, User

# The header links for each role, as (text, URL name). A link appears once its URL name
# exists, so the areas other modules build show up here without editing this file.
PUBLIC_LINKS = (("Symptom check", "patient:symptom-check"), ("Learn", "patient:learn"))
ROLE_LINKS = {
    "patient": (
        ("Symptom check", "patient:symptom-check"),
        ("My plan", "patient:plan"),
        ("Daily log", "patient:daily-log"),
        ("VISA-A", "patient:visa-a"),
        ("Progress", "patient:progress"),
        ("Messages", "patient:messages"),
        ("Learn", "patient:learn"),
        ("My data", "patient:my-data"),
    ),
    "clinician": (("Caseload", "clinician:caseload"),),
    "clinic_admin": (
        ("Caseload", "clinician:caseload"),
        ("Clinic", "clinician:clinic"),
        ("Audit log", "clinician:audit-log"),
    ),
}


@dataclass(frozen=True)
class NavigationLink:
    text: str
    href: str
    is_current: bool


def navigation_for(
    role: str, path: str, left_out: frozenset[str] = frozenset()
) -> list[NavigationLink]:
    """The header links for `role` ("" when not signed in) whose URLs exist, but for the URL
    names `left_out`.

    At most one link is current: the one whose URL is the longest start of the path, so the
    caseload at /clinic/ is not also current on /clinic/settings/.
    """
    found = []
    for text, url_name in ROLE_LINKS.get(role, PUBLIC_LINKS):
        if url_name in left_out:
            continue
        try:
            found.append((text, reverse(url_name)))
        except NoReverseMatch:
            continue
    within = [href for _, href in found if path == href or (href != "/" and path.startswith(href))]
    current = max(within, key=len, default=None)
    return [NavigationLink(text, href, href == current) for text, href in found]


# A patient whom no clinic looks after (self-registered for the symptom check, or at a clinic
# whose staff have all left) has nobody to message, and without a programme nothing to follow
# or log: those links would lead nowhere.
NEEDS_A_CLINIC = frozenset({"patient:messages"})
NEEDS_A_PROGRAMME = frozenset({"patient:plan", "patient:daily-log"})


def _links_left_out(user: User | None, role: str) -> frozenset[str]:
    """The URL names of this person's role links that would lead nowhere for them (one query,
    for a patient)."""
    if user is None or role != Role.PATIENT:
        return frozenset()
    found = (
        User.objects.filter(pk=user.pk)
        .values(
            looked_after=Exists(active_staff().filter(clinic_id=OuterRef("clinic_id"))),
            has_programme=Exists(
                Prescription.objects.filter(patient__user_id=OuterRef("pk"), active=True)
            ),
        )
        .first()
    )
    if found is None or found["looked_after"]:
        return frozenset()
    return NEEDS_A_CLINIC if found["has_programme"] else NEEDS_A_CLINIC | NEEDS_A_PROGRAMME


def site(request: HttpRequest) -> dict[str, object]:
    """`service_name`, `nhs_branding`, `role` (the signed-in person's role value, or "") and
    `navigation` (a list of NavigationLink)."""
    # Error pages can be drawn for a request that never reached the authentication middleware.
    user = signed_in_user(request) if hasattr(request, "user") else None
    role = str(user.role) if user is not None else ""
    return {
        "service_name": "achillespath",
        "nhs_branding": settings.NHS_BRANDING,
        "role": role,
        "navigation": navigation_for(role, request.path, _links_left_out(user, role)),
    }
