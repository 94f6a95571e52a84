"""URLs of the JSON API, mounted at /api/ with namespace "api".

The OpenAPI document is at /api/openapi.json. There is no interactive docs page: ninja's Swagger
UI comes from a CDN unless "ninja" is an installed app, and even then it needs inline styles the
Content-Security-Policy forbids. Any OpenAPI viewer can read the document instead.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from achillespath.web.api import auth, clinic, me, public
from achillespath.web.api.parser import JsonTextParser
from achillespath.web.api.problems import ProblemApi, unknown_route, wrong_method_as_problem

app_name = "api"

api = ProblemApi(
    title="achillespath API",
    version="1",
    description=(
        "The symptom check, a patient's plan, daily log, VISA-A and progress, and a clinician's "
        "caseload. Sign in with a bearer token (POST /api/tokens from a signed-in session) or "
        "the website's session cookie plus its CSRF token. Errors are problem details (RFC 9457)."
    ),
    urls_namespace=app_name,
    docs_url=None,
    parser=JsonTextParser(),
)
api.add_router("/", public.router)
api.add_router("/", auth.router)
api.add_router("/me", me.router)
api.add_router("/", clinic.router)

# Ninja's own "api-root" view raises Http404 outside its error handling, so /api/ got the site's
# HTML 404 page. Ninja reverses that name to find its prefix: keep the name, answer as elsewhere.
# Each route's view is wrapped so a method it does not take is a problem too, not ninja's HTML.
urlpatterns: list[URLPattern | URLResolver] = [
    *(
        URLPattern(route.pattern, wrong_method_as_problem(route.callback), name=route.name)
        for route in api.urls[0]
        if isinstance(route, URLPattern) and route.name != "api-root"
    ),
    path("", unknown_route, name="api-root"),
    path("<path:path>", unknown_route, name="unknown-route"),
]
