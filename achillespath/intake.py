"""The intake: what a person (or their clinician) tells us about their Achilles pain.

One `Intake` is the input to `achillespath.assessment.assess`. Every field is optional; a
field left out is unanswered (``None``), which is different from answering "no". The seven
red-flag fields matter most: one left unanswered means the result can never be self-care; nor
can it with the medicines unanswered, which may hold a fluoroquinolone (MEDICINE_FIELDS).

The model is strict about shape because it is an interface for integrators: unknown fields
are an error, booleans must be true or false (not "yes"), numbers must lie in their range.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

__all__ = [
    "CALF_PAIN_RED_FLAG_FIELDS",
    "MEDICINE_FIELDS",
    "RED_FLAG_FIELDS",
    "Intake",
    "LongTermCondition",
    "Onset",
    "PainSite",
    "Sex",
    "Treatment",
    "TreatmentKind",
    "TreatmentOutcome",
    "VisaAScores",
]


class Onset(StrEnum):
    SUDDEN = "sudden"
    GRADUAL = "gradual"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class PainSite(StrEnum):
    """Where it hurts. Midportion is roughly 2-7 cm above the heel bone, insertion within 2 cm."""

    MIDPORTION = "midportion"
    INSERTION = "insertion"
    HEEL_UNDERSIDE = "heel_underside"
    CALF = "calf"
    OTHER = "other"


class LongTermCondition(StrEnum):
    RHEUMATOID_ARTHRITIS = "rheumatoid_arthritis"
    DIABETES = "diabetes"
    HIGH_CHOLESTEROL = "high_cholesterol"
    THYROID_DISEASE = "thyroid_disease"
    SPONDYLOARTHRITIS = "spondyloarthritis"
    GOUT = "gout"
    KIDNEY_DISEASE = "kidney_disease"
    PERIPHERAL_ARTERIAL_DISEASE = "peripheral_arterial_disease"
    BLEEDING_DISORDER = "bleeding_disorder"


class TreatmentKind(StrEnum):
    SELF_CARE = "self_care"
    PHYSIOTHERAPY = "physiotherapy"
    LOADING_PROGRAMME = "loading_programme"
    HEEL_LIFTS = "heel_lifts"
    ORTHOTICS = "orthotics"
    ACTIVITY_MODIFICATION = "activity_modification"
    CORTICOSTEROID_INJECTION = "corticosteroid_injection"
    ESWT = "eswt"
    PRP_INJECTION = "prp_injection"
    AUTOLOGOUS_BLOOD_INJECTION = "autologous_blood_injection"
    DRY_NEEDLING = "dry_needling"
    HIGH_VOLUME_INJECTION = "high_volume_injection"
    ATE = "ate"
    SURGERY = "surgery"


class TreatmentOutcome(StrEnum):
    RESOLVED = "resolved"
    IMPROVED = "improved"
    NO_CHANGE = "no_change"
    WORSE = "worse"


_STRICT = ConfigDict(extra="forbid", frozen=True)

Weeks = Annotated[float, Field(ge=0, le=2600, allow_inf_nan=False, strict=True)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


VisaATotal = Annotated[int, Field(ge=0, le=100, strict=True)]


class VisaAScores(BaseModel):
    """The VISA-A totals a treatment's outcome was judged by (0-100, higher is better): the
    first on record and the latest, held against the minimal clinically important difference
    (`mcid`, in points; jospt-2021-mcid, or the clinic's own)."""

    model_config = _STRICT

    first: VisaATotal
    latest: VisaATotal
    mcid: Annotated[float, Field(gt=0, le=100, allow_inf_nan=False, strict=True)]

    @property
    def outcome(self) -> TreatmentOutcome:
        """Improved or worse by at least the MCID, otherwise no change."""
        change = self.latest - self.first
        if abs(change) < self.mcid:
            return TreatmentOutcome.NO_CHANGE
        return TreatmentOutcome.IMPROVED if change > 0 else TreatmentOutcome.WORSE


class Treatment(BaseModel):
    """One treatment episode already tried. List episodes oldest first.

    `weeks` is how long it went on (or has gone on so far); `weeks_since_start` how many weeks
    ago it began, where known (a treatment on record with its start date; one the person
    reports leaves it out), so an add-on whose effect is still awaited is not taken as failed.
    `visa_a` gives the scores the outcome was judged by, where it was (a loading programme at
    its review), so the advice can say so; the outcome must then be the one they show.
    """

    model_config = _STRICT

    kind: TreatmentKind
    weeks: Weeks | None = None
    outcome: TreatmentOutcome | None = None
    weeks_since_start: Weeks | None = None
    visa_a: VisaAScores | None = None

    @field_validator("visa_a")
    @classmethod
    def _shows_the_outcome(
        cls, scores: VisaAScores | None, info: ValidationInfo
    ) -> VisaAScores | None:
        outcome = info.data.get("outcome")
        if scores is not None and outcome is not scores.outcome:
            given = outcome.value if outcome else "none"
            raise ValueError(
                f"these scores show the outcome {scores.outcome.value}, but the outcome given "
                f"is {given}"
            )
        return scores


class Intake(BaseModel):
    """Answers about one person's Achilles pain. ``None`` means not answered."""

    model_config = _STRICT

    # About the person
    age: Annotated[int, Field(ge=0, le=120, strict=True)] | None = None
    sex: Sex | None = None
    weight_kg: Annotated[float, Field(ge=20, le=400, allow_inf_nan=False, strict=True)] | None = (
        None
    )
    height_cm: Annotated[float, Field(ge=50, le=250, allow_inf_nan=False, strict=True)] | None = (
        None
    )

    # Red flags (see RED_FLAG_FIELDS)
    onset: Onset | None = None
    heard_snap: StrictBool | None = None
    can_bear_weight: StrictBool | None = None
    fever: StrictBool | None = None
    # Heat, or spreading redness, over the tendon, with or without swelling (the question asked
    # for all three, hot, red and swollen, until interview 2026.11.5; swelling alone is common in
    # tendinopathy and is the `swelling` question).
    hot_red_swelling: StrictBool | None = None
    calf_swelling: StrictBool | None = None
    breathless_or_chest_pain: StrictBool | None = None

    # Clot risk factors (NICE NG158 two-level Wells score): in the last 12 weeks an operation, an
    # embolisation or other procedure, the leg in a plaster cast or walking boot, or 3 days or
    # more in bed; or ever a blood clot; or cancer being treated. Asked only with calf pain, where
    # together with the pain they make a clot likely enough to rule out today
    # (triage.clot_risk); unanswered with calf pain, it keeps the result off self-care.
    clot_risk_factor: StrictBool | None = None
    # The painful calf is warm or red (a swollen calf is `calf_swelling`, asked of everyone).
    # Asked only with calf pain, like the clot risk factors; a yes is a red flag (same day).
    calf_warm_or_red: StrictBool | None = None

    # Rupture clues beyond the red-flag questions: a heel raise on the painful leg alone, which
    # the person tries (False: they cannot rise onto their toes), and the calf squeeze test a
    # clinician does (False: the foot did not move).
    can_single_leg_heel_raise: StrictBool | None = None
    calf_squeeze_foot_moves: StrictBool | None = None

    # The pain itself
    symptom_weeks: Weeks | None = None
    pain_site: tuple[PainSite, ...] | None = None
    both_sides: StrictBool | None = None  # both Achilles tendons painful or thickened
    pain_score: Annotated[int, Field(ge=0, le=10, strict=True)] | None = None
    morning_stiffness_minutes: Annotated[int, Field(ge=0, le=1440, strict=True)] | None = None
    activity_limited: StrictBool | None = None
    swelling: StrictBool | None = None
    tenderness: StrictBool | None = None
    crepitus: StrictBool | None = None
    other_joints_inflamed: StrictBool | None = None

    # Health, medicines and history
    conditions: tuple[LongTermCondition, ...] | None = None
    medications: Annotated[tuple[ShortText, ...], Field(max_length=50)] | None = None
    previous_achilles_injury: StrictBool | None = None
    family_history: StrictBool | None = None
    activities: Annotated[tuple[ShortText, ...], Field(max_length=50)] | None = None
    training_change: StrictBool | None = None
    hard_or_sloping_surfaces: StrictBool | None = None
    footwear_concern: StrictBool | None = None
    treatments: Annotated[tuple[Treatment, ...], Field(max_length=50)] | None = None

    # Preferences and suitability for procedures
    prefers_non_surgical: StrictBool | None = None
    surgery_unsuitable: StrictBool | None = None
    contrast_allergy: StrictBool | None = None
    pregnant: StrictBool | None = None
    on_anticoagulant: StrictBool | None = None


RED_FLAG_FIELDS: tuple[str, ...] = (
    "breathless_or_chest_pain",
    "onset",
    "heard_snap",
    "can_bear_weight",
    "calf_swelling",
    "fever",
    "hot_red_swelling",
)
"""Asked first, in this order. Unanswered ones rule out a self-care result."""

MEDICINE_FIELDS: tuple[str, ...] = ("medications",)
"""Asked after the red flags and the age. A fluoroquinolone among them is a red flag, so one
left unanswered ("not sure") rules out self-care as an unanswered red-flag question does
(mhra-fluoroquinolones-2019); "none" is an answer, the empty list."""

CALF_PAIN_RED_FLAG_FIELDS: tuple[str, ...] = ("clot_risk_factor", "calf_warm_or_red")
"""Asked only when the pain is in the calf; there, unanswered ones rule out self-care too."""
