"""`assess()`: one intake in, one decided result out, every decision with its reason and sources.

The order is the safety argument, read top to bottom:
1. red flags first (triage.red_flags; calf pain with a clot risk factor is one,
   triage.clot_risk); a red flag's advice (same day, or 999) then stands
   with nothing routine beside it: no safety-net check, no podiatry and no stepped care, so no
   exercise or self-help advice can follow one (see `_follow_on_advice`); not rising onto the
   toes after a gradual start joins that same-day advice (triage.heel_raise);
2. medicines add a check without changing urgency, with or without a red flag; a red flag
   raised before the medicines were asked (the check stops at once), medicines left unanswered
   or an antibiotic with no name bring a line to tell whoever sees the person about them and
   to stop a quinolone (risk.medicines_not_asked); unanswered, they also count among the
   unanswered red-flag questions below;
3. with no red flag, the safety net (triage.signposting, triage.heel_raise, triage.both_sides):
   unanswered red-flag questions, an unknown age, under 18, calf pain, pain away from the
   Achilles tendon, inflammatory clues, not rising onto the toes after a gradual start and both
   tendons affected (a cholesterol check) each keep the result at least routine; podiatry adds
   a referral without changing urgency;
4. only then, for an adult who answered every red-flag question, has no calf pain (a clot not
   yet ruled out) and gave an Achilles site if they said where it hurts, the stepped care
   pathway (pathway.stepped_care), with ATE offered only when
   pathway.ate says it is worth assessing: no exercise or self-help advice beside "a serious
   problem cannot be ruled out".
The disposition is the most urgent any part asked for. Rules, thresholds and words come from
the pathway definition, compiled once per definition (pathway.rulebook).
"""

from __future__ import annotations

from achillespath.intake import Intake
from achillespath.pathway.ate import AteFacts, AteSuitability, ate_suitability
from achillespath.pathway.definition import PathwayDefinition
from achillespath.pathway.rulebook import (
    NO_ADVICE,
    Advice,
    Rulebook,
    most_urgent,
    packaged_rulebook,
    rulebook_for,
)
from achillespath.pathway.stepped_care import (
    TreatmentHistory,
    stepped_care_advice,
    treatment_history,
)
from achillespath.result import AssessmentResult
from achillespath.risk.medication_review import medication_review_advice
from achillespath.risk.medicines import MedicineFindings, medicine_findings
from achillespath.risk.medicines_not_asked import medicines_not_asked_advice
from achillespath.risk.risk_factors import risk_factors
from achillespath.triage import (
    both_sides_advice,
    has_calf_pain,
    heel_raise_advice,
    is_calf_pain_only,
    is_other_site_only,
    is_under_adult_age,
    likely_conditions,
    podiatry_advice,
    present_red_flags,
    red_flag_advice,
    safety_net_advice,
    unanswered_red_flags,
)

__all__ = ["assess"]


def _ate(
    intake: Intake,
    *,
    red_flags: tuple[str, ...],
    conditions: tuple[str, ...],
    medicines: MedicineFindings,
    history: TreatmentHistory,
    is_under_age: bool,
    book: Rulebook,
) -> AteSuitability:
    facts = AteFacts(
        intake=intake,
        conditions=conditions,
        long_term_conditions=intake.conditions or (),
        has_red_flag=bool(red_flags),
        takes_anticoagulant=medicines.takes("anticoagulant"),
        is_under_adult_age=is_under_age,
        is_calf_pain_only=is_calf_pain_only(intake),
        is_other_site_only=is_other_site_only(intake),
        history=history,
        thresholds=book.thresholds,
    )
    return ate_suitability(facts, book)


def _follow_on_advice(
    intake: Intake,
    *,
    unanswered: tuple[str, ...],
    is_under_age: bool,
    history: TreatmentHistory,
    ate: AteSuitability,
    book: Rulebook,
) -> tuple[Advice, ...]:
    """The routine advice for a person with no red flag: the safety net's checks, a cholesterol
    check when both tendons are affected, podiatry and, for an adult who answered every
    red-flag question, has no calf pain and has not placed the pain only away from the Achilles
    tendon, the stepped care pathway. Calf pain, even beside an Achilles site, brings no
    self-help or exercise advice until the calf has been examined: a clot is not ruled out, as
    with an unanswered red-flag question. Pain only under the heel or somewhere else brings
    none either: it may not be Achilles pain, and its cause is for a clinician to find.

    Not given after a red flag: the person is already told to get help today or now, and a
    routine booking beside that (a GP check for the unasked questions or for being under 18,
    a rheumatology review, a podiatrist) would only blur how soon to act. The clinician who
    sees them reads the rest in the result: `unanswered`, `conditions`, `risk_factors`.
    """
    return (
        safety_net_advice(intake, unanswered, is_under_age, book),
        both_sides_advice(intake, book),
        podiatry_advice(intake, book),
        NO_ADVICE
        if is_under_age or has_calf_pain(intake) or is_other_site_only(intake) or unanswered
        else stepped_care_advice(intake, history, ate.is_worth_assessing, book),
    )


def assess(intake: Intake, pathway: PathwayDefinition | None = None) -> AssessmentResult:
    """Assess one intake against a pathway definition (the packaged one when None).

    Raises `achillespath.pathway.rulebook.PathwayError` for a definition that cannot be used.
    """
    book = rulebook_for(pathway) if pathway is not None else packaged_rulebook()
    medicines = medicine_findings(intake.medications)
    red_flags = present_red_flags(intake, medicines, book)
    unanswered = unanswered_red_flags(intake)
    conditions = likely_conditions(intake, red_flags, book)
    history = treatment_history(intake.treatments)
    is_under_age = is_under_adult_age(intake, book)
    ate = _ate(
        intake,
        red_flags=red_flags,
        conditions=conditions,
        medicines=medicines,
        history=history,
        is_under_age=is_under_age,
        book=book,
    )
    # The medicines check stays after a red flag: it is about the medicines themselves (do not
    # stop a steroid suddenly; a steroid adds to a fluoroquinolone's tendon risk), it changes
    # no urgency, and it is listed after the same-day advice.
    advice = (
        red_flag_advice(red_flags, medicines, book),
        heel_raise_advice(intake, red_flags, book),
        medication_review_advice(history, medicines, book),
        medicines_not_asked_advice(intake, red_flags, medicines, book),
        *(
            ()
            if red_flags
            else _follow_on_advice(
                intake,
                unanswered=unanswered,
                is_under_age=is_under_age,
                history=history,
                ate=ate,
                book=book,
            )
        ),
    )
    return AssessmentResult(
        disposition=most_urgent([part.disposition for part in advice]),
        red_flags=red_flags,
        unanswered=unanswered,
        conditions=conditions,
        recommendations=book.in_order([rec for part in advice for rec in part.recommendations]),
        ate=ate.verdict,
        risk_factors=risk_factors(intake, medicines, book),
        pathway_version=book.version,
    )
