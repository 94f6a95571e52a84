"""A referral letter or summary (to a GP, a physiotherapist or a specialist) from the record.

Every fact comes from the record through the adapters the pages use (follow_up_for, the
clinician area's pathway_advice_for) and every judgement from the core: the caseload flags say
why now, the VISA-A change is read against the clinic's MCID, the pain-monitoring model gives
the load advice, and assess() gives the pathway advice with reasons and sources. Every reason
is the core's clinician wording: the letter is read by clinicians, never by the patient. The
letter numbers its sources the way the clinician's patient page does. Nothing is decided here:
what the letter asks of its recipient follows the advice (referral_purpose), the flags are
told as a letter to another clinician tells them (referral_concerns), and the medicines are the
symptom check's and the daily logs' (referral_medicines).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from pydantic import ValidationError

from achillespath.exercise.pain_monitoring import LoadAction, advise_next_session
from achillespath.intake import Intake, TreatmentKind, TreatmentOutcome
from achillespath.interview import load_interview
from achillespath.labels import in_sentence
from achillespath.monitoring.flags import Flag, FollowUp, caseload_flags, warning_signs_told
from achillespath.monitoring.follow_up import WarningSignReport
from achillespath.result import Disposition
from achillespath.web.follow_up import follow_up_for
from achillespath.web.models import Patient, TreatmentEpisode, User, WarningSignReview
from achillespath.web.pathway_advice import latest_check
from achillespath.web.reports.pdf import render_pdf
from achillespath.web.reports.recipient import Recipient
from achillespath.web.reports.referral_concerns import letter_concerns
from achillespath.web.reports.referral_medicines import MedicineLine, medicine_lines
from achillespath.web.reports.referral_outcomes import (
    PainByWeek,
    ProgrammeSummary,
    VisaAOutcome,
    programme_summary,
    visa_a_outcome,
    weekly_pain,
)
from achillespath.web.reports.referral_purpose import letter_urgency, purpose
from achillespath.web.views.clinician.citations import Citations, Reference
from achillespath.web.views.clinician.pathway_advice import (
    CountedTreatment,
    NoAdvice,
    PathwayAdvice,
    assessed_words,
    pathway_advice_for,
)
from achillespath.web.views.clinician.wording import OUTCOME_NAMES, TREATMENT_NAMES

__all__ = [
    "TEMPLATE",
    "Episode",
    "History",
    "LoadAdviceLine",
    "Recipient",
    "ReferralLetter",
    "letter_filename",
    "referral_letter",
    "referral_pdf",
]

TEMPLATE = "reports/referral_letter.html"
FLUOROQUINOLONE_SOURCES = ("mhra-fluoroquinolones-2019",)  # stop at the first tendon symptom
REPORTED_IN_CHECK = "symptom check"  # CountedTreatment.origin of a treatment the person reported

DISCLAIMER = (
    "Prepared with achillespath, which gives decision support, not a diagnosis. Its advice "
    "follows a pathway that is a draft awaiting clinical safety sign-off. Check each fact with "
    "the patient and use your own clinical judgement."
)


@dataclass(frozen=True)
class History:
    """From the latest symptom check, as the person answered it on `checked_on`."""

    checked_on: dt.date | None
    symptom_weeks: float | None
    onset: str
    pain_sites: tuple[str, ...]
    medicines: tuple[str, ...]


@dataclass(frozen=True)
class Episode:
    """A treatment episode the clinic recorded."""

    name: str
    side: str
    start: dt.date
    end: dt.date | None
    outcome: str
    notes: str

    @property
    def name_in_sentence(self) -> str:
        """ "shockwave therapy (ESWT)": the name inside a sentence, acronyms kept."""
        return in_sentence(self.name)


@dataclass(frozen=True)
class LoadAdviceLine:
    """The pain-monitoring model's advice for the next session, with its clinician wording."""

    action: LoadAction
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ReferralLetter:
    """Everything the letter says. `reference_numbers` numbers the sources of the monitoring
    facts ("concerns", "visa_a", "load_advice", "medicines") in `references`, after the
    advice's own. `urgency` is the advice's disposition, at least urgent while a warning sign
    or a fluoroquinolone reported in a recent log stands; then there is no `load_advice`."""

    recipient: Recipient
    purpose: str
    urgency: Disposition
    written_on: dt.date
    clinic_name: str
    clinic_services: tuple[str, ...]
    author_name: str
    author_email: str
    patient_name: str
    patient_id: int
    nhs_number: str  # spaced as people read it; "" when not recorded
    date_of_birth: dt.date | None
    year_of_birth: int | None
    side: str
    concerns: tuple[Flag, ...]
    concern_texts: tuple[str, ...]  # the concerns as a letter to another clinician says them
    # each sign once, where and when it was reported, and when and by whom it was assessed
    red_flag_reports: tuple[str, ...]
    history: History
    episodes: tuple[Episode, ...]
    programme: ProgrammeSummary | None
    visa_a: VisaAOutcome | None
    weekly_pain: PainByWeek
    load_advice: LoadAdviceLine | None
    medicines: tuple[MedicineLine, ...]
    advice: PathwayAdvice | NoAdvice
    reference_numbers: dict[str, tuple[int, ...]]
    references: tuple[Reference, ...]
    disclaimer: str = DISCLAIMER

    @property
    def withholds_loading(self) -> bool:
        """While a same-day action stands (HAZ-05), the letter gives no load advice."""
        return self.urgency.rank >= Disposition.URGENT.rank

    @property
    def advice_is_less_urgent(self) -> bool:
        """The pathway advice has not weighed a report that still stands (one from a log saved
        before signs were named), so it reads less
        urgent than the letter."""
        return (
            isinstance(self.advice, PathwayAdvice)
            and self.advice.result.disposition.rank < self.urgency.rank
        )

    @property
    def shows_ate(self) -> bool:
        """The ATE verdict goes to a specialist, who would assess for it."""
        return self.recipient is Recipient.SPECIALIST and self.advice.is_available

    @property
    def reported_treatments(self) -> tuple[CountedTreatment, ...]:
        """Treatments the person reported in the symptom check, before the clinic's episodes."""
        if not isinstance(self.advice, PathwayAdvice):
            return ()
        return tuple(t for t in self.advice.treatments if t.origin == REPORTED_IN_CHECK)


