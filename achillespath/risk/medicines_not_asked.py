"""Medicines nobody asked about because a red flag stopped the symptom check first.

The check stops at the first urgent answer, before it asks about medicines, so someone with a
torn tendon who takes ciprofloxacin, or steroid tablets, would never hear that the antibiotic
should be stopped (mhra-fluoroquinolones-2019) or that a steroid must not be stopped suddenly.
The urgent result then carries one line: tell whoever sees you today about your medicines,
naming those two. When the medicines are known (even "none"), the red flag and the medicines
check already say what applies, so the line is not given. It changes no urgency.
"""

from __future__ import annotations

from achillespath.intake import Intake
from achillespath.pathway.rulebook import NO_ADVICE, Advice, Rulebook
from achillespath.result import Disposition

__all__ = ["medicines_not_asked_advice"]

_RULE = "red_flag.medicines_not_asked"


def medicines_not_asked_advice(
    intake: Intake, red_flags: tuple[str, ...], book: Rulebook
) -> Advice:
    """The line about medicines for an urgent or emergency result that never asked about them."""
    if not red_flags or intake.medications is not None:
        return NO_ADVICE
    return Advice(Disposition.SELF_CARE, (book.recommend(_RULE),))
