"""Values every template may use: the service name, branding and the role's navigation."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

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


def navigation_for(role: str, path: str) -> list[NavigationLink]:
    """The header links for `role` ("" when not signed in) whose URLs exist.

    At most one link is current: the one whose URL is the longest start of the path, so the
    caseload at /clinic/ is not also current on /clinic/settings/.
    """
    found = []
    for text, url_name in ROLE_LINKS.get(role, PUBLIC_LINKS):
        try:
            found.append((text, reverse(url_name)))
        except NoReverseMatch:
            continue
    within = [href for _, href in found if path == href or (href != "/" and path.startswith(href))]
    current = max(within, key=len, default=None)
    return [NavigationLink(text, href, href == current) for text, href in found]


def site(request: HttpRequest) -> dict[str, object]:
    """`service_name`, `nhs_branding`, `role` (the signed-in person's role value, or "") and
    `navigation` (a list of NavigationLink)."""
    user = getattr(request, "user", None)
    role = str(getattr(user, "role", "")) if user is not None and user.is_authenticated else ""
    return {
        "service_name": "achillespath",
        "nhs_branding": settings.NHS_BRANDING,
        "role": role,
        "navigation": navigation_for(role, request.path),
    }
