"""Without a valid `for`, the letter page asks who the letter is for, naming the field."""

from __future__ import annotations

import pytest
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def test_without_a_recipient_the_page_asks_who_the_letter_is_for(riverside: ClinicPeople) -> None:
    response = client_for(riverside.clinician).get(
        f"/clinic/patients/{riverside.patient.pk}/referral-letter/"
    )
    page = response.content.decode()

    assert response.status_code == 200
    assert "Who is the letter for?" in page
    assert 'value="specialist"' in page
    assert "There is a problem" not in page


def test_an_unknown_recipient_is_explained_next_to_the_field(riverside: ClinicPeople) -> None:
    response = client_for(riverside.clinician).get(
        f"/clinic/patients/{riverside.patient.pk}/referral-letter/?for=solicitor"
    )
    page = response.content.decode()

    assert response["Content-Type"].startswith("text/html")
    assert page.count("Choose who the letter is for: GP, physiotherapist or specialist") == 2
    assert 'aria-describedby=" id_for_error"' in page or 'aria-describedby="id_for_error"' in page


def test_asking_who_the_letter_is_for_is_a_read_not_an_export(riverside: ClinicPeople) -> None:
    client_for(riverside.clinician).get(f"/clinic/patients/{riverside.patient.pk}/referral-letter/")

    events = AuditEvent.objects.filter(patient=riverside.patient)
    assert list(events.values_list("action", flat=True)) == [AuditAction.READ]
