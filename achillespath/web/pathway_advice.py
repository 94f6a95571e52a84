"""The core's pathway advice for a patient's record today: the one place the web builds it.

No rule lives here. The intake the patient gave at their latest symptom check is brought up to
today and merged with the treatment episodes the clinic has recorded and the loading programmes
it has prescribed (the check's own answers first, as they came before it, then the recorded
episodes and the prescribed programmes oldest first, each counted in weeks from its start to
its end, or to today while it goes on, and saying how many weeks ago it began, so an add-on
whose effect is still awaited is not taken as failed; see `prescribed_loading`) and handed to
`achillespath.assessment.assess`. Bringing it up to today means counting the weeks since the
check into how long the pain has lasted: a patient still on the caseload still has the pain,
and rules such as the minimum duration for ATE must see its length now, not on the day of the
check; and, when the record has a date of birth, taking the person's exact age today
(`achillespath.web.patient_age`, HAZ-12) for the age given then, so someone who has since turned
61 counts as over 60 beside a fluoroquinolone (a year of birth alone leaves the check's age, as
it cannot say whether the birthday has passed). Once clinic staff have recorded, after the
check, that the warning signs were assessed (a `WarningSignReview`), the check's red-flag
answers no longer drive the advice: each is taken as not alarming
(`triage.red_flags.with_red_flags_assessed`), as the clinician's judgement now stands, and the
advice says who assessed them, when, and with what note. A warning sign or a
medicine reported in a daily log is added while it stands
(achillespath.monitoring.standing), each sign as the intake answer it stands for, so the core
itself says a snap is urgent and a fluoroquinolone must be stopped, and gives no loading advice
beside them. The current prescribed programme has the outcome the caseload's "no meaningful
improvement" flag judges it by (`achillespath.monitoring.loading_outcome`, from the same
follow-up values the caseload reads), so once judged at its review it counts as improved, with
its VISA-A scores, or as not helped, as the flag says. The clinician's patient page, the
referral letter and the API all read the advice through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone
from pydantic import ValidationError

from achillespath.assessment import assess
from achillespath.dates import DAYS_PER_WEEK, weeks_between
from achillespath.intake import Intake, Treatment, TreatmentKind
from achillespath.monitoring.follow_up import FollowUp
from achillespath.monitoring.loading_outcome import LoadingReview, loading_review
from achillespath.monitoring.standing import standing_medicine_reports, standing_warning_signs
from achillespath.pathway.definition import load_pathway
from achillespath.result import AssessmentResult
from achillespath.triage.red_flags import with_red_flags_assessed
from achillespath.web.daily_log import answers_for_signs, intake_medications
from achillespath.web.follow_up import follow_up_for, treatment_record
from achillespath.web.models import (
    Assessment,
    Patient,
    Prescription,
    TreatmentEpisode,
    WarningSignReview,
)
from achillespath.web.patient_age import PatientAge, patient_age

__all__ = [
    "MAX_TREATMENTS",
    "AdviceBasis",
    "advice_basis",
    "age_today",
    "current_advice_basis",
    "intake_with_treatments",
    "latest_check",
    "pathway_advice_for",
    "prescribed_loading",
    "symptom_weeks_today",
    "treatment_from_episode",
    "with_standing_reports",
]

MAX_TREATMENTS = 50
"""Intake.treatments holds at most 50 episodes; a longer history keeps its newest 50."""
MAX_MEDICATIONS = 50
"""Intake.medications holds at most 50 entries; with the logs' added, the newest 50 are kept."""

MAX_SYMPTOM_WEEKS = 2600  # the intake's upper bound for symptom_weeks (50 years)
MAX_AGE = 120  # the intake's upper bound for age


@dataclass(frozen=True)
class AdviceBasis:
    """What the advice is built from: the latest check, the intake it saved (`reported`), and
    that intake brought up to today with the treatments the clinic recorded or prescribed and
    the logs' standing reports added (`intake`, what the core assesses). `added` says where
    each added treatment came from ("recorded" or "prescribed"), oldest first. `assessed` is
    the record that the check's red flags were assessed, when that is why they no longer drive
    the advice."""

    check: Assessment
    reported: Intake
    intake: Intake
    added: tuple[str, ...]
    assessed: WarningSignReview | None = None


