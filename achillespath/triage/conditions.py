"""Likely conditions: what the clinician should consider, as ids from pathway.toml [conditions].

Several can apply at once; they are listed in the table's order. Red flags bring their own
condition (a sudden onset brings suspected_rupture). Sites come from where it hurts: midportion
and insertional tendinopathy (Dutch guideline: 2-7 cm above, or within 2 cm of, the heel bone)
and plantar fasciitis for pain under the heel, which often comes with Achilles pain
(ate-clinic-page). Site conditions are kept alongside red-flag ones: a tendon with
tendinopathy can also tear, and the clinician sees both.

When no Achilles site (midportion or insertion) is given and no red flag is raised, the pain is
recorded as achilles_tendinopathy_unspecified: the person came about Achilles pain, but where
along the tendon is not known. Not so for pain in the calf muscle without an Achilles site: calf
pain is not Achilles tendinopathy, and its cause (a strained muscle, or a clot this check cannot
rule out) is for a clinician to find, so it is recorded as calf_pain only
(`is_calf_pain_only`). With any calf pain (`has_calf_pain`), Achilles site or not, the assessment
runs no stepped care: no self-help or exercise advice until the calf has been examined.
"""

from __future__ import annotations

from functools import lru_cache

from achillespath.intake import Intake, LongTermCondition, PainSite
from achillespath.pathway.rulebook import Rulebook

__all__ = ["has_calf_pain", "is_calf_pain_only", "likely_conditions"]

_SITE_CONDITIONS = {
    PainSite.MIDPORTION: "midportion_tendinopathy",
    PainSite.INSERTION: "insertional_tendinopathy",
    PainSite.HEEL_UNDERSIDE: "plantar_fasciitis",
    PainSite.CALF: "calf_pain",
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
    found.update(_SITE_CONDITIONS[site] for site in sites if site in _SITE_CONDITIONS)
    if has_inflammatory_clue:
        found.add("possible_inflammatory_arthritis")
    is_achilles_site_unknown = _ACHILLES_SITES.isdisjoint(sites)
    if not red_flags and is_achilles_site_unknown and not _is_calf_without_achilles_site(sites):
        found.add("achilles_tendinopathy_unspecified")
    return tuple(condition for condition in book.condition_order if condition in found)
