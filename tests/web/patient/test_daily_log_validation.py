"""Every daily-log field is checked on the server: the message sits next to the field and in
the error summary, what the person typed is kept, and nothing is saved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from web.api.calls import api_client
from web.patient.programme_records import LOG_URL, days_ago, log_form, prescribe, today
from web.people import ClinicPeople, client_for

from achillespath.web.models import ExerciseLog

pytestmark = pytest.mark.django_db


def post(people: ClinicPeople, **fields: str) -> str:
    prescribe(people.patient)
    response = client_for(people.patient_user).post(LOG_URL, log_form(**fields))
    assert response.status_code == 200
    return response.content.decode()


def assert_error(shown: str, field: str, message: str) -> None:
    assert "There is a problem" in shown
    assert f'<a href="#id_{field}">{message}</a>' in shown  # in the error summary
    assert f'id="id_{field}_error"' in shown  # next to the field
    assert message in shown.split(f'id="id_{field}_error"')[1][:300]
    assert not ExerciseLog.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("pain_during", "", "Enter your pain during the exercises"),
        ("pain_during", "11", "Your pain during the exercises must be 10 or less"),
        ("pain_during", "-1", "Your pain during the exercises must be 0 or more"),
        ("pain_during", "a lot", "Your pain during the exercises must be a whole number, like 3"),
        ("sets_done", "51", "The number of sets must be 50 or less"),
        ("load_kg", "nan", "Extra weight must be a number of kilograms, like 2.5"),
        ("load_kg", "301", "Extra weight must be 300 kg or less"),
        ("morning_pain", "12", "Your pain on getting up must be 10 or less"),
        ("morning_stiffness_minutes", "2000", "The minutes of stiffness must be 1440 or less"),
        ("date", "yesterday", "Enter the date as year, month and day, like 2026-11-20"),
        ("new_medicines", "x" * 501, "Keep the medicines to 500 characters or fewer"),
        ("new_medicines", "x\x00y", "Null characters are not allowed."),
    ],
)
def test_a_bad_value_gets_a_message_naming_the_field(
    riverside: ClinicPeople, field: str, value: str, message: str
) -> None:
    assert_error(post(riverside, **{field: value}), field, message)


def test_a_log_cannot_be_dated_in_the_future(riverside: ClinicPeople) -> None:
    shown = post(riverside, date=(today() + timedelta(days=1)).isoformat())

    assert_error(shown, "date", "A log cannot be in the future; choose today or an earlier day")


def test_a_missed_day_can_be_logged_up_to_14_days_back_but_not_15(
    riverside: ClinicPeople,
) -> None:
    shown = post(riverside, date=days_ago(15).isoformat())
    assert_error(shown, "date", "You can log up to 14 days back, not further")

    client_for(riverside.patient_user).post(LOG_URL, log_form(date=days_ago(14).isoformat()))
    assert ExerciseLog.objects.get().date == days_ago(14)


def test_what_was_typed_is_kept_after_an_error(riverside: ClinicPeople) -> None:
    shown = post(
        riverside,
        pain_during="11",
        sets_done="2",
        load_kg="7.5",
        morning_pain="3",
        new_medicines="naproxen",
        warning_signs="calf_swelling",
    )

    assert 'name="pain_during" value="11"' in shown
    assert 'name="sets_done" value="2"' in shown
    assert 'name="load_kg" value="7.5"' in shown
    assert 'name="morning_pain" value="3"' in shown
    assert 'value="naproxen"' in shown
    assert 'value="calf_swelling" checked' in shown


def test_medicines_saved_through_the_api_can_be_saved_again_on_the_page(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    long_note = "ibuprofen gel after the exercises, " * 9  # 315 characters, as the API allows
    body = {"date": days_ago(0).isoformat(), "sets_done": 3, "load_kg": 0, "pain_during": 2}
    api = api_client(riverside.patient_user)
    api.post("/api/me/logs", {**body, "new_medicines": long_note}, content_type="application/json")

    client_for(riverside.patient_user).post(
        f"/log/{days_ago(0).isoformat()}/", log_form(pain_during="4", new_medicines=long_note)
    )

    assert ExerciseLog.objects.get().pain_during == 4


def test_an_unknown_warning_sign_is_refused(riverside: ClinicPeople) -> None:
    shown = post(riverside, warning_signs="headache")

    assert "Choose warning signs from the list" in shown
    assert not ExerciseLog.objects.exists()
