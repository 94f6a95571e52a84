"""The core's pathway advice for a patient's record today: the one place the web builds it.

No rule lives here. The intake the patient gave at their latest symptom check is brought up to
today and merged with the treatment episodes the clinic has recorded (the check's own answers
first, as they came before it, then the recorded episodes oldest first, each counted in weeks
from its start to its end, or to today while it goes on) and handed to
`achillespath.assessment.assess`. Bringing it up to today means counting the weeks since the
check into how long the pain has lasted: a patient still on the caseload still has the pain,
and rules such as the minimum duration for ATE must see its length now, not on the day of the
check. Once clinic staff have recorded, after the check, that the warning signs were assessed
(a `WarningSignReview`), the check's red-flag answers no longer drive the advice: each is taken
as not alarming (`triage.red_flags.with_red_flags_assessed`), as the clinician's judgement now
stands, and the advice says who assessed them, when, and with what note. A warning sign or a
medicine reported in a daily log is added while it stands
(achillespath.monitoring.standing), each sign as the intake answer it stands for, so the core
itself says a snap is urgent and a fluoroquinolone must be stopped, and gives no loading advice
beside them. The clinician's patient page, the referral letter and the API all read the advice
through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone
from pydantic import ValidationError

from achillespath.assessment import assess
from achillespath.intake import Intake, Treatment, TreatmentKind, TreatmentOutcome
from achillespath.monitoring.follow_up import FollowUp
from achillespath.monitoring.standing import standing_medicine_reports, standing_warning_signs
from achillespath.result import AssessmentResult
from achillespath.triage.red_flags import with_red_flags_assessed
from achillespath.web.daily_log import answers_for_signs, intake_medications
from achillespath.web.follow_up import reported_follow_up
from achillespath.web.models import Assessment, Patient, TreatmentEpisode, WarningSignReview

__all__ = [
    "MAX_TREATMENTS",
    "AdviceBasis",
    "advice_basis",
    "intake_with_episodes",
    "latest_check",
    "pathway_advice_for",
    "symptom_weeks_today",
    "treatment_from_episode",
    "with_standing_reports",
]

MAX_TREATMENTS = 50
"""Intake.treatments holds at most 50 episodes; a longer history keeps its newest 50."""
MAX_MEDICATIONS = 50
"""Intake.medications holds at most 50 entries; with the logs' added, the newest 50 are kept."""

DAYS_PER_WEEK = 7
MAX_SYMPTOM_WEEKS = 2600  # the intake's upper bound for symptom_weeks (50 years)


@dataclass(frozen=True)
class AdviceBasis:
    """What the advice is built from: the latest check, the intake it saved (`reported`), and
    that intake brought up to today with `recorded` treatment episodes and the logs' standing
    reports added (`intake`, what the core assesses). `assessed` is the record that the check's
    red flags were assessed, when that is why they no longer drive the advice."""

    check: Assessment
    reported: Intake
    intake: Intake
    recorded: int
    assessed: WarningSignReview | None = None


def treatment_from_episode(episode: TreatmentEpisode, today: dt.date) -> Treatment:
    """A recorded episode as the core's Treatment: weeks from start to end (or to today while
    ongoing; never below 0), and its outcome if known."""
    end = episode.end_date or today
    weeks = max(0, (end - episode.start_date).days) / DAYS_PER_WEEK
    return Treatment(
        kind=TreatmentKind(episode.kind),
        weeks=round(weeks, 1),
        outcome=TreatmentOutcome(episode.outcome) if episode.outcome else None,
    )


def intake_with_episodes(
    intake: Intake, episodes: Sequence[TreatmentEpisode], today: dt.date
) -> Intake:
    """The intake with the recorded episodes (oldest first) after the treatments it reported.

    Raises pydantic.ValidationError if the result is not a valid intake.
    """
    ordered = sorted(episodes, key=lambda episode: (episode.start_date, episode.pk or 0))
    recorded = tuple(treatment_from_episode(episode, today) for episode in ordered)
    if not recorded:
        return intake
    treatments = ((intake.treatments or ()) + recorded)[-MAX_TREATMENTS:]
    return Intake.model_validate(
        {**intake.model_dump(), "treatments": [item.model_dump() for item in treatments]}
    )


def symptom_weeks_today(intake: Intake, checked_on: dt.date, today: dt.date) -> Intake:
    """The intake with the weeks since the check added to how long the pain had lasted then
    (unchanged when the check did not say how long)."""
    if intake.symptom_weeks is None or today <= checked_on:
        return intake
    elapsed = (today - checked_on).days / DAYS_PER_WEEK
    weeks = min(round(intake.symptom_weeks + elapsed, 1), MAX_SYMPTOM_WEEKS)
    return intake.model_copy(update={"symptom_weeks": weeks})


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


def advice_basis(patient: Patient, check: Assessment, today: dt.date) -> AdviceBasis:
    """The intake to assess for `patient` today from their symptom check `check` (six
    queries at most).

    Raises pydantic.ValidationError when the saved intake no longer fits the core's contract.
    """
    episodes = list(TreatmentEpisode.objects.filter(patient=patient))
    reported = Intake.model_validate(check.intake)
    assessed = _assessment_of(patient, check)
    answers = with_red_flags_assessed(reported) if assessed else reported
    checked_on = timezone.localdate(check.created_at)
    brought_up = intake_with_episodes(
        symptom_weeks_today(answers, checked_on, today), episodes, today
    )
    return AdviceBasis(
        check=check,
        reported=reported,
        intake=with_standing_reports(brought_up, reported_follow_up(patient)),
        recorded=len(episodes),
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


def pathway_advice_for(patient: Patient, today: dt.date) -> AssessmentResult | None:
    """The core's assessment of the record today; None without a readable symptom check."""
    check = latest_check(patient)
    if check is None:
        return None
    try:
        basis = advice_basis(patient, check, today)
    except ValidationError:
        return None
    return assess(basis.intake)
