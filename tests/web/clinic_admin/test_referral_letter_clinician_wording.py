"""A referral letter is read by clinicians: it gives the core's reasons, the load advice and the
caseload flags in the clinician's words, never the advice written to the patient and never a
raw rule id in a sentence (HAZ-20). Sam's record is in vignettes.py."""

from __future__ import annotations

import re

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinic_admin.vignettes import give_sam_a_record, sams_intake
from web.people import ClinicPeople

from achillespath.web.models import Assessment, ExerciseLog
from achillespath.web.reports.referral import TEMPLATE, Recipient, referral_letter

pytestmark = pytest.mark.django_db


def letter_text(people: ClinicPeople, recipient: Recipient = Recipient.GP) -> str:
    letter = referral_letter(
        people.patient, recipient, author=people.clinician, today=timezone.localdate()
    )
    return render_to_string(TEMPLATE, {"letter": letter}).replace("&#x27;", "'")


def sams_letter_text(people: ClinicPeople, recipient: Recipient = Recipient.GP) -> str:
    give_sam_a_record(people.patient, timezone.localdate())
    return letter_text(people, recipient)


def pathway_advice_section(text: str) -> str:
    return text[text.index("<h2>Pathway advice</h2>") : text.index("<h2>Medicines and risk")]


def test_the_pathway_advice_gives_the_clinicians_reasons(riverside: ClinicPeople) -> None:
    text = sams_letter_text(riverside)

    assert "Why: 15 weeks of loading without enough improvement: discuss add-on treatments" in text
    assert "Talk with your GP or physiotherapist about extra treatments" not in text
    assert not re.findall(r"\b(?:you|your)\b", pathway_advice_section(text), re.IGNORECASE)


def test_the_specialist_reads_the_ate_verdict_in_clinician_words(riverside: ClinicPeople) -> None:
    text = sams_letter_text(riverside, Recipient.SPECIALIST)

    assert "<li>Symptoms for at least 13 weeks.</li>" in text
    assert "<li>Pain limits activity.</li>" in text
    assert "The pain limits your activities." not in text


def test_the_load_advice_is_what_the_model_advises_not_what_sam_is_told(
    riverside: ClinicPeople,
) -> None:
    text = sams_letter_text(riverside)

    assert (
        "Pain-monitoring advice for the next session: hold. Hold the load: pain up to 5/10 is "
        "acceptable, but progression waits until pain stays at 2/10 or less."
    ) in text
    assert "Keep the same load." not in text


def test_a_broken_pain_rule_is_told_without_its_rule_id_or_the_patients_ease_off(
    riverside: ClinicPeople,
) -> None:
    # Sam logs today's session at 7/10 before the letter is written.
    ExerciseLog.objects.create(
        patient=riverside.patient, date=timezone.localdate(), sets_done=6, pain_during=7
    )

    text = sams_letter_text(riverside)

    assert (
        "Pain-monitoring rule broken. Pain during exercise 7/10 at the last session, above the "
        "5/10 allowed. The model advises reducing the load."
    ) in text
    assert "(pain_monitoring." not in text
    assert "Ease off next time" not in text


def test_skipped_red_flag_questions_are_named_in_clinician_words(riverside: ClinicPeople) -> None:
    give_sam_a_record(riverside.patient, timezone.localdate())
    # Sam's check, which the letter re-assesses, had left onset and calf swelling unanswered.
    skipped = sams_intake().model_copy(update={"onset": None, "calf_swelling": None})
    Assessment.objects.filter(patient=riverside.patient).update(
        intake=skipped.model_dump(mode="json")
    )

    text = letter_text(riverside)

    assert "Red-flag questions not answered, so not ruled out: sudden onset; calf swelling." in text
    assert "Why: Not answered: sudden onset and calf swelling." in text
    assert "whether your calf is swollen" not in text
