"""Suspected Achilles rupture: each clue alone means same-day assessment, never exercise advice.

People with a rupture can often still walk (bjgp-2015-rupture); a calf squeeze that does not
move the foot picks up 96 in 100 ruptures (maffulli-1998).
"""

from __future__ import annotations

import pytest
from support.vignettes import (
    EXERCISE_OR_SELF_HELP,
    assess_person,
    reason_for,
    recommendation_ids,
)

from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AteStatus, Disposition


def test_footballer_who_felt_kicked_and_can_still_walk_is_urgent() -> None:
    result = assess_person(age=34, onset="sudden", can_bear_weight=True, symptom_weeks=0)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("sudden_onset",)
    assert result.conditions == ("suspected_rupture",)
    assert recommendation_ids(result) == ("rupture_same_day",)
    assert "even if you can still walk" in reason_for(result, "rupture_same_day")


def test_badminton_player_who_heard_a_snap_is_urgent_with_suspected_rupture() -> None:
    result = assess_person(age=38, heard_snap=True, activities=("badminton",))

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("heard_snap",)
    assert result.conditions == ("suspected_rupture",)
    assert result.recommendations[0].rule == "red_flag.heard_snap"


def test_man_who_cannot_put_weight_on_the_leg_after_a_jump_is_urgent() -> None:
    result = assess_person(age=41, can_bear_weight=False)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("cannot_bear_weight",)
    assert result.conditions == ("suspected_rupture",)


def test_calf_squeeze_that_does_not_move_the_foot_is_urgent_even_with_gradual_pain() -> None:
    result = assess_person(calf_squeeze_foot_moves=False, symptom_weeks=10)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("calf_squeeze_no_movement",)
    assert "96 in 100" in reason_for(result, "rupture_same_day")
    assert result.recommendations[0].sources == ("maffulli-1998",)


def test_calf_squeeze_that_moves_the_foot_is_not_a_red_flag() -> None:
    result = assess_person(calf_squeeze_foot_moves=True, symptom_weeks=0.5)

    assert result.red_flags == ()
    assert result.disposition is Disposition.SELF_CARE


def test_untested_calf_squeeze_is_not_counted_as_an_unanswered_question() -> None:
    result = assess_person(symptom_weeks=0.5)

    assert result.unanswered == ()
    assert result.disposition is Disposition.SELF_CARE


def test_sudden_pain_and_a_snap_are_two_red_flags_with_one_same_day_visit() -> None:
    result = assess_person(onset="sudden", heard_snap=True, can_bear_weight=False)

    assert result.red_flags == ("sudden_onset", "heard_snap", "cannot_bear_weight")
    assert recommendation_ids(result) == ("rupture_same_day",)
    visit = result.recommendations[0]
    assert visit.rule == "red_flag.sudden_onset"
    assert "started suddenly" in visit.reason
    assert "snap or pop" in visit.reason
    assert "cannot put weight" in visit.reason
    assert visit.sources == ("bjgp-2015-rupture", "nice-cks-2020", "bupa-2022")


def test_runner_with_chronic_midportion_pain_who_felt_a_snap_gets_no_exercise_advice() -> None:
    result = assess_person(
        heard_snap=True,
        pain_site=("midportion",),
        symptom_weeks=20,
        treatments=({"kind": "loading_programme", "weeks": 6, "outcome": "no_change"},),
    )

    assert result.disposition is Disposition.URGENT
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))
    assert result.conditions == ("suspected_rupture", "midportion_tendinopathy")


def test_suspected_rupture_is_not_suitable_for_embolisation() -> None:
    result = assess_person(onset="sudden", symptom_weeks=30, pain_score=8)

    assert result.ate.status is AteStatus.NOT_SUITABLE
    assert result.ate.reasons[0].startswith("A possible torn tendon")


@pytest.mark.parametrize(
    "clue",
    [
        {"onset": "sudden"},
        {"heard_snap": True},
        {"can_bear_weight": False},
        {"calf_squeeze_foot_moves": False},
        {"can_single_leg_heel_raise": False, "onset": None},
    ],
)
def test_every_rupture_clue_says_go_to_a_utc_miu_or_ae_today_and_keep_weight_off_the_leg(
    clue: dict[str, object],
) -> None:
    result = assess_person(age=40, **clue)
    action = recommendation_texts(load_pathway())["rupture_same_day"].patient

    assert recommendation_ids(result) == ("rupture_same_day",)
    assert action == (
        "Go to an urgent treatment centre, a minor injuries unit or A&E today. Do not wait for "
        "a GP appointment. Keep weight off the leg as much as you can."
    )
