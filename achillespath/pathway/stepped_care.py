"""The stepped care pathway: where the person is on it, and what comes next.

Only used when no red flag is raised and the person is an adult. Treatments are listed oldest
first. The stage is a ladder of early returns, one reason per rung (thresholds from
pathway.toml, in weeks):

1. latest treatment resolved the pain -> RESOLVED (self-care, prevention advice);
2. latest treatment improved it -> IMPROVING (self-care, keep going, no escalation; when the
   outcome was judged from the VISA-A, the reason gives the scores and the MCID);
3. no loading programme or physiotherapy yet, and under self_care_weeks (1) of symptoms and of
   other treatment (or unknown) -> SELF_CARE (bupa-2022);
4. still no loading programme or physiotherapy -> START_LOADING (routine);
5. the latest treatment is an add-on (ESWT, PRP, autologous blood, dry needling, high-volume
   injection, ATE) with no outcome yet that began under add_on_outcome_weeks (12) ago ->
   AWAITING_ADD_ON (routine: keep loading, record its outcome when known; Dutch guideline, ATM
   trial, ATE follow-up schedule), so neither a new add-on list nor a surgical referral follows
   an add-on the day it begins. When it is not known when it began, this rung is skipped;
6. failed loading under add_on_options_after_loading_weeks (12) -> CONTINUE_LOADING, judged
   only after loading_programme_weeks (12; Dutch guideline, Alfredson);
7. failed active treatment of at least surgical_referral_after_active_treatment_weeks (26)
   -> SURGICAL_REFERRAL, with the add-on options (Dutch guideline: surgery after 6 months);
8. otherwise -> ADD_ON_OPTIONS (discuss add-ons honestly; an add-on already tried is not
   offered again, and ATE only when pathway.ate says it is worth assessing).

How long the pain has lasted at least (`weeks_of_pain`, for ATE): the weeks the person gave, or
the longest single treatment episode if that is longer, since pain treated for that long has
lasted that long. Only the longest episode is certain: episodes often run side by side (heel lifts
and less running in the same week), so their sum is not. When an episode is longer than the weeks
given, the two disagree (often an episode recorded later against a duration reported at the
check): the advice counts the longer, says so, and asks for a routine check of when the pain
began (rule stepped_care.duration_shorter_than_treatment), so the surgical rung and the ATE
verdict never read one figure each. The self-care rung keeps the cautious sum (sooner to a
clinician).

Counting weeks (see `treatment_history`): an episode counts as failed unless its outcome was
resolved or improved (an episode with no outcome counts as failed: the person is still asking
for help); an episode with no weeks counts as 0 weeks. Failed loading = the longer of the
failed physiotherapy weeks and the failed loading-programme weeks, because they are usually the
same programme reported twice. Failed active treatment = failed loading plus the failed weeks
of every other active treatment (ESWT, PRP, autologous blood, dry needling, high-volume
injection, ATE).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from achillespath.intake import Intake, PainSite, Treatment, TreatmentKind, TreatmentOutcome
from achillespath.pathway.rulebook import Advice, Fact, Rulebook, Thresholds
from achillespath.result import Disposition, Recommendation

__all__ = [
    "HELPED",
    "CareStage",
    "TreatmentHistory",
    "awaited_add_on",
    "care_stage",
    "stepped_care_advice",
    "treatment_history",
    "weeks_of_pain",
]

HELPED = frozenset({TreatmentOutcome.RESOLVED, TreatmentOutcome.IMPROVED})
"""The outcomes of a treatment that helped: as the latest, they put the person on the resolved or
improving rung."""
_LOADING = (TreatmentKind.PHYSIOTHERAPY, TreatmentKind.LOADING_PROGRAMME)
_OTHER_ACTIVE = frozenset(
    {
        TreatmentKind.ESWT,
        TreatmentKind.PRP_INJECTION,
        TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION,
        TreatmentKind.DRY_NEEDLING,
        TreatmentKind.HIGH_VOLUME_INJECTION,
        TreatmentKind.ATE,
    }
)
_CONSERVATIVE = frozenset(
    {
        *_LOADING,
        TreatmentKind.ACTIVITY_MODIFICATION,
        TreatmentKind.CORTICOSTEROID_INJECTION,
        TreatmentKind.PRP_INJECTION,
        TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION,
        TreatmentKind.HIGH_VOLUME_INJECTION,
    }
)


class CareStage(StrEnum):
    RESOLVED = "resolved"
    IMPROVING = "improving"
    SELF_CARE = "self_care"
    START_LOADING = "start_loading"
    AWAITING_ADD_ON = "awaiting_add_on"
    CONTINUE_LOADING = "continue_loading"
    ADD_ON_OPTIONS = "add_on_options"
    SURGICAL_REFERRAL = "surgical_referral"


class TreatmentHistory(NamedTuple):
    """What the treatments tried add up to (weeks without enough improvement)."""

    latest: Treatment | None
    kinds_tried: frozenset[TreatmentKind]
    failed_loading_weeks: float
    failed_active_weeks: float
    failed_conservative_weeks: float
    weeks_tried: float
    longest_weeks: float  # the longest single episode

    @property
    def latest_outcome(self) -> TreatmentOutcome | None:
        return self.latest.outcome if self.latest else None

    @property
    def has_loading(self) -> bool:
        return not self.kinds_tried.isdisjoint(_LOADING)


_NOTHING_TRIED = TreatmentHistory(
    latest=None,
    kinds_tried=frozenset(),
    failed_loading_weeks=0.0,
    failed_active_weeks=0.0,
    failed_conservative_weeks=0.0,
    weeks_tried=0.0,
    longest_weeks=0.0,
)


def treatment_history(treatments: tuple[Treatment, ...] | None) -> TreatmentHistory:
    """Sum up the treatments tried, oldest first (see the module docstring for the counting)."""
    if not treatments:
        return _NOTHING_TRIED
    failed: dict[TreatmentKind, float] = {}
    total = 0.0
    for treatment in treatments:
        weeks = treatment.weeks or 0.0
        total += weeks
        if treatment.outcome not in HELPED:
            failed[treatment.kind] = failed.get(treatment.kind, 0.0) + weeks
    loading = max(
        failed.get(TreatmentKind.PHYSIOTHERAPY, 0.0),
        failed.get(TreatmentKind.LOADING_PROGRAMME, 0.0),
    )
    other_active = 0.0
    conservative = 0.0  # the longest, not the sum
    for kind, weeks in failed.items():
        if kind in _OTHER_ACTIVE:
            other_active += weeks
        if kind in _CONSERVATIVE and weeks > conservative:
            conservative = weeks
    return TreatmentHistory(
        latest=treatments[-1],
        kinds_tried=frozenset([treatment.kind for treatment in treatments]),
        failed_loading_weeks=loading,
        failed_active_weeks=loading + other_active,
        failed_conservative_weeks=conservative,
        weeks_tried=total,
        longest_weeks=max(treatment.weeks or 0.0 for treatment in treatments),
    )


def weeks_of_pain(intake: Intake, history: TreatmentHistory) -> float | None:
    """How long the pain has lasted at least, in weeks: the weeks given, or the longest single
    treatment episode if longer. None when neither is known (no weeks given, nothing timed)."""
    given = intake.symptom_weeks
    if given is None:
        return history.longest_weeks or None
    return max(given, history.longest_weeks)


def care_stage(intake: Intake, history: TreatmentHistory, book: Rulebook) -> CareStage:
    """Where this person is on the stepped care pathway (the ladder in the module docstring)."""
    limits = book.thresholds
    if history.latest_outcome is TreatmentOutcome.RESOLVED:
        return CareStage.RESOLVED
    if history.latest_outcome is TreatmentOutcome.IMPROVED:
        return CareStage.IMPROVING
    if not history.has_loading:
        weeks = max(intake.symptom_weeks or 0.0, history.weeks_tried)
        is_new = weeks < limits.self_care_weeks
        return CareStage.SELF_CARE if is_new else CareStage.START_LOADING
    return _stage_after_loading(history, limits)


def _stage_after_loading(history: TreatmentHistory, limits: Thresholds) -> CareStage:
    """Rungs 5 to 8 of the ladder: loading has been tried."""
    if _is_add_on_awaited(history.latest, limits.add_on_outcome_weeks):
        return CareStage.AWAITING_ADD_ON
    if history.failed_loading_weeks < limits.add_on_options_after_loading_weeks:
        return CareStage.CONTINUE_LOADING
    if history.failed_active_weeks >= limits.surgical_referral_after_active_treatment_weeks:
        return CareStage.SURGICAL_REFERRAL
    return CareStage.ADD_ON_OPTIONS


def _is_add_on_awaited(latest: Treatment | None, outcome_weeks: float) -> bool:
    """An add-on with no outcome yet that began under `outcome_weeks` ago (its start known)."""
    if latest is None or latest.kind not in _OTHER_ACTIVE or latest.outcome is not None:
        return False
    return latest.weeks_since_start is not None and latest.weeks_since_start < outcome_weeks


def _weeks(value: float) -> str:
    return f"{value:g}"


# How the awaited add-on is named: in the patient's sentence after "Your", and at the start of
# the clinician's.
_ADD_ON_NAMES = {
    TreatmentKind.ESWT: Fact("shockwave therapy", "ESWT"),
    TreatmentKind.PRP_INJECTION: Fact("platelet-rich plasma (PRP) injection", "PRP injection"),
    TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION: Fact(
        "injection of your own blood", "Autologous blood injection"
    ),
    TreatmentKind.DRY_NEEDLING: Fact("dry needling", "Dry needling"),
    TreatmentKind.HIGH_VOLUME_INJECTION: Fact("high-volume injection", "High-volume injection"),
    TreatmentKind.ATE: Fact("tendon embolisation (ATE)", "ATE"),
}


def awaited_add_on(latest: Treatment | None, book: Rulebook) -> Recommendation | None:
    """The advice of the `awaiting_add_on` rung when `latest`, the latest treatment, is an
    add-on whose effect is awaited (rung 5 of the ladder); None otherwise. The caseload's "no
    meaningful improvement" flag says the same meanwhile."""
    if not _is_add_on_awaited(latest, book.thresholds.add_on_outcome_weeks):
        return None
    return _awaiting_add_on(latest, book)


