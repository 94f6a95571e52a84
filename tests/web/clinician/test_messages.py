"""Messages: one thread per patient, written and read by the clinic's clinicians and by the
patient, every read and write audited."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from web.people import ClinicPeople, client_for

from achillespath.web.models import AuditEvent, Message

pytestmark = pytest.mark.django_db

MINE = reverse("patient:messages")


def thread_url(patient_id: int) -> str:
    return reverse("clinician:messages", args=[patient_id])


def test_a_clinicians_message_reaches_the_patient(riverside: ClinicPeople) -> None:
    clinician = client_for(riverside.clinician)

    response = clinician.post(thread_url(riverside.patient.pk), {"body": "How was today?"})

    assert response["Location"] == thread_url(riverside.patient.pk)
    page = client_for(riverside.patient_user).get(MINE).content.decode()
    assert "How was today?" in page
    assert "clinician@riverside.example (clinician)" in page


def test_a_patients_message_reaches_every_clinician_of_the_clinic(riverside: ClinicPeople) -> None:
    response = client_for(riverside.patient_user).post(MINE, {"body": "My heel is sore."})

    assert response["Location"] == MINE
    for user in (riverside.clinician, riverside.admin):
        page = client_for(user).get(thread_url(riverside.patient.pk)).content.decode()
        assert "My heel is sore." in page
    assert Message.objects.get().author == riverside.patient_user


def test_the_thread_reads_oldest_first_and_calls_your_own_messages_you(
    riverside: ClinicPeople,
) -> None:
    Message.objects.create(patient=riverside.patient, author=riverside.clinician, body="First")
    Message.objects.create(patient=riverside.patient, author=riverside.patient_user, body="Second")

    response = client_for(riverside.patient_user).get(MINE)

    assert [message.body for message in response.context["thread"]] == ["First", "Second"]
    assert "<strong>You</strong>" in response.content.decode()


def test_a_patient_sees_only_their_own_thread(riverside: ClinicPeople) -> None:
    Message.objects.create(patient=riverside.other_patient, body="Not for Pat")

    response = client_for(riverside.patient_user).get(MINE)

    assert list(response.context["thread"]) == []


def test_an_empty_message_is_named_next_to_the_field(riverside: ClinicPeople) -> None:
    response = client_for(riverside.clinician).post(
        thread_url(riverside.patient.pk), {"body": "  "}
    )

    assert response.context["form"].errors["body"] == ["Write your message"]
    assert 'id="id_body_error"' in response.content.decode()
    assert not Message.objects.exists()


def test_a_too_long_message_is_refused_and_kept(riverside: ClinicPeople) -> None:
    response = client_for(riverside.patient_user).post(MINE, {"body": "word " * 1001})

    assert response.context["form"].errors["body"] == [
        "Your message must be 5000 characters or fewer"
    ]
    assert "word word" in response.content.decode()
    assert not Message.objects.exists()


def test_reading_and_writing_are_audited_and_a_message_sent_is_named(
    riverside: ClinicPeople,
) -> None:
    clinician = client_for(riverside.clinician)
    clinician.get(thread_url(riverside.patient.pk))
    client_for(riverside.patient_user).post(MINE, {"body": "Hello"})

    events = AuditEvent.objects.filter(patient=riverside.patient).order_by("at", "id")
    sent = Message.objects.get(patient=riverside.patient)
    assert [(event.actor, event.action, event.object_type) for event in events] == [
        (riverside.clinician, "read", "Patient"),
        (riverside.patient_user, "read", "Patient"),
        (riverside.patient_user, "write", "Message"),
    ]
    assert events.last().object_id == str(sent.pk)  # type: ignore[union-attr]


def test_another_clinics_thread_is_not_found(
    riverside: ClinicPeople, hillside: ClinicPeople
) -> None:
    client = client_for(riverside.clinician)

    assert client.get(thread_url(hillside.patient.pk)).status_code == 404
    assert client.post(thread_url(hillside.patient.pk), {"body": "Hi"}).status_code == 404
    assert not Message.objects.exists()


def test_the_two_message_pages_are_for_their_own_roles(riverside: ClinicPeople) -> None:
    assert (
        client_for(riverside.patient_user).get(thread_url(riverside.patient.pk)).status_code == 403
    )
    assert client_for(riverside.clinician).get(MINE).status_code == 403


def test_anonymous_people_are_sent_to_log_in(riverside: ClinicPeople) -> None:
    for url in (MINE, thread_url(riverside.patient.pk)):
        response = Client().get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_the_patient_page_warns_that_messages_are_not_for_urgent_problems(
    riverside: ClinicPeople,
) -> None:
    page = client_for(riverside.patient_user).get(MINE).content.decode()

    assert "If you need help today, call NHS 111. In an emergency, call 999." in page
