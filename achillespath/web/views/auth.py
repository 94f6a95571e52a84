"""Logging in and out, joining a clinic by invitation, and self-registration.

An invitation for an email address that already has an account which may join the clinic (a
self-registered patient, see achillespath.web.joining) makes no new account: its link asks
the person to log in to theirs and accept."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import LoginView, LogoutView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from achillespath.web import audit
from achillespath.web.forms.accounts import InvitationSignupForm, LoginForm, RegisterForm
from achillespath.web.joining import is_invitation_for_an_existing_account
from achillespath.web.models import AuditAction, Invitation, User
from achillespath.web.models.people import INVITATION_VALID_DAYS

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"

# The one answer to a valid registration, whether or not the email already had an account, so
# the page tells a stranger nothing about whose account exists or was deleted.
LOG_IN_AFTER_REGISTERING = (
    "Now log in with your email address and the password you just chose. If that email "
    "address already had an account here, no new account was made: log in with that "
    "account's own password, or create an account with a different email address."
)


class AchillesLoginView(LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True


class AchillesLogoutView(LogoutView):
    """Logging out is a POST (from the header's button), so a link cannot log anyone out; the
    address typed or bookmarked shows a page with the button instead."""

    http_method_names = ["get", "post", "options"]

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect("login")
        return render(request, "accounts/logout.html")

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You have logged out.")
        return response


def _record_signup(request: HttpRequest, user: User) -> None:
    audit.record(request, AuditAction.SIGNUP, actor=user, patient=getattr(user, "patient", None))


def _start_session(request: HttpRequest, user: User) -> HttpResponse:
    login(request, user, backend=MODEL_BACKEND)
    _record_signup(request, user)
    messages.info(request, "Your account is ready.")
    return redirect("home")


@sensitive_post_parameters("password1", "password2")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def signup_with_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = Invitation.objects.select_related("clinic").filter(token=token).first()
    if invitation is None or not invitation.is_usable(timezone.now()):
        return invalid_invitation(request, invitation)
    if is_invitation_for_an_existing_account(invitation):
        return _log_in_to_join(request, invitation)
    form = InvitationSignupForm(invitation, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        if user is None:
            invitation.refresh_from_db()
            return invalid_invitation(request, invitation)
        return _start_session(request, user)
    return render(request, "accounts/signup.html", {"form": form, "invitation": invitation})


def _log_in_to_join(request: HttpRequest, invitation: Invitation) -> HttpResponse:
    """The invited email address already has an account that may join the clinic: no new
    account, but log in to that one and accept (views.patient.join_clinic)."""
    join_url = reverse("patient:join-clinic", args=[invitation.token])
    if request.user.is_authenticated:
        return redirect(join_url)
    login_url = f"{reverse('login')}?{urlencode({'next': join_url})}"
    context = {"invitation": invitation, "login_url": login_url}
    return render(request, "accounts/invitation_existing_account.html", context)


def invalid_invitation(request: HttpRequest, invitation: Invitation | None) -> HttpResponse:
    # The page names nothing of the invitation (its clinic, address or role). It does say
    # that the clinic withdrew it, because then asking for a new link is not the answer.
    context = {
        "withdrawn": invitation is not None and invitation.revoked_at is not None,
        "valid_days": INVITATION_VALID_DAYS,
    }
    return render(request, "accounts/invitation_invalid.html", context, status=404)


@sensitive_post_parameters("password1", "password2")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    """A new account, then the log-in page with the same words whether or not one was made;
    a same-site ?next= (like the unsaved check result) is carried through to after log-in."""
    next_url = _same_site_next(request)
    form = RegisterForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        if user is not None:
            _record_signup(request, user)
        messages.info(request, LOG_IN_AFTER_REGISTERING)
        query = f"?{urlencode({'next': next_url})}" if next_url else ""
        return redirect(reverse("login") + query)
    return render(request, "accounts/register.html", {"form": form, "next": next_url})


def _same_site_next(request: HttpRequest) -> str:
    """The page to return to after log-in, if it is on this site (as LoginView checks it)."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    is_safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if is_safe else ""