def treatment_from_episode(episode: TreatmentEpisode, today: dt.date) -> Treatment:
    """A recorded episode as the core's Treatment on `today`
    (`achillespath.monitoring.follow_up.TreatmentRecord.as_treatment`)."""
    return treatment_record(episode).as_treatment(today)


def intake_with_treatments(
    intake: Intake,
    episodes: Sequence[TreatmentEpisode],
    prescriptions: Sequence[Prescription],
    today: dt.date,
    review: LoadingReview | None = None,
) -> tuple[Intake, tuple[str, ...]]:
    """The intake with the recorded episodes and prescribed programmes (oldest first) after
    the treatments it reported, the newest kept; and where each added one came from
    ("recorded" or "prescribed"). `review` judges the current programme (`prescribed_loading`).

    Raises pydantic.ValidationError if the result is not a valid intake.
    """
    added = _added_treatments(episodes, prescriptions, today, review)
    merged = _with_treatments(intake, [treatment for _, treatment in added])
    return merged, tuple(origin for origin, _ in added)


def _with_treatments(intake: Intake, added: Sequence[Treatment]) -> Intake:
    """The intake with `added` after the treatments it reported, the newest kept."""
    if not added:
        return intake
    treatments = ((intake.treatments or ()) + tuple(added))[-MAX_TREATMENTS:]
    return Intake.model_validate(
        {**intake.model_dump(), "treatments": [item.model_dump() for item in treatments]}
    )


Span = tuple[dt.date, dt.date]


def prescribed_loading(
    prescriptions: Sequence[Prescription],
    episodes: Sequence[TreatmentEpisode],
    today: dt.date,
    review: LoadingReview | None = None,
) -> list[tuple[dt.date, Treatment]]:
    """Each prescribed programme that has begun, as a loading programme keyed by its start:
    counted from its start to the start of the programme that replaced it (prescribing another
    is how the app stops one) or to today while it runs, less the days a recorded
    loading-programme episode already covers, so the same loading recorded by hand is not
    counted twice. A programme such an episode covers entirely is left out.

    The current (active) programme has the outcome `review` judged it by, with its VISA-A
    scores; a replaced one, or the current one before its review, has no outcome."""
    covers = _merged(
        [
            (episode.start_date, min(episode.end_date or today, today))
            for episode in episodes
            if episode.kind == TreatmentKind.LOADING_PROGRAMME
        ]
    )
    by_creation = sorted(prescriptions, key=lambda item: (item.created_at, item.pk or 0))
    counted = []
    for index, prescription in enumerate(by_creation):
        start = prescription.start_date
        if start > today:
            continue
        replaced = by_creation[index + 1].start_date if index + 1 < len(by_creation) else today
        end = max(start, min(replaced, today))
        days = (end - start).days - sum(_overlap((start, end), cover) for cover in covers)
        if days == 0 and any(begin <= start <= finish for begin, finish in covers):
            continue
        programme = Treatment(
            kind=TreatmentKind.LOADING_PROGRAMME,
            weeks=round(days / DAYS_PER_WEEK, 1),
            weeks_since_start=weeks_between(start, today),
        )
        judged = review if prescription.active else None
        counted.append((start, _judged(programme, judged)))
    return counted


def _judged(programme: Treatment, review: LoadingReview | None) -> Treatment:
    """The programme with the outcome its review judged, and the scores it was judged by."""
    if review is None:
        return programme
    return programme.model_copy(update={"outcome": review.outcome, "visa_a": review.scores})


def _merged(spans: Sequence[Span]) -> list[Span]:
    """Overlapping spans joined, so a day two episodes share is taken off once."""
    joined: list[Span] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _overlap(span: Span, other: Span) -> int:
    """The days two spans share."""
    return max(0, (min(span[1], other[1]) - max(span[0], other[0])).days)


def symptom_weeks_today(intake: Intake, checked_on: dt.date, today: dt.date) -> Intake:
    """The intake with the weeks since the check added to how long the pain had lasted then
    (unchanged when the check did not say how long)."""
    if intake.symptom_weeks is None or today <= checked_on:
        return intake
    elapsed = (today - checked_on).days / DAYS_PER_WEEK
    weeks = min(round(intake.symptom_weeks + elapsed, 1), MAX_SYMPTOM_WEEKS)
    return intake.model_copy(update={"symptom_weeks": weeks})