def _awaiting_add_on(add_on: Treatment | None, book: Rulebook) -> Recommendation:
    """Which add-on is awaited and how long ago it began (whole weeks read "4 weeks ago")."""
    assert add_on is not None and add_on.weeks_since_start is not None  # the rung's condition
    weeks = add_on.weeks_since_start
    began = (
        "less than a week ago"
        if weeks < 1
        else f"{_weeks(weeks)} week{'' if weeks == 1 else 's'} ago"
    )
    return book.recommend(
        "stepped_care.awaiting_add_on", add_on=_ADD_ON_NAMES[add_on.kind], began=began
    )


def _loading_variant(intake: Intake, book: Rulebook) -> Recommendation:
    sites = intake.pain_site or ()
    if PainSite.INSERTION in sites:  # both sites: start with the floor-level version
        return book.recommend("stepped_care.loading_insertional")
    if PainSite.MIDPORTION in sites:
        return book.recommend("stepped_care.loading_midportion")
    return book.recommend("stepped_care.loading_site_unknown")


def _improving(history: TreatmentHistory, book: Rulebook) -> Recommendation:
    """Keep going; with the VISA-A scores the improvement was judged by, when it was."""
    scores = history.latest.visa_a if history.latest else None
    if scores is None:
        return book.recommend("stepped_care.improving")
    return book.recommend(
        "stepped_care.improved_on_visa_a",
        visa_a_first=str(scores.first),
        visa_a_latest=str(scores.latest),
        mcid=f"{scores.mcid:g}",
    )


