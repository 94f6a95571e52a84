"""The site's routes as the URL resolver has them, for tests that must cover every one.

Import as `web.browser.routes`. A route is keyed by its path pattern as Django spells it
("/log/<str:day>/"), because a name may serve two patterns (patient:check-result does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")
ROOT_PAGES = ("home", "login", "logout", "register", "intended-purpose", "signup")
"""The pages outside the areas that a visitor reaches (not healthz). Logging out is a POST; the
log-out address itself shows a page with the button."""


@dataclass(frozen=True)
class Route:
    name: str
    """The URL name with its namespace: "patient:plan", or "home" outside the areas."""
    pattern: str
    """The path with its converters, from the site root: "/log/<str:day>/"."""

    @property
    def parameters(self) -> tuple[str, ...]:
        return tuple(PARAMETER.findall(self.pattern))

    def url(self, values: Mapping[str, object]) -> str:
        """The path with each parameter filled from `values` (by parameter name)."""
        return PARAMETER.sub(lambda match: str(values[match.group(1)]), self.pattern)


def _walk(
    patterns: Sequence[URLPattern | URLResolver], prefix: str, namespace: str | None
) -> Iterator[Route]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif entry.name is not None:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield Route(name, prefix + str(entry.pattern))


def site_routes() -> list[Route]:
    """Every named route of the site, in the resolver's order."""
    return list(_walk(get_resolver().url_patterns, "/", None))


def area_routes(*namespaces: str) -> list[Route]:
    """The routes whose names are in `namespaces` (e.g. "patient", "clinician")."""
    return [route for route in site_routes() if route.name.split(":")[0] in namespaces]


def root_pages() -> list[Route]:
    return [route for route in site_routes() if route.name in ROOT_PAGES]


def by_pattern(routes: Sequence[Route]) -> dict[str, Route]:
    return {route.pattern: route for route in routes}


def visited_routes() -> dict[str, Route]:
    """The root pages and the patient and clinician areas, by pattern: what people visit."""
    return by_pattern([*root_pages(), *area_routes("patient", "clinician")])