def age_today(intake: Intake, age: PatientAge | None) -> Intake:
    """The intake with the exact age today when the record knows the date of birth (`age`,
    from `patient_age`; at most the intake's 120, as a date of birth from 1900 allows more),
    otherwise with the age given at the check."""
    if age is None or age.years is None:
        return intake
    return intake.model_copy(update={"age": min(age.years, MAX_AGE)})


def with_standing_reports(intake: Intake, reported: FollowUp) -> Intake:
    """The intake with the warning signs and medicines the logs reported that still stand:
    each sign as its intake answer (replacing the check's), each medicine among the
    medications.

    Raises pydantic.ValidationError if the result is not a valid intake.
    """
    signs = [sign for report in standing_warning_signs(reported) for sign in report.signs]
    answers = answers_for_signs(signs)
    medicines = intake_medications(report.text for report in standing_medicine_reports(reported))
    if medicines:
        answers["medications"] = [*(intake.medications or ()), *medicines][-MAX_MEDICATIONS:]
    if not answers:
        return intake
    return Intake.model_validate({**intake.model_dump(), **answers})


def latest_check(patient: Patient) -> Assessment | None:
    """The patient's latest saved symptom check (one query)."""
    return Assessment.objects.filter(patient=patient).order_by("-created_at", "-pk").first()


def _added_treatments(
    episodes: Sequence[TreatmentEpisode],
    prescriptions: Sequence[Prescription],
    today: dt.date,
    review: LoadingReview | None,
) -> list[tuple[str, Treatment]]:
    """The recorded episodes and the prescribed programmes with their origin, oldest first (on
    the same day, a recorded episode first)."""
    recorded = [
        ((item.start_date, 0, item.pk or 0), ("recorded", treatment_from_episode(item, today)))
        for item in episodes
    ]
    prescribed = [
        ((start, 1, 0), ("prescribed", treatment))
        for start, treatment in prescribed_loading(prescriptions, episodes, today, review)
    ]
    return [item for _, item in sorted(recorded + prescribed, key=lambda pair: pair[0])]


def advice_basis(patient: Patient, check: Assessment, today: dt.date) -> AdviceBasis:
    """The intake to assess for `patient` today from their symptom check `check`: the record
    read as the caseload reads it (`follow_up_for`), with its episodes, prescriptions and
    warning-sign review (a dozen queries at most).

    Raises pydantic.ValidationError when the saved intake no longer fits the core's contract.
    """
    episodes = list(TreatmentEpisode.objects.filter(patient=patient))
    prescriptions = list(Prescription.objects.filter(patient=patient))
    follow_up = follow_up_for(patient)
    review = loading_review(follow_up, today, load_pathway().monitoring)
    reported = Intake.model_validate(check.intake)
    assessed = _assessment_of(patient, check)
    answers = with_red_flags_assessed(reported) if assessed else reported
    checked_on = timezone.localdate(check.created_at)
    age = patient_age(today, patient.year_of_birth, patient.date_of_birth)
    brought_up, added = intake_with_treatments(
        age_today(symptom_weeks_today(answers, checked_on, today), age),
        episodes,
        prescriptions,
        today,
        review,
    )
    return AdviceBasis(
        check=check,
        reported=reported,
        intake=with_standing_reports(brought_up, follow_up),
        added=added,
        assessed=assessed if answers is not reported else None,
    )


def _assessment_of(patient: Patient, check: Assessment) -> WarningSignReview | None:
    """The first record, saved after the check, that the patient's warning signs were
    assessed: the one that covered the check's red flags (one query)."""
    return (
        WarningSignReview.objects.filter(patient=patient, reviewed_at__gte=check.created_at)
        .select_related("reviewed_by")
        .order_by("reviewed_at", "pk")
        .first()
    )


def current_advice_basis(patient: Patient, today: dt.date) -> AdviceBasis | None:
    """What the advice for the record today is built from; None without a readable symptom
    check."""
    check = latest_check(patient)
    if check is None:
        return None
    try:
        return advice_basis(patient, check, today)
    except ValidationError:
        return None


def pathway_advice_for(patient: Patient, today: dt.date) -> AssessmentResult | None:
    """The core's assessment of the record today; None without a readable symptom check."""
    basis = current_advice_basis(patient, today)
    return None if basis is None else assess(basis.intake)