def _choice_words(field: str, value: str) -> str:
    """The symptom check's words for an answer, so the letter reads as the person answered."""
    for question in load_interview().questions:
        if question.field == field:
            return next((c.label for c in question.choices if c.value == value), value)
    return value


def _history(patient: Patient) -> History:
    """The latest symptom check's answers (one query); empty when none can be read."""
    latest = latest_check(patient)
    try:
        intake = Intake.model_validate(latest.intake) if latest is not None else None
    except ValidationError:
        intake = None  # a check this pathway can no longer read: the advice says so
    if latest is None or intake is None:
        return History(None, None, "", (), ())
    return History(
        checked_on=timezone.localdate(latest.created_at),
        symptom_weeks=intake.symptom_weeks,
        onset=_choice_words("onset", intake.onset.value) if intake.onset else "",
        pain_sites=tuple(_choice_words("pain_site", site.value) for site in intake.pain_site or ()),
        medicines=intake.medications or (),
    )


def _episodes(patient: Patient) -> tuple[Episode, ...]:
    return tuple(
        Episode(
            name=TREATMENT_NAMES[TreatmentKind(row.kind)],
            side=row.get_side_display(),
            start=row.start_date,
            end=row.end_date,
            outcome=OUTCOME_NAMES[TreatmentOutcome(row.outcome)] if row.outcome else "Not known",
            notes=row.notes.strip(),
        )
        for row in TreatmentEpisode.objects.filter(patient=patient).order_by("start_date", "pk")
    )


def _services(patient: Patient) -> tuple[str, ...]:
    """The second-line services the patient's clinic offers, by name (clinic settings)."""
    offered = patient.clinic.second_line_services
    return tuple(TREATMENT_NAMES[kind] for kind in TreatmentKind if kind.value in offered)


