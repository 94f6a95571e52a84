"""A clinic admin sees every API key that still works of everyone at their clinic (whose it is,
their role, when it was made, last used and expires) and may revoke any of them, in the audit
log naming the key and its owner. Another clinic's keys are not shown, and revoking one is a
404 like a key that does not exist."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from web.people import ClinicPeople, client_for

from achillespath.web.models import ApiToken, AuditEvent

pytestmark = pytest.mark.django_db

PAGE = "/clinic/api-keys/"


def text_of(response: Any) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_the_page_lists_the_keys_that_work_of_everyone_at_the_clinic(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    now = timezone.now()
    ApiToken.objects.issue(riverside.patient_user, "running app")[0].mark_used(now)
    ApiToken.objects.issue(riverside.clinician, "script")
    ApiToken.objects.issue(riverside.admin, "admin's own")
    ApiToken.objects.issue(riverside.clinician, "revoked")[0].revoke(now)
    expired, _ = ApiToken.objects.issue(riverside.clinician, "ran out")
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=now)
    ApiToken.objects.issue(hillside.patient_user, "hillside app")

    page = text_of(client_for(riverside.admin).get(PAGE))

    rows = page.split("What it is for ")[2:]
    date = r"\d{1,2} \w{3} \d{4} \d\d:\d\d"
    assert [re.sub(date, "(date)", row.split(" Revoke")[0]) for row in rows] == [
        "admin's own Whose admin@riverside.example Role Clinic admin Made (date) "
        "Last used Never Expires (date)",
        "script Whose clinician@riverside.example Role Clinician Made (date) "
        "Last used Never Expires (date)",
        "running app Whose patient@riverside.example Role Patient Made (date) "
        "Last used (date) Expires (date)",
    ]


def test_revoking_a_key_stops_it_and_names_it_and_its_owner_in_the_log(
    riverside: ClinicPeople,
) -> None:
    token, raw = ApiToken.objects.issue(riverside.patient_user, "running app")

    answer = client_for(riverside.admin).post(f"{PAGE}{token.pk}/revoke/", follow=True)

    assert (
        "The API key “running app” of patient@riverside.example is revoked. It no longer works."
        in text_of(answer)
    )
    assert "running app Whose" not in text_of(answer)
    assert ApiToken.objects.find(raw, timezone.now()) is None
    event = AuditEvent.objects.get(object_type="ApiToken")
    assert (event.action, event.actor_email, event.clinic_id, event.object_id) == (
        "token_revoked",
        "admin@riverside.example",
        riverside.clinic.pk,
        str(token.pk),
    )
    assert event.changes == {"name": "running app", "owner": "patient@riverside.example"}


def test_the_audit_log_page_names_the_key_and_its_owner(riverside: ClinicPeople) -> None:
    token, _ = ApiToken.objects.issue(riverside.clinician, "my script")
    client = client_for(riverside.admin)
    client.post(f"{PAGE}{token.pk}/revoke/")

    log = text_of(client.get("/clinic/audit-log/"))

    assert f"API token revoked Patient Record ApiToken {token.pk} “my script”, of " in log
    assert "“my script”, of clinician@riverside.example" in log


def test_another_clinics_key_is_not_found_and_keeps_working(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    theirs, raw = ApiToken.objects.issue(hillside.patient_user, "hillside app")

    answer = client_for(riverside.admin).post(f"{PAGE}{theirs.pk}/revoke/")

    assert answer.status_code == 404
    assert ApiToken.objects.find(raw, timezone.now()) is not None
    assert not AuditEvent.objects.filter(object_type="ApiToken").exists()


def test_a_key_that_has_expired_is_not_revoked_again(riverside: ClinicPeople) -> None:
    token, _ = ApiToken.objects.issue(riverside.patient_user, "old app")
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(days=1))

    assert client_for(riverside.admin).post(f"{PAGE}{token.pk}/revoke/").status_code == 404


def test_the_clinic_settings_page_links_to_it(riverside: ClinicPeople) -> None:
    page = client_for(riverside.admin).get("/clinic/settings/").content.decode()

    assert f'<a href="{PAGE}">' in page
