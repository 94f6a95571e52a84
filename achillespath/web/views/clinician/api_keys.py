"""The clinic's API keys (clinic admins only): every token that still works of everyone at the
clinic, whose it is and when it was made, last used and expires, and revoking any of them.

A token reads everything its person may read, so a key left in a lost laptop or a forgotten
script is the clinic's risk too. Which tokens an admin sees is decided in
achillespath.web.access; one of another clinic is a 404, like one that does not exist.
Revoking is audited by achillespath.web.api_tokens, naming the token and its owner.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from achillespath.web import api_tokens
from achillespath.web.access import api_tokens_revocable_by, require_role
from achillespath.web.models import Role
from achillespath.web.views.clinician.clinic import signed_in_staff

__all__ = ["clinic_api_keys", "revoke_clinic_api_key"]


@require_role(Role.CLINIC_ADMIN)
@never_cache
@require_GET
def clinic_api_keys(request: HttpRequest) -> HttpResponse:
    admin, clinic = signed_in_staff(request)
    tokens = api_tokens_revocable_by(admin, timezone.now()).select_related("user")
    return render(request, "clinician/admin/api_keys.html", {"clinic": clinic, "tokens": tokens})


@require_role(Role.CLINIC_ADMIN)
@require_POST
def revoke_clinic_api_key(request: HttpRequest, token_id: int) -> HttpResponse:
    admin, _ = signed_in_staff(request)
    now = timezone.now()
    token = api_tokens_revocable_by(admin, now).filter(pk=token_id).select_related("user").first()
    if token is None:
        raise Http404("No such API key")
    api_tokens.revoke_token(request, token, token.user, now)
    messages.info(
        request,
        f"The API key “{token.name}” of {token.user.email} is revoked. It no longer works.",
    )
    return redirect("clinician:api-keys")
