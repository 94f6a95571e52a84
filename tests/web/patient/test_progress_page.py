"""Progress: pain, VISA-A and adherence, each as a chart image with a text alternative and a
data table beside it (caption and headers: the table is the source of truth)."""

from __future__ import annotations

import pytest
from web.patient.programme_records import (
    PROGRESS_URL,
    add_log,
    add_visa_a,
    days_ago,
    page,
    prescribe,
)
from web.people import ClinicPeople, client_for

from achillespath.web.models import PainRecord

pytestmark = pytest.mark.django_db


def progress_page(people: ClinicPeople) -> str:
    return page(client_for(people.patient_user), PROGRESS_URL)


def test_pain_is_a_chart_and_a_table_of_each_logged_day(riverside: ClinicPeople) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, pain=4, next_morning_pain=3)
    add_log(riverside.patient, 1, pain=2)

    shown = progress_page(riverside)

    assert '<img class="nhsuk-image__img" src="/progress/charts/pain.svg"' in shown
    assert (
        'alt="Chart of your pain during exercise, the next morning and when you answered the VISA-A'
    ) in shown
    assert "Your pain scores (0 to 10)</caption>" in shown
    assert '<th class="nhsuk-table__header" scope="col">Date</th>' in shown
    row = shown.split(f'scope="row">{days_ago(2):%-d %b %Y}</th>')[1].split("</tr>")[0]
    assert ">4</td>" in row and ">3</td>" in row
    row = shown.split(f'scope="row">{days_ago(1):%-d %b %Y}</th>')[1].split("</tr>")[0]
    assert ">2</td>" in row and "Not given" in row


def test_the_pain_score_asked_with_the_visa_a_is_in_the_pain_table_on_its_day(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_log(riverside.patient, 2, pain=4)
    PainRecord.objects.create(patient=riverside.patient, date=days_ago(2), score=6)
    PainRecord.objects.create(patient=riverside.patient, date=days_ago(5), score=7)

    shown = progress_page(riverside)

    assert 'scope="col">With your VISA-A</th>' in shown
    row = shown.split(f'scope="row">{days_ago(2):%-d %b %Y}</th>')[1].split("</tr>")[0]
    assert ">4</td>" in row and ">6</td>" in row
    row = shown.split(f'scope="row">{days_ago(5):%-d %b %Y}</th>')[1].split("</tr>")[0]
    assert ">7</td>" in row and row.count("Not given") == 2


def test_visa_a_is_a_chart_and_a_table_of_each_score(riverside: ClinicPeople) -> None:
    add_visa_a(riverside.patient, 14, 52)
    add_visa_a(riverside.patient, 0, 61)

    shown = progress_page(riverside)

    assert 'src="/progress/charts/visa-a.svg"' in shown
    assert "Your VISA-A scores (0 to 100, 100 is best)</caption>" in shown
    assert f'scope="row">{days_ago(14):%-d %b %Y}</th>' in shown and ">52</td>" in shown
    assert ">61</td>" in shown


def test_adherence_counts_days_with_exercise_in_each_week_against_the_plan(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient, "hsr", started_days_ago=8)  # week 2; HSR: 3 days a week
    add_log(riverside.patient, 8)
    add_log(riverside.patient, 6)
    add_log(riverside.patient, 4, sets_done=0)  # a rest day is not a session
    add_log(riverside.patient, 1)

    shown = progress_page(riverside)

    assert 'src="/progress/charts/adherence.svg"' in shown
    assert "Days you exercised</caption>" in shown
    week_1 = shown.split('scope="row">Week 1 (')[1].split("</tr>")[0]
    week_2 = shown.split('scope="row">Week 2 (')[1].split("</tr>")[0]
    assert week_1.count(">2</td>") == 1 and ">3</td>" in week_1
    assert "so far" in week_2 and ">1</td>" in week_2


def test_with_nothing_recorded_yet_the_page_says_so_instead_of_empty_charts(
    riverside: ClinicPeople,
) -> None:
    shown = progress_page(riverside)

    assert "No logs yet." in shown
    assert "No VISA-A scores yet." in shown
    assert "You do not have an exercise programme yet." in shown
    assert "<img" not in shown