# An add-on already tried is not offered again.
_ADD_ONS = (
    ("stepped_care.eswt", frozenset({TreatmentKind.ESWT})),
    (
        "stepped_care.prp_or_blood_injection",
        frozenset({TreatmentKind.PRP_INJECTION, TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION}),
    ),
    ("stepped_care.dry_needling", frozenset({TreatmentKind.DRY_NEEDLING})),
)


def _ate_option(intake: Intake, history: TreatmentHistory, book: Rulebook) -> list[Recommendation]:
    if TreatmentKind.ATE in history.kinds_tried:
        return []
    option = [book.recommend("stepped_care.ate_assessment")]
    if intake.prefers_non_surgical:
        option.append(book.recommend("stepped_care.ate_prefers_non_surgical"))
    if intake.surgery_unsuitable:
        option.append(book.recommend("stepped_care.ate_surgery_unsuitable"))
    return option


def _add_on_options(
    intake: Intake, history: TreatmentHistory, is_ate_worth_assessing: bool, book: Rulebook
) -> list[Recommendation]:
    loading_weeks = _weeks(history.failed_loading_weeks)
    options = [
        book.recommend("stepped_care.add_on_discussion", loading_weeks=loading_weeks),
        book.recommend("stepped_care.keep_loading"),
    ]
    options += [
        book.recommend(rule) for rule, kinds in _ADD_ONS if history.kinds_tried.isdisjoint(kinds)
    ]
    if is_ate_worth_assessing:
        options += _ate_option(intake, history, book)
    return options


