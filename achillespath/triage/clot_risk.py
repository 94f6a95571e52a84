"""Calf pain with a clot risk factor: a blood clot in the leg (DVT) to rule out today.

NICE NG158 (two-level Wells score) gives a point each for calf tenderness, recent plaster
immobilisation of the leg, 3 days or more in bed or major surgery within 12 weeks, active cancer
and a previous DVT; 2 points or more means a scan within 4 hours. A person cannot score calf
tenderness on their own, so calf pain stands in for it: calf pain with any one risk factor is
same day (red flag calf_pain_with_clot_risk), with nothing routine beside it.

The risk factors are one question (`clot_risk_factor`), asked only with calf pain: pain at the
tendon after an operation or in a boot is expected, and calf pain is the clot's symptom. A
recorded operation or embolisation (ATE) counts as a recent procedure as well. Treatment
episodes carry no date, so it counts unless the person answered the question "no" (it asks
about the last dvt_recent_procedure_weeks weeks); and even then when the pain is known to be no
older than that, since a treatment for this pain came after the pain began. Unanswered with calf
pain, the question is listed with the unanswered red-flag questions (triage.red_flags), so the
result is never self-care and no self-help is offered beside it.
"""

from __future__ import annotations

from achillespath.intake import Intake, TreatmentKind
from achillespath.pathway.rulebook import Thresholds
from achillespath.pathway.stepped_care import treatment_history, weeks_of_pain
from achillespath.triage.conditions import has_calf_pain

__all__ = ["has_calf_pain_with_clot_risk"]

_PROCEDURES = frozenset({TreatmentKind.SURGERY, TreatmentKind.ATE})


def _had_recent_procedure(intake: Intake, thresholds: Thresholds) -> bool:
    """A recorded operation or ATE that may have been within dvt_recent_procedure_weeks."""
    if _PROCEDURES.isdisjoint(treatment.kind for treatment in intake.treatments or ()):
        return False
    if intake.clot_risk_factor is not False:
        return True  # no date on the episode, and nothing says it was longer ago
    if intake.symptom_weeks is None:
        return False
    pain_weeks = weeks_of_pain(intake, treatment_history(intake.treatments))
    return pain_weeks is not None and pain_weeks <= thresholds.dvt_recent_procedure_weeks


def has_calf_pain_with_clot_risk(intake: Intake, thresholds: Thresholds) -> bool:
    """Calf pain with a clot risk factor: answered yes, or a recent procedure on record."""
    return has_calf_pain(intake) and (
        intake.clot_risk_factor is True or _had_recent_procedure(intake, thresholds)
    )
