"""Accepting a clinic's invitation with an account one already has (achillespath.web.joining).

The invitation's link sends the person here once they have logged in. Only the account the
invitation is for may accept it, and only while `access.may_join_a_clinic` allows it; anyone
else is refused (403) with nothing changed.
"""

from __future__ import annotations

from http import HTTPStatus

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from achillespath.web.access import may_join_a_clinic, require_role, signed_in_user
from achillespath.web.joining import join_clinic
from achillespath.web.models import Invitation, Role, User
from achillespath.web.views.auth import invalid_invitation

__all__ = ["join"]


@require_http_methods(["GET", "POST"])
@require_role(Role.PATIENT)
@never_cache
def join(request: HttpRequest, token: str) -> HttpResponse:
    user = signed_in_user(request)
    assert user is not None  # require_role lets only a signed-in patient in
    invitation = Invitation.objects.select_related("clinic").filter(token=token).first()
    if invitation is None or not invitation.is_usable(timezone.now()):
        return invalid_invitation(request, invitation)
    if user.email != invitation.email.strip().lower():
        return _refuse(request, invitation, user, for_someone_else=True)
    if invitation.role != Role.PATIENT or not may_join_a_clinic(user):
        return _refuse(request, invitation, user, for_someone_else=False)
    if request.method == "POST":
        if join_clinic(request, invitation, user) is None:
            invitation.refresh_from_db()
            return invalid_invitation(request, invitation)
        messages.info(
            request,
            f"You have joined {invitation.clinic.name}. Its clinicians can now see your record.",
        )
        return redirect("home")
    return render(request, "patient/join/join.html", {"invitation": invitation})


def _refuse(
    request: HttpRequest, invitation: Invitation, user: User, *, for_someone_else: bool
) -> HttpResponse:
    """Why this account cannot accept: the invitation is for another email address, or the
    account may not move (it belongs to a clinic already). Names no clinic but the inviting
    one, which the invitation's own page names too."""
    context = {"invitation": invitation, "account": user, "for_someone_else": for_someone_else}
    return render(request, "patient/join/refused.html", context, status=HTTPStatus.FORBIDDEN)
