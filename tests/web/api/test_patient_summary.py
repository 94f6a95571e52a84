"""GET /api/patients/{id}: one patient of the clinic with programme, flags, scores and the
pathway advice the core gives for the record today; the read is audited."""

from __future__ import annotations

from typing import Any

import pytest
from web.api.calls import api_client
from web.clinician.records import days_ago, log, visa_a
from web.people import ClinicPeople

from achillespath.web.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def summary(people: ClinicPeople) -> Any:
    response = api_client(people.clinician).get(f"/api/patients/{people.patient.pk}")
    assert response.status_code == 200
    return response.json()


def test_the_summary_has_the_programme_flags_scores_and_logs(on_programme: ClinicPeople) -> None:
    visa_a(on_programme.patient, 14, 40)
    log(on_programme.patient, 2)
    log(on_programme.patient, 1, pain=7)

    body = summary(on_programme)

    assert (body["display_name"], body["programme"]["programme"]) == ("Pat", "midportion")
    assert [flag["kind"] for flag in body["flags"]] == ["pain_rule_broken"]
    assert body["visa_a"] == [{"taken_on": days_ago(14).isoformat(), "total": 40}]
    assert (body["logs_recorded"], body["last_log_on"]) == (2, days_ago(1).isoformat())


def test_the_pathway_advice_gives_each_recommendation_in_the_clinicians_words(
    on_programme: ClinicPeople,
) -> None:
    advice = summary(on_programme)["advice"]

    assert advice["assessment"]["disposition"] in {"routine", "self_care"}
    first = advice["recommendations"][0]
    assert set(first) == {
        "id",
        "title",
        "clinician",
        "reason",
        "clinician_reason",
        "rule",
        "sources",
    }
    assert all(item["clinician"] and item["reason"] for item in advice["recommendations"])
    assert [(item["id"], item["clinician_reason"]) for item in advice["recommendations"]] == [
        (item["id"], item["clinician_reason"]) for item in advice["assessment"]["recommendations"]
    ]


def test_the_pain_rule_flag_and_the_reasons_are_in_the_clinicians_words(
    on_programme: ClinicPeople,
) -> None:
    log(on_programme.patient, 1, pain=7)

    body = summary(on_programme)

    assert body["flags"][0]["reason"] == (
        "Pain-monitoring rule broken. Pain during exercise 7/10 at the last session, above the "
        "5/10 allowed. The model advises reducing the load."
    )
    # The programme prescribed 14 days ago counts as 2 weeks of loading.
    loading = next(
        item for item in body["advice"]["recommendations"] if item["id"] == "loading_programme"
    )
    assert loading["clinician_reason"].startswith("Loading for 2 weeks so far; judge it at 12")
    assert loading["reason"].startswith("You have done 2 weeks of exercise.")
    ate = body["advice"]["assessment"]["ate"]
    assert len(ate["clinician_reasons"]) == len(ate["reasons"])


def test_a_record_without_a_symptom_check_has_no_advice(riverside: ClinicPeople) -> None:
    assert summary(riverside)["advice"] is None


def test_reading_the_summary_is_audited_with_who_and_from_where(
    riverside: ClinicPeople,
) -> None:
    summary(riverside)

    event = AuditEvent.objects.get(action=AuditAction.READ)
    assert (event.actor_id, event.patient_id, event.path) == (
        riverside.clinician.pk,
        riverside.patient.pk,
        f"/api/patients/{riverside.patient.pk}",
    )
