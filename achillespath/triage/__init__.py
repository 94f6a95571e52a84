"""Triage: red flags first, then who else should see the person, then likely conditions."""

from __future__ import annotations

from achillespath.triage.both_sides import both_sides_advice
from achillespath.triage.conditions import (
    has_calf_pain,
    is_calf_pain_only,
    is_other_site_only,
    likely_conditions,
)
from achillespath.triage.heel_raise import heel_raise_advice
from achillespath.triage.red_flags import (
    present_red_flags,
    red_flag_advice,
    unanswered_red_flags,
)
from achillespath.triage.signposting import (
    is_under_adult_age,
    podiatry_advice,
    safety_net_advice,
)

__all__ = [
    "both_sides_advice",
    "has_calf_pain",
    "heel_raise_advice",
    "is_calf_pain_only",
    "is_other_site_only",
    "is_under_adult_age",
    "likely_conditions",
    "podiatry_advice",
    "present_red_flags",
    "red_flag_advice",
    "safety_net_advice",
    "unanswered_red_flags",
]
