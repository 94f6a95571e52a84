"""Clinician-facing names for the core's ids: flags, treatments, outcomes, ATE verdicts.

Names only: what each id means, why it was raised and its sources come from the core.
"""

from __future__ import annotations

from achillespath.intake import TreatmentKind, TreatmentOutcome
from achillespath.monitoring.flags import FlagKind
from achillespath.result import AteStatus

__all__ = [
    "ATE_STATUS_NAMES",
    "FLAG_COLOURS",
    "FLAG_NAMES",
    "OUTCOME_NAMES",
    "PROGRAMME_SITE_NAMES",
    "TREATMENT_NAMES",
    "side_words",
]

FLAG_NAMES: dict[FlagKind, str] = {
    FlagKind.RED_FLAG_REPORTED: "Red flag reported",
    FlagKind.FLUOROQUINOLONE_REPORTED: "Fluoroquinolone reported",
    # Any pain-monitoring rule broken, not only a rise: a steady 3/10 every morning is one.
    FlagKind.PAIN_RULE_BROKEN: "Pain not settling",
    FlagKind.NO_MEANINGFUL_IMPROVEMENT: "No meaningful improvement",
    FlagKind.VISA_A_OVERDUE: "VISA-A overdue",
    FlagKind.NO_RECENT_LOG: "No recent log",
}

# Tag colours from the design system, all with text contrast of at least 4.5:1.
FLAG_COLOURS: dict[FlagKind, str] = {
    FlagKind.RED_FLAG_REPORTED: "nhsuk-tag--red",
    FlagKind.FLUOROQUINOLONE_REPORTED: "nhsuk-tag--red",
    FlagKind.PAIN_RULE_BROKEN: "nhsuk-tag--orange",
    FlagKind.NO_MEANINGFUL_IMPROVEMENT: "nhsuk-tag--orange",
    FlagKind.VISA_A_OVERDUE: "nhsuk-tag--yellow",
    FlagKind.NO_RECENT_LOG: "nhsuk-tag--yellow",
}

TREATMENT_NAMES: dict[TreatmentKind, str] = {
    TreatmentKind.SELF_CARE: "Self-care (rest, ice, painkillers)",
    TreatmentKind.PHYSIOTHERAPY: "Physiotherapy",
    TreatmentKind.LOADING_PROGRAMME: "Loading programme",
    TreatmentKind.HEEL_LIFTS: "Heel lifts",
    TreatmentKind.ORTHOTICS: "Orthotics or insoles",
    TreatmentKind.ACTIVITY_MODIFICATION: "Activity modification",
    TreatmentKind.CORTICOSTEROID_INJECTION: "Corticosteroid injection",
    TreatmentKind.ESWT: "Shockwave therapy (ESWT)",
    TreatmentKind.PRP_INJECTION: "Platelet-rich plasma (PRP) injection",
    TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION: "Autologous blood injection",
    TreatmentKind.DRY_NEEDLING: "Dry needling",
    TreatmentKind.HIGH_VOLUME_INJECTION: "High-volume injection",
    TreatmentKind.ATE: "Achilles tendon embolisation (ATE)",
    TreatmentKind.SURGERY: "Surgery",
}

OUTCOME_NAMES: dict[TreatmentOutcome, str] = {
    TreatmentOutcome.RESOLVED: "Resolved",
    TreatmentOutcome.IMPROVED: "Improved",
    TreatmentOutcome.NO_CHANGE: "No change",
    TreatmentOutcome.WORSE: "Worse",
}

ATE_STATUS_NAMES: dict[AteStatus, str] = {
    AteStatus.ELIGIBLE: "Worth an ATE assessment",
    AteStatus.NOT_YET: "Not yet",
    AteStatus.NOT_SUITABLE: "Not suitable",
    AteStatus.SPECIALIST_REVIEW: "Needs specialist review",
}

# Keys are the core's programme sites (achillespath.exercise.programmes.Site).
PROGRAMME_SITE_NAMES: dict[str, str] = {
    "midportion": "For midportion pain (2 to 7 cm above the heel)",
    "insertional": "For insertional pain (where the tendon joins the heel)",
    "any": "For midportion or insertional pain",
}


def side_words(side: str) -> str:
    """A stored side (left, right, both) as a clinician's sentence says it: "both sides"."""
    return "both sides" if side == "both" else f"{side} side"
