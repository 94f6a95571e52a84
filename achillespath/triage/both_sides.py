"""Both Achilles tendons affected: a clue to causes outside the tendon.

Pain or thickening on both sides is typical of tendon xanthomata in familial
hypercholesterolaemia, which is often missed (beeharry-2006-fh: none of the people with FH who
had seen a doctor about Achilles pain was diagnosed as a result) and matters for cardiovascular
risk; it is also a clue to spondyloarthritis enthesitis (spa-enthesitis). So it always brings a
cholesterol check with the GP (at least routine), and, with an inflammatory clue already given,
a reason more for the rheumatology review. It never lowers urgency and is not a red flag. After
a red flag it adds nothing: that advice (get seen today, or 999) stands alone, and whoever sees
the person reads the answer in the record.
"""

from __future__ import annotations

from achillespath.intake import Intake
from achillespath.pathway.rulebook import NO_ADVICE, Advice, Rulebook
from achillespath.result import Disposition
from achillespath.triage.signposting import has_inflammatory_clue

__all__ = ["both_sides_advice"]


def both_sides_advice(intake: Intake, book: Rulebook) -> Advice:
    """A cholesterol check, and a rheumatology reason when inflammation is suspected too."""
    if not intake.both_sides:
        return NO_ADVICE
    checks = [book.recommend("triage.both_sides")]
    if has_inflammatory_clue(intake):
        checks.append(book.recommend("triage.both_sides_inflammatory"))
    return Advice(Disposition.ROUTINE, tuple(checks))
