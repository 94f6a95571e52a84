"""A patient whom no clinic looks after is not offered messages nobody would read.

Ola Walker made her own account at /accounts/register/, so she belongs to the built-in public
clinic, where there is no clinician and no clinic admin. Pat is a patient of Riverside Clinic,
whose staff read messages: what Pat sees must not change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.template.loader import render_to_string
from django.test import Client
from web.patient.programme_records import (
    LOG_URL,
    PLAN_URL,
    PROGRESS_URL,
    add_assessment,
    page,
    prescribe,
)
from web.people import PASSWORD, ClinicPeople, client_for

from achillespath.web.access import is_looked_after_by_a_clinic
from achillespath.web.models import AuditAction, AuditEvent, Message, Patient, User
from achillespath.web.reports import patient_summary

pytestmark = pytest.mark.django_db

MESSAGES_URL = "/messages/"
MY_DATA_URL = "/my-data/"
NO_CLINIC = "No clinic is looking after you in achillespath yet"
MESSAGE_LINK = f'href="{MESSAGES_URL}"'


def main_content(client: Client, url: str) -> str:
    """The page's own content, without the header's navigation."""
    return page(client, url).split("<main", 1)[1].split("</main>", 1)[0]


@dataclass(frozen=True)
class SelfRegistered:
    client: Client
    patient: Patient


@pytest.fixture
def ola(db: None) -> SelfRegistered:
    """Ola Walker, logged in straight after registering herself, as anyone from the web is."""
    client = Client()
    response = client.post(
        "/accounts/register/",
        {
            "email": "ola.walker@example.org",
            "full_name": "Ola Walker",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert client.login(username="ola.walker@example.org", password=PASSWORD)
    patient = Patient.objects.get(user__email="ola.walker@example.org")
    return SelfRegistered(client=client, patient=patient)


def all_staff_leave(people: ClinicPeople) -> None:
    """The clinician's and the clinic admin's accounts are closed; the patients stay."""
    User.objects.filter(pk__in=[people.clinician.pk, people.admin.pk]).update(is_active=False)


def test_the_public_clinic_looks_after_nobody_and_a_staffed_clinic_does(
    ola: SelfRegistered, riverside: ClinicPeople
) -> None:
    assert not is_looked_after_by_a_clinic(ola.patient)
    assert is_looked_after_by_a_clinic(riverside.patient)


def test_a_clinic_whose_staff_have_all_left_looks_after_nobody(riverside: ClinicPeople) -> None:
    all_staff_leave(riverside)

    assert not is_looked_after_by_a_clinic(riverside.patient)


def test_a_self_registered_patient_is_told_no_clinic_looks_after_them_on_my_plan(
    ola: SelfRegistered,
) -> None:
    shown = main_content(ola.client, PLAN_URL)

    assert NO_CLINIC in shown
    assert "See a GP or a physiotherapist" in shown
    assert "If a clinic uses achillespath, ask them to invite you." in shown
    assert '<a href="/check/">Do the symptom check</a>' in shown
    assert '<a href="/learn/">Read about Achilles pain</a>' in shown
    assert MESSAGE_LINK not in shown
    assert "Send a message to your clinic" not in shown


def test_a_clinic_patient_without_a_programme_is_still_offered_a_message_to_their_clinic(
    riverside: ClinicPeople,
) -> None:
    shown = page(client_for(riverside.patient_user), PLAN_URL)

    assert "A clinician at your clinic chooses the programme" in shown
    assert f'<a href="{MESSAGES_URL}">Send a message to your clinic</a>' in shown
    assert NO_CLINIC not in shown


def test_the_daily_log_does_not_offer_a_self_registered_patient_a_message(
    ola: SelfRegistered, riverside: ClinicPeople
) -> None:
    ola_sees = main_content(ola.client, LOG_URL)
    pat_sees = page(client_for(riverside.patient_user), LOG_URL)

    assert "no clinic is looking after you in achillespath yet" in ola_sees
    assert MESSAGE_LINK not in ola_sees
    assert "send a message to your clinic" in pat_sees


def test_messages_explain_to_a_self_registered_patient_why_there_is_no_one_to_write_to(
    ola: SelfRegistered,
) -> None:
    shown = page(ola.client, MESSAGES_URL)

    assert NO_CLINIC in shown
    assert "you cannot send one" in shown
    assert "Send the message" not in shown
    assert "See a GP or a physiotherapist" in shown


def test_a_message_from_a_self_registered_patient_is_refused_and_nothing_is_kept(
    ola: SelfRegistered,
) -> None:
    response = ola.client.post(MESSAGES_URL, {"body": "Can I have a programme please?"})

    assert response.status_code == 409
    shown = response.content.decode()
    assert "Your message was not sent" in shown
    assert "Your message has been sent." not in shown
    assert not Message.objects.filter(patient=ola.patient).exists()
    actions = set(AuditEvent.objects.filter(patient=ola.patient).values_list("action", flat=True))
    assert AuditAction.WRITE not in actions


def test_a_clinic_patient_can_still_send_a_message(riverside: ClinicPeople) -> None:
    client = client_for(riverside.patient_user)

    response = client.post(MESSAGES_URL, {"body": "When do I start?"}, follow=True)

    assert response.status_code == 200
    assert "Your message has been sent." in response.content.decode()
    assert Message.objects.filter(patient=riverside.patient).count() == 1


def test_my_data_names_who_to_ask_for_the_audit_log_when_no_clinic_looks_after_them(
    ola: SelfRegistered, riverside: ClinicPeople
) -> None:
    ola_sees = page(ola.client, MY_DATA_URL)
    pat_sees = page(client_for(riverside.patient_user), MY_DATA_URL)

    assert "Ask your clinic" not in ola_sees
    assert "including your clinic" not in ola_sees
    assert "the organisation that runs achillespath is responsible for your record" in ola_sees
    assert "(it is the data controller)" in ola_sees
    assert "Ask your clinic if you would like a copy." in pat_sees
    assert "including your clinic" in pat_sees


def test_progress_with_nothing_to_go_on_does_not_say_a_new_patient_is_on_track(
    ola: SelfRegistered,
) -> None:
    shown = page(ola.client, PROGRESS_URL)

    assert "Nothing we can see suggests you are off track." not in shown
    assert "There is nothing to judge your progress by yet." in shown
    assert "once you have an exercise programme and log your sessions" in shown
    assert NO_CLINIC in shown


def test_progress_off_track_sends_a_self_registered_patient_to_a_health_professional(
    ola: SelfRegistered,
) -> None:
    add_assessment(ola.patient, onset="sudden")

    shown = main_content(ola.client, PROGRESS_URL)

    assert "This is off track — get checked by a health professional" in shown
    assert "Contact your GP or a physiotherapist today." in shown
    assert "Contact Public symptom check" not in shown
    assert MESSAGE_LINK not in shown


def test_a_paused_plan_at_a_clinic_with_nobody_left_does_not_say_tell_your_clinic(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_assessment(riverside.patient, onset="sudden")
    all_staff_leave(riverside)

    shown = page(client_for(riverside.patient_user), PLAN_URL)

    assert "Stop the exercises for now." in shown
    assert "tell your clinic" not in shown
    assert "ask the person who checked you when to start again" in shown


def test_a_paused_plan_at_a_staffed_clinic_still_says_tell_your_clinic(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    add_assessment(riverside.patient, onset="sudden")

    shown = page(client_for(riverside.patient_user), PLAN_URL)

    assert f'tell your clinic (<a href="{MESSAGES_URL}">send a message</a>)' in shown


def summary_html(patient: Patient) -> str:
    """The PDF summary's HTML, before it becomes a PDF."""
    captured: dict[str, str] = {}

    def keep_html(template: str, context: dict[str, object]) -> bytes:
        captured["html"] = render_to_string(template, context)
        return b"%PDF-"

    assert patient.user is not None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patient_summary, "render_pdf", keep_html)
        patient_summary.summary_pdf(
            patient_summary.gather_record(patient, patient.user),
            dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC),
        )
    return captured["html"]


