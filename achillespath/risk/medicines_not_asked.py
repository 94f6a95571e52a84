"""Medicines that leave a quinolone antibiotic possible: never asked, left unanswered, or named
only as "an antibiotic".

Someone whose tendon hurts on a fluoroquinolone should stop it and contact the prescriber today
(mhra-fluoroquinolones-2019). Whenever the medicines cannot rule one out, the result carries
one line (`tell_about_medicines`): tell whoever sees you about your medicines; stop a quinolone
(ciprofloxacin, levofloxacin...) and contact its prescriber today; never stop steroid tablets
suddenly. Each case has its own rule, for its own reason:

- the check stopped at a red flag before it asked (red_flag.medicines_not_asked; no change of
  urgency, the red flag already sets it);
- the medicines were left unanswered ("not sure") with no red flag
  (safety.medicines_unanswered, at least routine): a fluoroquinolone is a red flag, so, as for
  an unanswered red-flag question, the medicines are listed among the unanswered and the result
  is never self-care (triage.red_flags.unanswered_red_flags);
- an entry names an antibiotic but no drug the dictionary knows ("antibiotic for a water
  infection"; medicines.unnamed_antibiotic, at least routine).
When the medicines are known (even "none"), the red flag and the medicines check already say
what applies, so the line is not given.
"""

from __future__ import annotations

from achillespath.intake import Intake
from achillespath.pathway.rulebook import NO_ADVICE, Advice, Rulebook
from achillespath.result import Disposition
from achillespath.risk.medicines import MedicineFindings

__all__ = ["medicines_not_asked_advice"]


def medicines_not_asked_advice(
    intake: Intake, red_flags: tuple[str, ...], medicines: MedicineFindings, book: Rulebook
) -> Advice:
    """The line about medicines when they leave a quinolone possible, or nothing."""
    if intake.medications is None and red_flags:
        return Advice(Disposition.SELF_CARE, (book.recommend("red_flag.medicines_not_asked"),))
    if intake.medications is None:
        return Advice(Disposition.ROUTINE, (book.recommend("safety.medicines_unanswered"),))
    if medicines.unnamed_antibiotics and not medicines.takes("fluoroquinolone"):
        named = ", ".join(medicines.unnamed_antibiotics)
        line = book.recommend("medicines.unnamed_antibiotic", medicines=named)
        return Advice(Disposition.ROUTINE, (line,))
    return NO_ADVICE
