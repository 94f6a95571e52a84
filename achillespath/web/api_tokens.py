"""Making and revoking API tokens, each in the audit log: the one place for the API routes,
a person's own API keys page and the clinic admin's page of the clinic's tokens.

A token reads everything its person may read, so its event names the token and its owner,
copied at the time (AuditEvent.changes): the token's row goes when its account is erased, and
a clinic admin may revoke a token that is not their own. Like a login, the event is not a
patient-record event: it goes to the log of the owner's clinic.
"""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest

from achillespath.web import audit
from achillespath.web.models import ApiToken, AuditAction, User

__all__ = ["make_token", "revoke_token"]


def make_token(request: HttpRequest, owner: User, name: str, days: int) -> tuple[ApiToken, str]:
    """A new token of `owner`'s that works for `days`, audited; the row and the raw token,
    which is shown this once."""
    token, raw = ApiToken.objects.issue(owner, name, days=days)
    _record(request, AuditAction.TOKEN_CREATED, token, owner)
    return token, raw


def revoke_token(request: HttpRequest, token: ApiToken, owner: User, now: datetime) -> None:
    """Stop `token` (of `owner`'s) working at `now`, audited."""
    token.revoke(now)
    _record(request, AuditAction.TOKEN_REVOKED, token, owner)


def _record(request: HttpRequest, action: AuditAction, token: ApiToken, owner: User) -> None:
    details = {"name": token.name, "owner": owner.email}
    audit.record(request, action, obj=token, clinic_id=owner.clinic_id, changes=details)