def _surgical_option(
    intake: Intake, history: TreatmentHistory, book: Rulebook
) -> list[Recommendation]:
    reasons_against = []
    if intake.prefers_non_surgical:
        reasons_against.append(book.recommend("stepped_care.surgery_not_listed_preference"))
    if intake.surgery_unsuitable:
        reasons_against.append(book.recommend("stepped_care.surgery_not_listed_unsuitable"))
    if reasons_against:
        return reasons_against
    active_weeks = _weeks(history.failed_active_weeks)
    return [book.recommend("stepped_care.surgical_referral", active_weeks=active_weeks)]


_ONE_FIXED_RULE = {
    CareStage.RESOLVED: "stepped_care.resolved",
    CareStage.SELF_CARE: "stepped_care.self_care_first",
}


def _stage_recommendations(
    stage: CareStage,
    intake: Intake,
    history: TreatmentHistory,
    is_ate_worth_assessing: bool,
    book: Rulebook,
) -> list[Recommendation]:
    if stage in _ONE_FIXED_RULE:
        return [book.recommend(_ONE_FIXED_RULE[stage])]
    match stage:
        case CareStage.IMPROVING:
            return [_improving(history, book)]
        case CareStage.START_LOADING:
            return [
                book.recommend("stepped_care.start_loading"),
                _loading_variant(intake, book),
                book.recommend("stepped_care.self_care_continues"),
            ]
        case CareStage.AWAITING_ADD_ON:
            return [_awaiting_add_on(history.latest, book)]
        case CareStage.CONTINUE_LOADING:
            loading_weeks = _weeks(history.failed_loading_weeks)
            return [
                book.recommend("stepped_care.continue_loading", loading_weeks=loading_weeks),
                book.recommend("stepped_care.loading_check"),
            ]
    options = _add_on_options(intake, history, is_ate_worth_assessing, book)
    if stage is CareStage.SURGICAL_REFERRAL:
        options += _surgical_option(intake, history, book)
    return options


_SELF_CARE_STAGES = frozenset({CareStage.RESOLVED, CareStage.IMPROVING, CareStage.SELF_CARE})


def _duration_check(
    intake: Intake, history: TreatmentHistory, book: Rulebook
) -> list[Recommendation]:
    """A routine check of when the pain began, when one treatment episode is longer than the
    weeks of pain given (see the module docstring)."""
    given = intake.symptom_weeks
    if given is None or given >= history.longest_weeks:
        return []
    facts = {"symptom_weeks": _weeks(given), "treated_weeks": _weeks(history.longest_weeks)}
    return [book.recommend("stepped_care.duration_shorter_than_treatment", **facts)]


def stepped_care_advice(
    intake: Intake, history: TreatmentHistory, is_ate_worth_assessing: bool, book: Rulebook
) -> Advice:
    """The stage's disposition (self-care up to SELF_CARE, routine after) and recommendations.

    `is_ate_worth_assessing` comes from `achillespath.pathway.ate`: ATE is offered among the
    add-on options only then.
    """
    stage = care_stage(intake, history, book)
    duration_check = _duration_check(intake, history, book)
    is_self_care = stage in _SELF_CARE_STAGES and not duration_check
    disposition = Disposition.SELF_CARE if is_self_care else Disposition.ROUTINE
    stage_advice = _stage_recommendations(stage, intake, history, is_ate_worth_assessing, book)
    return Advice(disposition, tuple(duration_check + stage_advice))
