"""POST /api/me/visa-a scores a VISA-A given as points per item, saves it, and reads the change
from the patient's first VISA-A against their clinic's MCID."""

from __future__ import annotations

from typing import Any

import pytest
from web.api.calls import VISA_A, api_client, field_problems, problem
from web.audit_trail import audit_trail
from web.clinician.records import days_ago, visa_a
from web.people import ClinicPeople

from achillespath.web.models import VisaAResponse

pytestmark = pytest.mark.django_db


def submit(people: ClinicPeople, answers: dict[str, Any]) -> Any:
    return api_client(people.patient_user).post(
        "/api/me/visa-a", answers, content_type="application/json"
    )


def test_the_first_visa_a_is_scored_and_saved_with_no_change_to_read(
    riverside: ClinicPeople,
) -> None:
    response = submit(riverside, VISA_A)

    assert response.status_code == 201
    body = response.json()
    assert (body["total"], body["subtotals"]) == (44, {"pain": 15, "function": 15, "activity": 14})
    assert (body["since_first"], body["since_last"]) == (None, None)
    saved = VisaAResponse.objects.get(patient=riverside.patient)
    assert (saved.total, saved.taken_on, saved.answers["q8"]) == (
        44,
        days_ago(0),
        {"branch": "B", "points": 10},
    )


def test_a_rise_of_fourteen_from_the_first_is_meaningful_at_the_default_mcid(
    riverside: ClinicPeople,
) -> None:
    visa_a(riverside.patient, 42, 30)
    visa_a(riverside.patient, 14, 40)

    body = submit(riverside, VISA_A).json()
    first, last = body["since_first"], body["since_last"]

    assert (first["baseline"], first["follow_up"], first["delta"]) == (30, 44, 14)
    assert (first["is_meaningful"], first["mcid"]) == (True, 14)
    assert (last["baseline"], last["delta"], last["is_meaningful"]) == (40, 4, False)


def test_the_second_visa_a_has_only_the_change_since_the_first(riverside: ClinicPeople) -> None:
    visa_a(riverside.patient, 14, 40)

    body = submit(riverside, VISA_A).json()

    assert (body["since_first"]["delta"], body["since_last"]) == (4, None)


def test_the_change_is_read_against_the_clinics_own_mcid(riverside: ClinicPeople) -> None:
    riverside.clinic.visa_a_mcid = 20
    riverside.clinic.save()
    visa_a(riverside.patient, 42, 30)

    change = submit(riverside, VISA_A).json()["since_first"]

    assert (change["is_meaningful"], change["mcid"]) == (False, 20)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"q7": 5}, "q7"),
        ({"q8": {"branch": "A", "points": 10}}, "q8"),
        ({"q1": "5"}, "q1"),
    ],
)
def test_points_off_the_scale_are_a_422_naming_the_item(
    riverside: ClinicPeople, changes: dict[str, Any], field: str
) -> None:
    assert field in field_problems(submit(riverside, {**VISA_A, **changes}))
    assert not VisaAResponse.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"q1": 11}, "q1", "11 is not on the scale; allowed 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"),
        ({"q8": {"branch": "A", "points": 12}}, "q8", "12 is not on branch A's scale; allowed"),
        ({"q8": {"branch": "A", "points": 7, "x": 1}}, "q8", "unexpected key(s) x; answer"),
    ],
    ids=["item-scale", "q8-branch-scale", "q8-extra-key"],
)
def test_each_problem_names_its_item_once(
    riverside: ClinicPeople, changes: dict[str, Any], field: str, text: str
) -> None:
    body = problem(submit(riverside, {**VISA_A, **changes}), 422)

    assert [item["field"] for item in body["errors"]] == [field]
    assert body["errors"][0]["problem"].startswith(text)
    assert body["detail"].startswith(f"{field}: {text}")


def test_a_missing_item_is_named(riverside: ClinicPeople) -> None:
    answers = {key: value for key, value in VISA_A.items() if key != "q3"}

    problems = field_problems(submit(riverside, answers))

    assert "q3 is missing" in problems["body"]


def test_a_saved_visa_a_is_audited_as_a_write_naming_it(riverside: ClinicPeople) -> None:
    submit(riverside, VISA_A)

    saved = VisaAResponse.objects.get(patient=riverside.patient)
    assert audit_trail(riverside.patient)[-1] == ("write", "VisaAResponse", str(saved.pk))
