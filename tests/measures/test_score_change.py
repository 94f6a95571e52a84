"""A VISA-A change matters when it reaches the MCID: 14 points by default (one cohort)."""

from __future__ import annotations

import pytest

from achillespath.measures import ChangeDirection, interpret_change
from achillespath.pathway.definition import AlternativeMcid, VisaAChangeRules


def test_a_rise_of_14_points_reaches_the_default_mcid() -> None:
    change = interpret_change(50, 64)

    assert change.delta == 14
    assert change.direction is ChangeDirection.IMPROVED
    assert change.is_meaningful is True
    assert change.mcid == 14
    assert change.sources == ("jospt-2021-mcid",)


def test_a_rise_of_13_points_falls_just_short_of_the_default_mcid() -> None:
    change = interpret_change(50, 63)

    assert change.delta == 13
    assert change.direction is ChangeDirection.IMPROVED
    assert change.is_meaningful is False
    assert change.reason.startswith(
        "Your score went up by 13 points. That is less than 14 points, so it may not be a real "
        "change."
    )


def test_the_reason_says_the_mcid_comes_from_one_study_of_active_people_with_midportion_pain() -> (
    None
):
    reason = interpret_change(40, 70).reason

    assert "one study of active people with pain in the middle of the tendon" in reason
    assert "over 12 weeks" in reason
    assert "It may not fit everyone." in reason


def test_a_meaningful_drop_is_worse_and_asks_the_person_to_tell_their_clinician() -> None:
    change = interpret_change(70, 55)

    assert change.delta == -15
    assert change.direction is ChangeDirection.WORSE
    assert change.is_meaningful is True
    assert "tell your physiotherapist or doctor" in change.reason


def test_a_small_drop_is_worse_but_not_meaningful() -> None:
    change = interpret_change(70, 60)

    assert (change.direction, change.is_meaningful) == (ChangeDirection.WORSE, False)
    assert "tell your" not in change.reason


def test_no_change_is_unchanged() -> None:
    change = interpret_change(64, 64)

    assert (change.delta, change.direction, change.is_meaningful) == (0, "unchanged", False)
    assert change.reason.startswith("Your score has not changed.")


def test_the_published_24_week_mcid_of_7_points_cites_its_source_and_its_uncertainty() -> None:
    change = interpret_change(50, 57, mcid=7)

    assert change.is_meaningful is True
    assert change.sources == ("jospt-2021-mcid",)
    assert "over 24 weeks" in change.reason
    assert "very uncertain" in change.reason


def test_a_clinics_own_mcid_is_used_and_has_no_published_source() -> None:
    change = interpret_change(50, 60, mcid=10)

    assert (change.mcid, change.is_meaningful, change.sources) == (10, True, ())
    assert "Your clinic counts a change of 10 points as one that matters." in change.reason


def test_the_mcid_comes_from_the_rules_passed_in() -> None:
    rules = VisaAChangeRules(
        default_mcid=6.5,
        default_mcid_weeks=12,
        sources=("robinson-2001",),
        note="test rules",
        alternative_mcids=(
            AlternativeMcid(
                points=20, weeks=6, population="a test group", sources=("iversen-2012",)
            ),
        ),
    )

    assert interpret_change(50, 56, rules=rules).is_meaningful is False
    assert interpret_change(50, 57, rules=rules).is_meaningful is True
    assert interpret_change(50, 70, rules=rules, mcid=20).sources == ("iversen-2012",)


@pytest.mark.parametrize(
    ("baseline", "follow_up", "message"),
    [
        (-1, 50, "baseline: -1 is not a VISA-A total"),
        (50, 101, "follow_up: 101 is not a VISA-A total"),
        (50.5, 60, "baseline: 50.5 is not a VISA-A total"),
        (True, 60, "baseline: True is not a VISA-A total"),
    ],
)
def test_totals_outside_0_to_100_are_refused_by_name(
    baseline: int, follow_up: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        interpret_change(baseline, follow_up)


@pytest.mark.parametrize("mcid", [0, -3, 101, float("nan"), float("inf")])
def test_an_mcid_outside_0_to_100_is_refused(mcid: float) -> None:
    with pytest.raises(ValueError, match=r"mcid: .* must be a number of points above 0"):
        interpret_change(50, 60, mcid=mcid)


def test_the_reason_is_the_finding_then_where_the_mcid_comes_from() -> None:
    change = interpret_change(50, 63)

    assert change.reason == f"{change.finding} {change.basis}"
    assert "one study" in change.basis and "one study" not in change.finding


def test_a_small_change_three_weeks_on_says_the_mcid_is_a_change_over_12_weeks() -> None:
    change = interpret_change(52, 55, weeks_apart=3)

    assert change.finding.endswith(
        "These scores are 3 weeks apart, and 14 points is the change over 12 weeks, so a smaller "
        "change this soon is common."
    )


def test_scores_twelve_weeks_apart_need_no_note_on_the_time() -> None:
    assert "apart" not in interpret_change(52, 55, weeks_apart=12).finding
    assert "apart" not in interpret_change(40, 60, weeks_apart=12).finding


def test_a_rise_reaching_the_mcid_says_it_is_likely_a_real_improvement() -> None:
    assert interpret_change(52, 66).finding == (
        "Your score went up by 14 points. That is at least 14 points, so it is likely to be a "
        "real improvement."
    )


def test_a_rise_reaching_the_mcid_a_week_on_says_the_mcid_was_set_over_12_weeks() -> None:
    assert interpret_change(61, 75, weeks_apart=1).finding == (
        "Your score went up by 14 points. That is at least 14 points, so it is likely to be a "
        "real improvement. These scores are 1 week apart; 14 points was set as a change over "
        "12 weeks."
    )


def test_a_drop_reaching_the_mcid_soon_still_ends_by_asking_to_tell_the_clinician() -> None:
    assert interpret_change(70, 55, weeks_apart=2).finding == (
        "Your score went down by 15 points. That is at least 14 points, so it is likely to be a "
        "real change for the worse. These scores are 2 weeks apart; 14 points was set as a change "
        "over 12 weeks. Please tell your physiotherapist or doctor that your score has dropped."
    )


def test_a_clinics_own_mcid_has_no_time_span_to_compare_with() -> None:
    assert "apart" not in interpret_change(52, 55, mcid=5, weeks_apart=1).finding