def _cite_monitoring(
    citations: Citations,
    concerns: tuple[Flag, ...],
    visa_a: VisaAOutcome | None,
    load_advice: LoadAdviceLine | None,
    medicines: tuple[MedicineLine, ...],
) -> dict[str, tuple[int, ...]]:
    has_fluoroquinolone = any(medicine.is_fluoroquinolone for medicine in medicines)
    # Two flags may cite one source: the letter gives its number once.
    concern_sources = dict.fromkeys(source for flag in concerns for source in flag.sources)
    return {
        "concerns": citations.numbers(concern_sources),
        "visa_a": citations.numbers(visa_a.change.sources if visa_a else ()),
        "load_advice": citations.numbers(load_advice.sources if load_advice else ()),
        "medicines": citations.numbers(FLUOROQUINOLONE_SOURCES if has_fluoroquinolone else ()),
    }


def _load_advice(follow_up: FollowUp) -> LoadAdviceLine | None:
    if not follow_up.logs:
        return None
    advice = advise_next_session(follow_up.logs)
    return LoadAdviceLine(advice.action, advice.clinician_reason, advice.sources)


def referral_letter(
    patient: Patient, recipient: Recipient, *, author: User, today: dt.date
) -> ReferralLetter:
    """The letter's facts for `patient` as of `today`, written by `author`."""
    follow_up = follow_up_for(patient)
    citations = Citations()
    advice = pathway_advice_for(patient, today, citations)
    concerns = caseload_flags(follow_up, today)
    visa_a = visa_a_outcome(follow_up)
    urgency = letter_urgency(advice, concerns)
    load_advice = _load_advice(follow_up)
    if urgency.rank >= Disposition.URGENT.rank:
        load_advice = None  # no load advice while a same-day action stands (HAZ-05)
    history = _history(patient)
    medicines = medicine_lines(history.medicines, history.checked_on, follow_up.medicine_reports)
    return ReferralLetter(
        recipient=recipient,
        purpose=purpose(recipient, advice, concerns, load_advice.action if load_advice else None),
        urgency=urgency,
        written_on=today,
        clinic_name=patient.clinic.name,
        clinic_services=_services(patient),
        author_name=author.get_full_name() or author.email,
        author_email=author.email,
        patient_name=patient.display_name,
        patient_id=patient.pk,
        nhs_number=patient.nhs_number_spaced,
        date_of_birth=patient.date_of_birth,
        year_of_birth=patient.year_of_birth,
        side=patient.get_side_display() or "Not recorded",
        concerns=concerns,
        concern_texts=letter_concerns(concerns, follow_up, today),
        red_flag_reports=_signs_told(patient, follow_up),
        history=history,
        episodes=_episodes(patient),
        programme=programme_summary(patient, follow_up.logs, today),
        visa_a=visa_a,
        weekly_pain=weekly_pain(follow_up),
        load_advice=load_advice,
        medicines=medicines,
        advice=advice,
        reference_numbers=_cite_monitoring(citations, concerns, visa_a, load_advice, medicines),
        references=citations.references(),
    )


def _signs_told(patient: Patient, follow_up: FollowUp) -> tuple[str, ...]:
    """Each sign reported, where and when (the caseload's words), newest first, with the
    assessment that covered it, if any: the first recorded after it was saved."""
    reviews = WarningSignReview.objects.filter(patient=patient).select_related("reviewed_by")
    oldest_first = sorted(reviews, key=lambda review: review.reviewed_at)
    covered: dict[WarningSignReview | None, list[WarningSignReport]] = {}
    for report in follow_up.every_warning_sign_report:
        review = next((r for r in oldest_first if r.reviewed_at >= report.reported_at), None)
        covered.setdefault(review, []).append(report)
    return tuple(
        f"{told}, {assessed_words(review)}" if review else told
        for review in (None, *reversed(oldest_first))
        for told in warning_signs_told(covered.get(review, ()))
    )


def referral_pdf(letter: ReferralLetter) -> bytes:
    """The letter as a PDF document."""
    return render_pdf(TEMPLATE, {"letter": letter})


def letter_filename(letter: ReferralLetter) -> str:
    """referral-<gp|physio|specialist>-<patient id>-<yyyy-mm-dd>.pdf: one name per recipient,
    so the three letters of a day do not overwrite each other in a downloads folder."""
    return f"referral-{letter.recipient}-{letter.patient_id}-{letter.written_on:%Y-%m-%d}.pdf"