def test_the_pdf_summary_names_who_to_ask_for_the_audit_log_too(
    ola: SelfRegistered, riverside: ClinicPeople
) -> None:
    ola_reads = summary_html(ola.patient)
    pat_reads = summary_html(riverside.patient)

    assert "Ask your clinic" not in ola_reads
    assert "is the data controller" in ola_reads
    assert "Ask your clinic if you would like a copy." in pat_reads


def navigation(client: Client) -> str:
    shown = page(client, MY_DATA_URL)
    return shown.split('aria-label="Menu"', 1)[1].split("</nav>", 1)[0]


def test_a_self_registered_patients_menu_leaves_out_what_needs_a_clinic(
    ola: SelfRegistered, riverside: ClinicPeople
) -> None:
    hers = navigation(ola.client)
    pats = navigation(client_for(riverside.patient_user))

    for link in ("My plan", "Daily log", "Messages"):
        assert link not in hers
        assert link in pats
    for link in ("Symptom check", "VISA-A", "Progress", "Learn", "My data"):
        assert link in hers


def test_progress_does_not_ask_a_self_registered_patient_to_log_a_session(
    ola: SelfRegistered,
) -> None:
    shown = main_content(ola.client, PROGRESS_URL)

    assert "Log a session" not in shown
    assert "Logging exercise sessions needs a programme from a clinic that looks after you." in (
        " ".join(shown.split())
    )


def test_my_data_does_not_call_the_public_symptom_check_a_clinic(ola: SelfRegistered) -> None:
    shown = main_content(ola.client, MY_DATA_URL)

    assert "Public symptom check" not in shown
    assert "no clinic looks after you here" in shown


def test_a_patient_with_a_programme_whose_clinic_staff_left_still_has_their_plan(
    riverside: ClinicPeople,
) -> None:
    prescribe(riverside.patient)
    all_staff_leave(riverside)

    menu = navigation(client_for(riverside.patient_user))

    assert "My plan" in menu and "Daily log" in menu
    assert "Messages" not in menu
