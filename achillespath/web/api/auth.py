"""Who is calling the API: a bearer token or the website's session, and their own tokens.

Two ways in, checked in this order:
- `Authorization: Bearer achp_...`, a token a person made for a script or app (no CSRF:
  a token is never sent by a browser on its own);
- the website's session cookie, with Django's CSRF check on POST, PUT, PATCH and DELETE,
  because a browser sends that cookie with any request another site makes it send.

Neither way in decides which records a person may see: achillespath.web.access does. This
module only turns away people not signed in (401) and roles a route is not for (403).
Tokens are made only from a signed-in session, so a leaked token cannot mint more tokens.
Each expires (settings.API_TOKEN_DAYS unless asked otherwise, at most API_TOKEN_MAX_DAYS), and
an expired token is refused exactly like a revoked one. Making and revoking one is in the audit
log: a token reads all its person may read.
"""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from typing import Annotated

from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Field, Path, Router, Schema, Status
from ninja.errors import AuthorizationError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.security.base import AuthBase
from pydantic import ConfigDict

from achillespath.web import api_tokens
from achillespath.web.access import api_tokens_of, signed_in_user
from achillespath.web.api.problems import problems
from achillespath.web.models import ApiToken, Role, User

__all__ = ["BearerToken", "RecordId", "SessionCookie", "caller", "router", "signed_in"]

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Database ids are 64-bit: a larger number in a URL is refused (422) before the database sees it.
RecordId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _admit(user: User, roles: frozenset[Role]) -> User:
    if user.role not in roles:
        raise AuthorizationError(message=f"This part of the API is not for the {user.role} role.")
    return user


class BearerToken(HttpBearer):
    """An API token in the Authorization header, for people whose role is in `roles`."""

    def __init__(self, roles: frozenset[Role]) -> None:
        self.roles = roles
        super().__init__()

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        now = timezone.now()
        found = ApiToken.objects.find(token, now)
        if found is None or not found.user.is_active:
            return None
        found.mark_used(now)
        # The access layer and the audit log read the person from request.user.
        request.user = found.user
        return _admit(found.user, self.roles)


class SessionCookie(APIKeyCookie):
    """The website's session, for people whose role is in `roles`; CSRF-checked unless safe."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self, roles: frozenset[Role]) -> None:
        self.roles = roles
        super().__init__(csrf=True)

    def _get_key(self, request: HttpRequest) -> str | None:
        # Not signed in is a 401, whatever the CSRF token says.
        if signed_in_user(request) is None:
            return None
        if request.method in _SAFE_METHODS:
            return request.COOKIES.get(self.param_name)
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = signed_in_user(request)
        if key is None or user is None:
            return None
        return _admit(user, self.roles)


def signed_in(*roles: Role) -> list[AuthBase]:
    """The `auth=` of routes for signed-in people of these roles (every role when none given)."""
    allowed = frozenset(roles or Role)
    return [BearerToken(allowed), SessionCookie(allowed)]


def caller(request: HttpRequest) -> User:
    """The signed-in person of an authenticated route."""
    user = signed_in_user(request)
    if user is None:  # only reachable if a route forgot its auth=
        raise AuthorizationError(message="Sign in first.")
    return user


router = Router(tags=["tokens"], auth=signed_in())


class TokenRequest(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=100, pattern=r"\S")] = Field(
        description="What the token is for, e.g. 'my running app'."
    )
    lifetime_days: int = Field(
        default=settings.API_TOKEN_DAYS,
        ge=1,
        le=settings.API_TOKEN_MAX_DAYS,
        strict=True,
        description="How many days the token works, from now; it is refused after that.",
    )


class TokenOut(Schema):
    id: int
    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    expires_at: dt.datetime = Field(description="When the token stops working.")

    @staticmethod
    def of(token: ApiToken) -> TokenOut:
        return TokenOut(
            id=token.pk,
            name=token.name,
            created_at=token.created_at,
            last_used_at=token.last_used_at,
            expires_at=token.expires_at,
        )


class NewToken(TokenOut):
    token: str = Field(description="The token itself. It is shown this once: keep it safe.")


@router.post(
    "/tokens",
    response={HTTPStatus.CREATED: NewToken, **problems(401, 403, 422)},
    auth=[SessionCookie(frozenset(Role))],
    summary="Make an API token for yourself (from a signed-in website session)",
)
def create_token(request: HttpRequest, body: TokenRequest) -> Status[NewToken]:
    token, raw = api_tokens.make_token(
        request, caller(request), body.name.strip(), body.lifetime_days
    )
    return Status(HTTPStatus.CREATED, NewToken(**TokenOut.of(token).model_dump(), token=raw))


@router.get(
    "/tokens",
    response={200: list[TokenOut], **problems(401, 403)},
    summary="Your API tokens that still work (never the tokens themselves)",
)
def list_tokens(request: HttpRequest) -> list[TokenOut]:
    tokens = api_tokens_of(caller(request)).live(timezone.now())
    return [TokenOut.of(token) for token in tokens]


@router.delete(
    "/tokens/{token_id}",
    response={HTTPStatus.NO_CONTENT: None, **problems(401, 403, 404, 422)},
    summary="Revoke one of your API tokens; it stops working at once",
)
def revoke_token(request: HttpRequest, token_id: RecordId) -> Status[None]:
    user = caller(request)
    now = timezone.now()
    token = api_tokens_of(user).live(now).filter(pk=token_id).first()
    if token is None:
        raise Http404("No such token")
    api_tokens.revoke_token(request, token, user, now)
    return Status(HTTPStatus.NO_CONTENT, None)
