"""After a red flag, the advice is what to do today or now, and nothing routine beside it.

A podiatrist, a rheumatology review or a GP check for being under 18 would only blur how soon
to act (hazard log HAZ-11). The findings behind them stay in the result for the clinician who
sees the person today: `conditions`, `risk_factors`, `unanswered`. The medicines check stays,
listed after the same-day advice: it is about the medicines themselves and changes no urgency.
"""

from __future__ import annotations

from support.vignettes import assess_person, reason_for, recommendation_ids

from achillespath.result import Disposition


def test_man_who_heard_a_snap_and_doubts_his_shoes_is_not_sent_to_a_podiatrist_today() -> None:
    result = assess_person(heard_snap=True, footwear_concern=True, pain_site=("heel_underside",))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day",)
    assert result.conditions == ("suspected_rupture", "plantar_fasciitis")
    assert "footwear" in result.risk_factors


def test_woman_with_gout_and_a_hot_red_swollen_heel_is_seen_today_without_rheumatology() -> None:
    result = assess_person(sex="female", hot_red_swelling=True, conditions=("gout",))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("same_day_assessment",)


def test_swollen_calf_and_swollen_knuckles_means_a_clot_check_today_first() -> None:
    result = assess_person(calf_swelling=True, other_joints_inflamed=True)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("same_day_assessment",)
    assert "possible_inflammatory_arthritis" in result.conditions


def test_steroid_user_who_heard_a_snap_still_hears_not_to_stop_the_steroid_suddenly() -> None:
    result = assess_person(heard_snap=True, medications=("prednisolone 5mg",))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("rupture_same_day", "medication_review")
    assert "Do not stop it suddenly" in reason_for(result, "medication_review")
