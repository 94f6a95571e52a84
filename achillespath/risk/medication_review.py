"""Medicines worth a check with the GP (a medication_review recommendation; urgency unchanged).

- A steroid by mouth or injection, or a statin: the GP can check whether it matters
  (MHRA for steroids, most of all alongside a fluoroquinolone; statin evidence conflicts).
- A steroid injection among the treatments tried: injections into or around the tendon are
  advised against (NICE CKS).
- A fluoroquinolone used only on the eye, ear or skin: not a red flag (the MHRA warning is
  about systemic use), but never silently dropped either.

A systemic fluoroquinolone is a red flag, handled in triage.red_flags.
"""

from __future__ import annotations

from achillespath.intake import TreatmentKind
from achillespath.pathway.rulebook import NO_ADVICE, Advice, Rulebook
from achillespath.pathway.stepped_care import TreatmentHistory
from achillespath.result import Disposition, Recommendation
from achillespath.risk.medicines import MedicineFindings

__all__ = ["medication_review_advice"]


_REVIEWED_CLASSES = {"corticosteroid": "medicines.corticosteroid", "statin": "medicines.statin"}


def _medicine_checks(medicines: MedicineFindings, book: Rulebook) -> list[Recommendation]:
    checks = [
        book.recommend(rule, medicines=medicines.named(drug_class))
        for drug_class, rule in _REVIEWED_CLASSES.items()
        if medicines.takes(drug_class)
    ]
    if "fluoroquinolone" in medicines.topical and not medicines.takes("fluoroquinolone"):
        named = medicines.named("fluoroquinolone", topical=True)
        checks.append(book.recommend("medicines.topical_fluoroquinolone", medicines=named))
    return checks


def medication_review_advice(
    history: TreatmentHistory, medicines: MedicineFindings, book: Rulebook
) -> Advice:
    """A medication_review, with every reason that applies, or nothing."""
    checks = _medicine_checks(medicines, book)
    if TreatmentKind.CORTICOSTEROID_INJECTION in history.kinds_tried:
        checks.append(book.recommend("medicines.steroid_injection"))
    if not checks:
        return NO_ADVICE
    return Advice(Disposition.SELF_CARE, tuple(checks))
