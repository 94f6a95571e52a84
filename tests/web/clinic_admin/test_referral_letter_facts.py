"""The letter says who, why now, the history, what was tried, the outcomes against the clinic's
MCID, the core's pathway advice and the medicines, for Sam's record (vignettes.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from web.clinic_admin.vignettes import give_sam_a_record
from web.clinician.records import prescribe, save_check
from web.people import ClinicPeople

from achillespath.labels import label
from achillespath.monitoring.flags import FlagKind
from achillespath.web.models import ExerciseLog, TreatmentEpisode
from achillespath.web.reports.referral import (
    TEMPLATE,
    Recipient,
    ReferralLetter,
    letter_filename,
    referral_letter,
)

pytestmark = pytest.mark.django_db


def sams_letter(people: ClinicPeople, recipient: Recipient = Recipient.GP) -> ReferralLetter:
    today = timezone.localdate()
    give_sam_a_record(people.patient, today)
    return referral_letter(people.patient, recipient, author=people.clinician, today=today)


def gp_letter(people: ClinicPeople) -> ReferralLetter:
    """The GP letter for the record as it stands today."""
    return referral_letter(
        people.patient, Recipient.GP, author=people.clinician, today=timezone.localdate()
    )


def html(letter: ReferralLetter) -> str:
    return render_to_string(TEMPLATE, {"letter": letter})


def test_the_letter_names_the_patient_the_clinic_and_the_author(riverside: ClinicPeople) -> None:
    letter = sams_letter(riverside)

    assert (letter.patient_name, letter.clinic_name, letter.author_email) == (
        "Pat",
        "Riverside Clinic",
        "clinician@riverside.example",
    )
    assert letter_filename(letter) == (
        f"referral-gp-{riverside.patient.pk}-{timezone.localdate():%Y-%m-%d}.pdf"
    )


def test_why_now_is_the_caseload_flag_no_meaningful_improvement_at_12_weeks(
    riverside: ClinicPeople,
) -> None:
    letter = sams_letter(riverside)

    assert [flag.kind for flag in letter.concerns] == [FlagKind.NO_MEANINGFUL_IMPROVEMENT]
    assert "VISA-A went from 48 to 55" in html(letter)


def test_the_history_is_the_symptom_check_as_the_patient_answered_it(
    riverside: ClinicPeople,
) -> None:
    history = sams_letter(riverside).history

    assert history.symptom_weeks == 20
    assert history.onset == "Gradually, over days or weeks"
    assert history.pain_sites == ("The tendon itself, a few centimetres above the heel",)
    assert history.checked_on == timezone.localdate() - dt.timedelta(weeks=15)


def test_what_was_tried_lists_reported_treatments_episodes_and_adherence(
    riverside: ClinicPeople,
) -> None:
    letter = sams_letter(riverside)
    page = html(letter)

    assert [(t.name, t.weeks, t.outcome) for t in letter.reported_treatments] == [
        ("Heel lifts", 4, "No change")
    ]
    assert [(e.name, e.side, e.end, e.outcome) for e in letter.episodes] == [
        ("Loading programme", "Right", None, "Not known")
    ]
    assert letter.programme is not None
    # 12 weeks of 7 days, one of them a rest day; then 3 more weeks of the same.
    programme = letter.programme
    assert (programme.days_prescribed, programme.days_logged, programme.days_logged_after) == (
        84,
        72,
        18,
    )
    assert "prescribed exercise on 84 days; exercise was logged on 72 days." in page
    # The 84th day is the last of the 12 weeks: they ended on it, not the day after.
    last_day = timezone.localdate() - dt.timedelta(weeks=15) + dt.timedelta(days=83)
    assert (
        f"Since its scheduled weeks ended on {last_day:%-d %b %Y}, exercise was logged on 18 more "
        "days."
    ) in " ".join(page.split())


def test_the_visa_a_change_is_read_against_the_clinics_mcid(riverside: ClinicPeople) -> None:
    letter = sams_letter(riverside)

    assert letter.visa_a is not None
    change = letter.visa_a.change
    assert (change.baseline, change.follow_up, change.delta) == (48, 55, 7)
    assert (change.mcid, change.is_meaningful) == (14, False)
    assert (
        "This is less than the clinic's minimal clinically important difference (MCID) of 14 points"
        in (html(letter))
    )


def test_a_clinic_with_a_smaller_mcid_reads_the_same_change_as_meaningful(
    riverside: ClinicPeople,
) -> None:
    riverside.clinic.visa_a_mcid = 7
    riverside.clinic.save()
    riverside.patient.refresh_from_db()

    letter = sams_letter(riverside)

    assert letter.visa_a is not None
    assert (letter.visa_a.change.mcid, letter.visa_a.change.is_meaningful) == (7, True)
    assert (
        "This reaches the clinic's minimal clinically important difference (MCID) of 7 points"
        in (html(letter))
    )


def test_the_pain_trend_and_the_load_advice_come_from_the_logs(riverside: ClinicPeople) -> None:
    letter = sams_letter(riverside)

    assert [row.week for row in letter.weekly_pain.rows] == [8, 9, 10, 11, 12, 13, 14, 15]
    assert {(row.mean, row.logs) for row in letter.weekly_pain.rows} == {(3.0, 7)}
    assert letter.load_advice is not None
    assert letter.load_advice.action == "hold"


def test_the_pathway_advice_is_the_cores_after_15_weeks_of_loading(
    riverside: ClinicPeople,
) -> None:
    letter = sams_letter(riverside)
    page = html(letter)

    assert letter.advice.is_available
    assert "Urgency: routine." in page
    assert "15 weeks of loading without enough improvement: discuss add-on treatments" in page
    assert "Shockwave therapy (ESWT)" in page
    assert "Pathway version 2026." in page


def test_only_the_specialist_letter_gives_the_ate_verdict_with_its_reasons(
    riverside: ClinicPeople,
) -> None:
    specialist = html(sams_letter(riverside, Recipient.SPECIALIST))
    gp = html(
        referral_letter(
            riverside.patient, Recipient.GP, author=riverside.clinician, today=timezone.localdate()
        )
    )

    assert "Achilles tendon embolisation (ATE): Worth an ATE assessment." in specialist
    assert "Symptoms for at least 13 weeks." in specialist
    assert "Achilles tendon embolisation (ATE): Worth" not in gp


def test_medicines_risk_factors_sources_and_the_disclaimer_are_in_the_letter(
    riverside: ClinicPeople,
) -> None:
    page = html(sams_letter(riverside))

    assert '<li>Atorvastatin 20 mg <span class="muted">(symptom check,' in page
    assert label("risk_factors", "statin") in page
    assert "Dutch multidisciplinary guideline on Achilles tendinopathy" in page
    assert "decision support, not a diagnosis" in page


def test_a_fluoroquinolone_logged_after_the_check_is_weighed_while_it_stands(
    riverside: ClinicPeople,
) -> None:
    # The levofloxacin logged later stands until it is assessed, so the advice weighs it.
    save_check(riverside.patient, medications=None)
    ExerciseLog.objects.create(
        patient=riverside.patient,
        date=timezone.localdate(),
        sets_done=3,
        pain_during=2,
        new_medicines="levofloxacin",
    )

    page = html(
        referral_letter(
            riverside.patient, Recipient.GP, author=riverside.clinician, today=timezone.localdate()
        )
    )

    assert "levofloxacin" in page
    assert "Risk factors found in the symptom check: none." not in page
    assert "Takes a fluoroquinolone antibiotic" in page


@pytest.mark.parametrize(
    ("recipient", "addressed_to"),
    [
        (Recipient.GP, "To: The patient&#x27;s GP"),
        (Recipient.PHYSIO, "Referral for physiotherapy: please continue the calf-loading"),
        (Recipient.SPECIALIST, "Referral for a specialist opinion on second-line treatment"),
    ],
)
def test_each_recipient_gets_its_own_reason_for_writing(
    riverside: ClinicPeople, recipient: Recipient, addressed_to: str
) -> None:
    assert addressed_to in html(sams_letter(riverside, recipient))


def test_a_new_patient_with_nothing_recorded_gets_an_honest_empty_letter(
    riverside: ClinicPeople,
) -> None:
    letter = referral_letter(
        riverside.other_patient, Recipient.GP, author=riverside.admin, today=timezone.localdate()
    )
    page = html(letter)

    assert (letter.programme, letter.visa_a, letter.load_advice) == (None, None, None)
    assert not letter.advice.is_available
    assert "No symptom check is on the record." in page
    assert "fewer than two questionnaires on the record" in page


def test_the_letter_names_the_second_line_services_this_clinic_offers(
    riverside: ClinicPeople,
) -> None:
    riverside.clinic.second_line_services = ["ate", "eswt"]
    riverside.clinic.save()
    riverside.patient.refresh_from_db()

    letter = sams_letter(riverside)

    assert letter.clinic_services == (
        "Shockwave therapy (ESWT)",
        "Achilles tendon embolisation (ATE)",
    )
    assert "Second-line services offered at Riverside Clinic: Shockwave therapy (ESWT)," in html(
        letter
    )


def test_medicines_from_the_logs_are_listed_dated_with_a_fluoroquinolone_marked(
    riverside: ClinicPeople,
) -> None:
    # Grace's check listed no medicines; a daily log later named ciprofloxacin.
    save_check(riverside.patient, medications=None)
    ExerciseLog.objects.create(
        patient=riverside.patient,
        date=dt.date(2026, 11, 19),
        sets_done=3,
        pain_during=2,
        new_medicines="Ciprofloxacin for a chest infection",
    )

    letter = referral_letter(
        riverside.patient, Recipient.GP, author=riverside.clinician, today=dt.date(2026, 11, 21)
    )
    page = " ".join(html(letter).split())

    assert [(m.text, m.reported_in, m.is_fluoroquinolone) for m in letter.medicines] == [
        ("Ciprofloxacin for a chest infection", "daily log", True)
    ]
    assert "none recorded" not in page
    assert (
        '<li>Ciprofloxacin for a chest infection <span class="muted">(daily log, 19 Nov 2026)'
        "</span>: <strong>a fluoroquinolone antibiotic</strong>"
    ) in page
    assert "Drug Safety Update" in page  # the MHRA source is cited


def test_a_record_with_no_medicines_anywhere_says_so(riverside: ClinicPeople) -> None:
    save_check(riverside.patient, medications=None)

    page = html(gp_letter(riverside))

    assert "Medicines: none reported in the symptom check or in the daily logs." in page


def test_the_pain_table_says_which_weeks_it_shows(riverside: ClinicPeople) -> None:
    letter = sams_letter(riverside)

    assert letter.weekly_pain.weeks_left_out == 7
    assert "Pain by programme week: weeks 8–15 of 15; earlier weeks are in the record." in html(
        letter
    )


def test_a_short_pain_table_shows_every_week_without_a_note(riverside: ClinicPeople) -> None:
    save_check(riverside.patient)
    for day in (20, 13, 6):
        ExerciseLog.objects.create(
            patient=riverside.patient,
            date=timezone.localdate() - dt.timedelta(days=day),
            sets_done=6,
            pain_during=3,
        )

    letter = gp_letter(riverside)

    assert [row.week for row in letter.weekly_pain.rows] == [1, 2, 3]
    assert "earlier weeks are in the record" not in html(letter)


def test_the_notes_on_a_treatment_episode_are_in_what_has_been_tried(
    riverside: ClinicPeople,
) -> None:
    today = timezone.localdate()
    give_sam_a_record(riverside.patient, today)
    TreatmentEpisode.objects.filter(patient=riverside.patient).update(
        notes="Technique checked.\nMoved to the floor variant for heel pain.  "
    )

    letter = gp_letter(riverside)
    page = html(letter)

    assert [episode.notes for episode in letter.episodes] == [
        "Technique checked.\nMoved to the floor variant for heel pain."
    ]
    start = f"{today - dt.timedelta(weeks=15):%-d %b %Y}"
    assert f"Notes on loading programme from {start}: Technique checked." in page


@pytest.mark.parametrize(("side", "words"), [("both", "both sides"), ("left", "left side")])
def test_the_programme_line_names_the_side_as_a_sentence_says_it(
    riverside: ClinicPeople, side: str, words: str
) -> None:
    save_check(riverside.patient, symptom_weeks=6)
    prescribe(riverside.patient, side=side)

    html = render_to_string(TEMPLATE, {"letter": gp_letter(riverside)})

    assert f"Current programme: Heavy-load heel-lowering (Alfredson programme), {words}, from" in (
        " ".join(html.split())
    )


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("eswt", "Notes on shockwave therapy (ESWT) from"),
        ("ate", "Notes on Achilles tendon embolisation (ATE) from"),
        ("prp_injection", "Notes on platelet-rich plasma (PRP) injection from"),
    ],
)
def test_the_notes_on_an_episode_name_its_treatment_with_acronyms_in_capitals(
    riverside: ClinicPeople, kind: str, words: str
) -> None:
    TreatmentEpisode.objects.create(
        patient=riverside.patient,
        kind=kind,
        side="right",
        start_date=timezone.localdate() - dt.timedelta(weeks=20),
        notes="Seen at the regional centre.",
    )

    page = html(gp_letter(riverside))

    assert f"{words} " in page
    assert words.lower() not in page
