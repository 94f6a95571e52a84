"""Risk factors: things that may make tendons more sensitive, shown as context, never a score.

Ids and their sources are in pathway.toml [risk_factors]; a result lists them in that order.
The evidence mixes tendinopathy and rupture and is mostly observational (brief section 5), so
nothing here adds up to a personal risk.

older_age is listed only for someone over fluoroquinolone_higher_risk_age_years (60), as the
sources word it ("over 60", MHRA; ">60", Wise 2012, odds ratio 8.3 against 1.6 younger), who
also takes a fluoroquinolone: that is where age has a sourced threshold. Ages are whole years,
so a 60-year-old is not listed. Age alone has no agreed cut-off.
"""

from __future__ import annotations

from achillespath.intake import Intake, LongTermCondition
from achillespath.pathway.rulebook import Rulebook
from achillespath.risk.medicines import MedicineFindings

__all__ = ["bmi_from_weight_height", "risk_factors"]

_FROM_CONDITIONS = {
    LongTermCondition.DIABETES: "diabetes",
    LongTermCondition.HIGH_CHOLESTEROL: "high_cholesterol",
    LongTermCondition.RHEUMATOID_ARTHRITIS: "rheumatoid_arthritis",
    LongTermCondition.THYROID_DISEASE: "thyroid_disease",
}
_FROM_ANSWERS = {
    "family_history": "family_history",
    "previous_achilles_injury": "previous_injury",
    "training_change": "training_change",
    "hard_or_sloping_surfaces": "hard_or_sloping_surfaces",
    "footwear_concern": "footwear",
}
_FROM_MEDICINES = frozenset({"fluoroquinolone", "corticosteroid", "statin"})


def bmi_from_weight_height(weight_kg: float, height_cm: float) -> float:
    """Body mass index in kg/m2 from weight in kilograms and height in centimetres."""
    height_m = height_cm / 100
    return weight_kg / (height_m * height_m)


def _is_obese(intake: Intake, book: Rulebook) -> bool:
    weight_kg, height_cm = intake.weight_kg, intake.height_cm
    if weight_kg is None or height_cm is None:
        return False
    return bmi_from_weight_height(weight_kg, height_cm) >= book.thresholds.obesity_bmi


def _is_older_on_fluoroquinolone(
    intake: Intake, medicines: MedicineFindings, book: Rulebook
) -> bool:
    if not medicines.takes("fluoroquinolone"):
        return False
    age = intake.age
    return age is not None and age > book.thresholds.fluoroquinolone_higher_risk_age_years


def risk_factors(intake: Intake, medicines: MedicineFindings, book: Rulebook) -> tuple[str, ...]:
    """The risk factor ids that apply to this person, in pathway order."""
    found = medicines.systemic.keys() & _FROM_MEDICINES  # taken by mouth or injection
    found.update([_FROM_CONDITIONS[c] for c in intake.conditions or () if c in _FROM_CONDITIONS])
    answers = vars(intake)
    found.update([factor for field, factor in _FROM_ANSWERS.items() if answers[field]])
    if _is_obese(intake, book):
        found.add("obesity")
    if _is_older_on_fluoroquinolone(intake, medicines, book):
        found.add("older_age")
    return tuple([factor for factor in book.risk_factor_order if factor in found])
