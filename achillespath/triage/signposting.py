"""Signposting that is not a red flag: who else should see this person, and never self-care when
we cannot be sure it is safe.

The assessment asks for all of this only when no red flag is raised: a red flag's advice to get
help today or now stands alone (see `achillespath.assessment`).

- Unanswered red-flag questions: at least routine, with a GP or physiotherapist check whose
  reasons name the questions, each in its reader's words (an unanswered question is not a
  "no").
- Under the adult age (pathway threshold adult_age_years, 18): at least routine; the adult
  pathway does not apply (the assessment then skips stepped care).
- Age not given: at least routine, with a GP or physiotherapist check (the pathway is for adults
  only).
- Pain in the calf muscle: at least routine, with a GP or physiotherapist check of the calf
  (not Achilles tendinopathy; a clot is not ruled out without swelling). With a clot risk factor
  it is a red flag instead (triage.clot_risk), and the clot risk question left unanswered is
  listed with the unanswered red-flag questions.
- Pain only under the heel or somewhere else, with no Achilles site (`is_other_site_only`): at
  least routine, with a GP or physiotherapist check of the cause (the Dutch guideline's diagnosis
  needs pain at the midportion or the insertion; other local causes are a clinician's to tell).
  The assessment then skips stepped care, as with calf pain.
- Pain somewhere else beside an Achilles site or the calf: at least routine, with a GP or
  physiotherapist check of that pain, which this check does not assess; stepped care for the
  Achilles pain still runs.
- Inflammatory clues (other joints inflamed; spondyloarthritis, rheumatoid arthritis or gout):
  at least routine, with a rheumatology review (spa-enthesitis).
- Footwear worries or pain under the heel: podiatry (bupa-2022); does not change urgency.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from achillespath.intake import Intake, LongTermCondition, PainSite
from achillespath.pathway.rulebook import NO_ADVICE, Advice, Fact, Rulebook
from achillespath.result import Disposition, Recommendation
from achillespath.triage.conditions import has_calf_pain, is_other_site_only

__all__ = ["has_inflammatory_clue", "is_under_adult_age", "podiatry_advice", "safety_net_advice"]

_INFLAMMATORY = frozenset(
    {
        LongTermCondition.SPONDYLOARTHRITIS,
        LongTermCondition.RHEUMATOID_ARTHRITIS,
        LongTermCondition.GOUT,
    }
)


def is_under_adult_age(intake: Intake, book: Rulebook) -> bool:
    """True when the age is given and below adult_age_years.

    An unknown age counts as adult here, so the adult pathway still runs, but it is never
    self-care: the safety net asks a clinician to check (rule safety.age_unknown).
    """
    age = intake.age
    return age is not None and age < book.thresholds.adult_age_years


def has_inflammatory_clue(intake: Intake) -> bool:
    """Other joints inflamed, or a known inflammatory arthritis: what brings a rheumatology
    review."""
    return bool(intake.other_joints_inflamed) or not _INFLAMMATORY.isdisjoint(
        intake.conditions or ()
    )


def _questions_in_words(
    unanswered: tuple[str, ...], words: Mapping[str, str], conjunction: str
) -> str:
    phrases = [words[name] for name in unanswered]
    if len(phrases) == 1:
        return phrases[0]
    return f"{', '.join(phrases[:-1])} {conjunction} {phrases[-1]}"


# Nine questions make at most 511 sets left unanswered, so each is worded once (speed).
@lru_cache(maxsize=512)
def _unanswered_check(unanswered: tuple[str, ...], book: Rulebook) -> Recommendation:
    # The patient reads "You did not say whether ... or whether ...", the clinician a list:
    # "Not answered: sudden onset and calf swelling".
    questions = Fact(
        patient=_questions_in_words(unanswered, book.red_flag_questions, "or"),
        clinician=_questions_in_words(unanswered, book.red_flag_questions_for_clinicians, "and"),
    )
    return book.recommend("safety.unanswered_red_flags", questions=questions)


def _clinician_checks(
    intake: Intake,
    unanswered: tuple[str, ...],
    is_under_age: bool,
    book: Rulebook,
) -> list[Recommendation]:
    checks = []
    if unanswered:
        checks.append(_unanswered_check(unanswered, book))
    if is_under_age:
        checks.append(book.recommend("safety.under_18"))
    if intake.age is None:
        checks.append(book.recommend("safety.age_unknown"))
    if has_calf_pain(intake):
        checks.append(book.recommend("triage.calf_pain"))
    if is_other_site_only(intake):
        checks.append(book.recommend("triage.no_achilles_site"))
    elif PainSite.OTHER in (intake.pain_site or ()):
        checks.append(book.recommend("triage.pain_elsewhere"))
    if intake.other_joints_inflamed:
        checks.append(book.recommend("triage.other_joints_inflamed"))
    if not _INFLAMMATORY.isdisjoint(intake.conditions or ()):
        checks.append(book.recommend("triage.known_inflammatory_arthritis"))
    return checks


def safety_net_advice(
    intake: Intake,
    unanswered: tuple[str, ...],
    is_under_age: bool,
    book: Rulebook,
) -> Advice:
    """At least routine, with the checks that apply, whenever self-care may not be safe.

    `is_under_age` is `is_under_adult_age(intake, book)`, worked out once by the assessment.
    """
    checks = _clinician_checks(intake, unanswered, is_under_age, book)
    if not checks:
        return NO_ADVICE
    return Advice(Disposition.ROUTINE, tuple(checks))


def podiatry_advice(intake: Intake, book: Rulebook) -> Advice:
    """Podiatry for footwear worries or pain under the heel, without changing the urgency.

    The assessment asks for it only when no red flag is raised (see `assess`)."""
    referrals = []
    if intake.footwear_concern:
        referrals.append(book.recommend("referral.podiatry_footwear"))
    if PainSite.HEEL_UNDERSIDE in (intake.pain_site or ()):
        referrals.append(book.recommend("referral.podiatry_heel_underside"))
    if not referrals:
        return NO_ADVICE
    return Advice(Disposition.SELF_CARE, tuple(referrals))
