"""Likely conditions: what the clinician should consider, as ids from pathway.toml [conditions].

Several can apply at once; they are listed in the table's order. Red flags bring their own
condition (a sudden onset brings suspected_rupture). Sites come from where it hurts: midportion
and insertional tendinopathy (Dutch guideline: 2-7 cm above, or within 2 cm of, the heel bone)
and plantar fasciitis for pain under the heel, which often comes with Achilles pain
(ate-clinic-page). Site conditions are kept alongside red-flag ones: a tendon with
tendinopathy can also tear, and the clinician sees both.

When where it hurts is not answered (None, or an empty list) and no red flag is raised, the pain
is recorded as achilles_tendinopathy_unspecified: the person came about Achilles pain, but where
along the tendon is not known. Once sites are given, only what they say is recorded, so no label
contradicts the answer:
- pain in the calf muscle is calf_pain: not Achilles tendinopathy, and its cause (a strained
  muscle, or a clot this check cannot rule out) is for a clinician to find (`is_calf_pain_only`
  without an Achilles site);
- pain "somewhere else" is pain_elsewhere, whose cause is for a clinician to find too;
- pain only under the heel or somewhere else (`is_other_site_only`) is not called Achilles pain
  at all: the Dutch guideline's diagnosis needs pain at the midportion or the insertion, and
  other local causes (bursitis, plantar fasciitis, nerve irritation) are a clinician's to tell.
With any calf pain (`has_calf_pain`), Achilles site or not, and with no Achilles site at all, the
assessment runs no stepped care: no self-help or exercise advice for Achilles pain until a
clinician has examined it.
"""

from __future__ import annotations

from functools import lru_cache

from achillespath.intake import Intake, LongTermCondition, PainSite
from achillespath.pathway.rulebook import Rulebook

__all__ = ["has_calf_pain", "is_calf_pain_only", "is_other_site_only", "likely_conditions"]

_SITE_CONDITIONS = {
    PainSite.MIDPORTION: "midportion_tendinopathy",
    PainSite.INSERTION: "insertional_tendinopathy",
    PainSite.HEEL_UNDERSIDE: "plantar_fasciitis",
    PainSite.CALF: "calf_pain",
    PainSite.OTHER: "pain_elsewhere",
}
_ACHILLES_SITES = frozenset({PainSite.MIDPORTION, PainSite.INSERTION})


def _is_calf_without_achilles_site(sites: tuple[PainSite, ...]) -> bool:
    return PainSite.CALF in sites and _ACHILLES_SITES.isdisjoint(sites)


def has_calf_pain(intake: Intake) -> bool:
    """True when the pain is in the calf muscle, with or without an Achilles site."""
    return PainSite.CALF in (intake.pain_site or ())


def is_calf_pain_only(intake: Intake) -> bool:
    """True when the pain is in the calf muscle and no Achilles site is given."""
    return _is_calf_without_achilles_site(intake.pain_site or ())


def is_other_site_only(intake: Intake) -> bool:
    """True when where it hurts is given and is only under the heel or somewhere else: neither
    an Achilles site nor the calf (which has its own rule, triage.calf_pain)."""
    sites = intake.pain_site or ()
    return bool(sites) and _ACHILLES_SITES.isdisjoint(sites) and PainSite.CALF not in sites


def _has_inflammatory_clue(intake: Intake) -> bool:
    return bool(intake.other_joints_inflamed) or LongTermCondition.SPONDYLOARTHRITIS in (
        intake.conditions or ()
    )


def likely_conditions(
    intake: Intake, red_flags: tuple[str, ...], book: Rulebook
) -> tuple[str, ...]:
    """The condition ids to consider for this intake, in pathway order."""
    return _conditions(book, red_flags, intake.pain_site or (), _has_inflammatory_clue(intake))


# Red flags, sites and one clue make few combinations, so each is worked out once (speed).
@lru_cache(maxsize=1024)
def _conditions(
    book: Rulebook,
    red_flags: tuple[str, ...],
    sites: tuple[PainSite, ...],
    has_inflammatory_clue: bool,
) -> tuple[str, ...]:
    found = {book.red_flags[flag_id].condition for flag_id in red_flags}
    found.discard(None)
    found.update(_SITE_CONDITIONS[site] for site in sites)
    if has_inflammatory_clue:
        found.add("possible_inflammatory_arthritis")
    if not red_flags and not sites:
        found.add("achilles_tendinopathy_unspecified")
    return tuple(condition for condition in book.condition_order if condition in found)
