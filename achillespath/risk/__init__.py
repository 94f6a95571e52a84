"""Risk: medicines that matter for tendons, and risk factors shown as context (never a score)."""

from __future__ import annotations

from achillespath.risk.medicines import (
    MedicineFindings,
    MedicineMatch,
    classify_medicine,
    drug_classes,
    medicine_entries,
    medicine_findings,
)

__all__ = [
    "MedicineFindings",
    "MedicineMatch",
    "classify_medicine",
    "drug_classes",
    "medicine_entries",
    "medicine_findings",
]
