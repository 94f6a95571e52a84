"""Patient-reported outcome measures: the VISA-A questionnaire and change in its score."""

from __future__ import annotations

from achillespath.measures.score_change import ChangeDirection, ScoreChange, interpret_change
from achillespath.measures.visa_a import (
    ITEM_GROUPS,
    ITEM_IDS,
    ITEM_SCALES,
    Q8_SCALES,
    Q8Answer,
    VisaAAnswers,
    VisaAScore,
    q1_points_from_minutes,
    score_visa_a,
)
from achillespath.measures.visa_a_form import VisaAForm, VisaAFormError, load_visa_a_form

__all__ = [
    "ITEM_GROUPS",
    "ITEM_IDS",
    "ITEM_SCALES",
    "Q8_SCALES",
    "ChangeDirection",
    "Q8Answer",
    "ScoreChange",
    "VisaAAnswers",
    "VisaAForm",
    "VisaAFormError",
    "VisaAScore",
    "interpret_change",
    "load_visa_a_form",
    "q1_points_from_minutes",
    "score_visa_a",
]
