"""`assess()`: one intake in, one decided result out, every decision with its reason and sources.

The order is the safety argument, read top to bottom:
1. red flags first (triage.red_flags); any red flag means no stepped care at all, so no
   exercise or self-help advice can follow one;
2. the safety net (triage.signposting, triage.heel_raise): unanswered red-flag questions, an
   unknown age, under 18, inflammatory clues and not rising onto the toes after a gradual start
   each keep the result at least routine; after a red flag the unanswered questions and the
   unknown age bring no routine check of their own (see `_unanswered_to_check`), and a failed
   heel raise joins the same-day advice instead;
3. both tendons affected (triage.both_sides) brings a cholesterol check, at least routine,
   whatever the urgency; medicines and podiatry add checks without changing urgency;
4. only then, for an adult with no red flag, the stepped care pathway (pathway.stepped_care),
   with ATE offered only when pathway.ate says it is worth assessing.
The disposition is the most urgent any part asked for. Rules, thresholds and words come from
the pathway definition, compiled once per definition (pathway.rulebook).
"""

from __future__ import annotations

from achillespath.intake import Intake
from achillespath.pathway.ate import AteFacts, AteSuitability, ate_suitability
from achillespath.pathway.definition import PathwayDefinition
from achillespath.pathway.rulebook import (
    NO_ADVICE,
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
from achillespath.risk.risk_factors import risk_factors
from achillespath.triage import (
    both_sides_advice,
    heel_raise_advice,
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
        history=history,
        thresholds=book.thresholds,
    )
    return ate_suitability(facts, book)


def _unanswered_to_check(
    unanswered: tuple[str, ...], red_flags: tuple[str, ...]
) -> tuple[str, ...]:
    """The unanswered red-flag questions that need a routine GP or physiotherapist check.

    None after a red flag: the person is already told to get help today or now, and the
    clinician who sees them asks what was not answered. A routine booking beside that advice
    would only blur how soon to act (the check stops at a red flag, so most questions are
    never asked then). `AssessmentResult.unanswered` still lists them for the clinician.
    """
    return () if red_flags else unanswered


def _age_to_check(intake: Intake, red_flags: tuple[str, ...]) -> bool:
    """Whether to ask a GP or physiotherapist to check an age that was not given: as for the
    unanswered questions, not after a red flag (the check stops there, before age is asked)."""
    return intake.age is None and not red_flags


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
    is_adult_pathway = not red_flags and not is_under_age
    advice = (
        red_flag_advice(red_flags, medicines, book),
        safety_net_advice(
            intake,
            _unanswered_to_check(unanswered, red_flags),
            is_under_age,
            book,
            is_age_unknown=_age_to_check(intake, red_flags),
        ),
        heel_raise_advice(intake, red_flags, book),
        both_sides_advice(intake, book),
        medication_review_advice(history, medicines, book),
        podiatry_advice(intake, book),
        stepped_care_advice(intake, history, ate.is_worth_assessing, book)
        if is_adult_pathway
        else NO_ADVICE,
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
