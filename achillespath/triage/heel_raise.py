"""The single-leg heel raise: a rupture clue that tendon pain alone can also explain.

A torn tendon often cannot lift the heel, even when the person can still walk (bjgp-2015-rupture),
but many people with tendinopathy cannot rise onto their toes because it hurts (silbernagel-2020).
So "cannot heel-raise" is a red flag only when the pain did not come on gradually (the
`cannot_heel_raise` red flag in pathway.toml). With a gradual onset it still rules out managing
alone: at least routine, with a GP or physiotherapist check. When another red flag already asks
for same-day care, it joins that advice instead, so whoever sees the person today knows of it
and no routine booking blurs how soon to act.
"""

from __future__ import annotations

from achillespath.intake import Intake
from achillespath.pathway.rulebook import NO_ADVICE, Advice, Rulebook
from achillespath.result import Disposition

__all__ = ["heel_raise_advice"]

_RED_FLAG = "cannot_heel_raise"


def heel_raise_advice(intake: Intake, red_flags: tuple[str, ...], book: Rulebook) -> Advice:
    """What not rising onto the toes adds when it is not a red flag of its own."""
    if intake.can_single_leg_heel_raise is not False or _RED_FLAG in red_flags:
        return NO_ADVICE
    rule = "triage.cannot_heel_raise_with_red_flag" if red_flags else "triage.cannot_heel_raise"
    return Advice(Disposition.ROUTINE, (book.recommend(rule),))
