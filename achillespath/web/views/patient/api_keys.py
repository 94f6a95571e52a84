"""Your API keys: the tokens a person made for a script or app, with when each was made, last
used and expires; revoking one; making one (shown once). For every role: patients from My data,
clinic staff from the header.

The same tokens as the JSON API's /api/tokens, made and revoked through the same audited
functions (achillespath.web.api_tokens). The new key is shown in the answer to the POST that
made it, never stored or put in the session, so it can be seen only then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from achillespath.web import api_tokens
from achillespath.web.access import api_tokens_of, require_role, signed_in_user
from achillespath.web.forms.api_keys import ApiKeyForm
from achillespath.web.models import ApiToken, Role, User

__all__ = ["revoke_key", "your_keys"]


class KeyStatus(StrEnum):
    ACTIVE = "Active"
    EXPIRED = "Expired"
    REVOKED = "Revoked"


@dataclass(frozen=True)
class KeyRow:
    token: ApiToken
    status: KeyStatus

    @property
    def is_active(self) -> bool:
        return self.status is KeyStatus.ACTIVE


def _status(token: ApiToken, now: datetime) -> KeyStatus:
    if token.is_revoked:
        return KeyStatus.REVOKED
    return KeyStatus.EXPIRED if token.has_expired(now) else KeyStatus.ACTIVE


def _person(request: HttpRequest) -> User:
    user = signed_in_user(request)
    if user is None:  # require_role lets nobody else through
        raise PermissionDenied("This page is for a signed-in person")
    return user


def _page(
    request: HttpRequest, person: User, form: ApiKeyForm, made: tuple[ApiToken, str] | None
) -> HttpResponse:
    now = timezone.now()
    rows = [KeyRow(token, _status(token, now)) for token in api_tokens_of(person)]
    context = {"form": form, "rows": rows, "made": made}
    return render(request, "patient/api_keys/keys.html", context)


@require_role(Role.PATIENT, Role.CLINICIAN, Role.CLINIC_ADMIN)
@never_cache
@require_http_methods(["GET", "POST"])
def your_keys(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    if request.method != "POST":
        return _page(request, person, ApiKeyForm(), None)
    form = ApiKeyForm(request.POST)
    if not form.is_valid():
        return _page(request, person, form, None)
    made = api_tokens.make_token(
        request, person, form.cleaned_data["name"], form.cleaned_data["lifetime_days"]
    )
    # A fresh form: the one just sent is done with, and its name would invite a second key.
    return _page(request, person, ApiKeyForm(), made)


@require_role(Role.PATIENT, Role.CLINICIAN, Role.CLINIC_ADMIN)
@require_POST
def revoke_key(request: HttpRequest, token_id: int) -> HttpResponse:
    person = _person(request)
    now = timezone.now()
    token = api_tokens_of(person).live(now).filter(pk=token_id).first()
    if token is None:
        raise Http404("No such API key")
    api_tokens.revoke_token(request, token, person, now)
    messages.info(request, f"The API key “{token.name}” is revoked. It no longer works.")
    return redirect("patient:api-keys")
