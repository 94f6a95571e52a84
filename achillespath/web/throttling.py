"""Login throttling: django-axes refuses logins for an email and address locked out by failures."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest


class LoginThrottleBackend(AxesStandaloneBackend):  # type: ignore[misc]
    """Axes' lockout check for every login that comes from an HTTP request.

    Axes refuses `authenticate()` calls that carry no request. Those happen only in code that
    is not a person logging in (the test client's `login()`, management commands), and there is
    no address to throttle, so they pass through to the next backend instead.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> AbstractBaseUser | None:
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)  # type: ignore[no-any-return]
