"""Missed days: each of the last 14 days can be logged or changed on its own page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from web.patient.programme_records import (
    LOG_URL,
    add_log,
    days_ago,
    log_form,
    page,
    prescribe,
    today,
)
from web.people import ClinicPeople, client_for

from achillespath.web.models import ExerciseLog

pytestmark = pytest.mark.django_db


def day_url(days: int) -> str:
    return f"/log/{days_ago(days).isoformat()}/"


def test_a_missed_days_page_asks_about_that_day_without_a_date_field(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)

    shown = page(client_for(riverside.patient_user), day_url(3))

    assert f"Log your session on {days_ago(3):%A %-d %B}" in shown
    assert 'name="date"' not in shown
    assert f"On the morning of {days_ago(3):%-d %B}, on getting up" in shown


def test_saving_a_missed_days_page_logs_that_day(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)

    response = client_for(riverside.patient_user).post(
        day_url(3), log_form(date=today().isoformat(), pain_during="1")
    )

    assert f"Your log for {days_ago(3):%A %-d %B} is saved." in response.content.decode()
    assert ExerciseLog.objects.get().date == days_ago(3)


def test_a_logged_days_page_is_filled_in_to_change_it(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, pain=4, red_flag_reported=True)

    shown = page(client_for(riverside.patient_user), day_url(2))

    assert "You have already logged this day." in shown
    assert 'name="pain_during" value="4"' in shown
    assert "A warning sign was reported for this day." in shown


@pytest.mark.parametrize(
    "path",
    [
        f"/log/{(today() - timedelta(days=15)).isoformat()}/",
        f"/log/{(today() + timedelta(days=1)).isoformat()}/",
    ],
)
def test_a_day_outside_the_14_days_is_explained_not_logged(
    riverside: ClinicPeople, path: str
) -> None:
    prescribe(riverside.patient)
    client = client_for(riverside.patient_user)

    response = client.get(path)
    posted = client.post(path, log_form())

    assert response.status_code == posted.status_code == 404
    assert "You can log today, or a missed day up to 14 days ago." in response.content.decode()
    assert not ExerciseLog.objects.exists()


def test_a_path_that_is_not_a_date_is_not_found(riverside: ClinicPeople) -> None:
    assert client_for(riverside.patient_user).get("/log/2026-02-30/").status_code == 404


def test_the_log_lists_the_last_14_days_with_a_link_to_add_or_change_each(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 1, pain=3)

    shown = page(client_for(riverside.patient_user), LOG_URL)

    assert shown.count('class="nhsuk-summary-list__row"') == 15
    assert "Logged: pain 3 out of 10" in shown
    assert f'href="{day_url(1)}">Change<span class="nhsuk-u-visually-hidden">' in shown
    assert f'href="{day_url(14)}">Add<span class="nhsuk-u-visually-hidden">' in shown
    assert day_url(15) not in shown


def test_a_missed_days_page_offers_the_load_of_its_time_not_todays(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, load=0)
    for days in (4, 3, 2, 1):
        add_log(riverside.patient, days, pain=2, load_kg=10.0)
    client = client_for(riverside.patient_user)

    assert 'name="load_kg" value="10' in page(client, LOG_URL)
    assert 'name="load_kg" value="0' in page(client, day_url(8))


def test_changing_todays_form_to_a_logged_day_keeps_that_days_log_and_asks_again(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 3, pain=2, load_kg=2.5)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(days_ago(3), pain_during="7", load_kg="5")
    )
    shown = " ".join(response.content.decode().split())

    assert f"{days_ago(3):%A %-d %B} is already logged" in shown
    assert "Nothing is saved yet." in shown
    assert f'href="{day_url(3)}"' in shown
    assert 'name="pain_during" value="7"' in shown
    assert f'name="replaces" value="{days_ago(3).isoformat()}"' in shown
    kept = ExerciseLog.objects.get()
    assert (kept.pain_during, kept.load_kg) == (2, 2.5)


def test_saving_again_after_being_told_the_day_is_logged_replaces_its_log(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 3, pain=2)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(days_ago(3), pain_during="7", replaces=days_ago(3).isoformat())
    )

    assert f"Your log for {days_ago(3):%A %-d %B} is saved." in response.content.decode()
    assert ExerciseLog.objects.get().pain_during == 7


def test_todays_form_shown_with_todays_log_changes_it_in_one_save(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 0, pain=2)
    client = client_for(riverside.patient_user)

    assert f'name="replaces" value="{today().isoformat()}"' in page(client, LOG_URL)
    response = client.post(LOG_URL, log_form(pain_during="3", replaces=today().isoformat()))

    assert "is saved." in response.content.decode()
    assert ExerciseLog.objects.get().pain_during == 3


def test_a_warning_sign_on_a_logged_day_is_saved_at_once_with_its_advice(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 3, pain=2)

    response = client_for(riverside.patient_user).post(
        LOG_URL, log_form(days_ago(3), warning_signs="snap")
    )

    assert "Get medical help today" in response.content.decode()
    assert ExerciseLog.objects.get().red_flag_reported
