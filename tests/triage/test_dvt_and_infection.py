"""Blood clots and infection: breathlessness is an emergency; calf swelling, fever, or heat or
spreading redness over the tendon mean same-day assessment (nice-ng158-2020,
infection-general-principle)."""

from __future__ import annotations

from support.vignettes import (
    EXERCISE_OR_SELF_HELP,
    assess_person,
    reason_for,
    recommendation_ids,
    tried,
)

from achillespath.result import AteStatus, Disposition


def test_breathless_runner_with_a_swollen_calf_is_told_to_call_999() -> None:
    result = assess_person(breathless_or_chest_pain=True, calf_swelling=True)

    assert result.disposition is Disposition.EMERGENCY
    assert result.red_flags == ("breathless_or_chest_pain", "calf_swelling")
    assert result.conditions == ("possible_pulmonary_embolism", "possible_dvt")
    assert recommendation_ids(result) == (
        "emergency_services",
        "same_day_assessment",
    )
    assert "blood clot" in reason_for(result, "emergency_services")
    assert result.recommendations[0].sources == ("nice-ng158-2020",)


def test_chest_pain_alone_with_heel_pain_is_an_emergency() -> None:
    result = assess_person(breathless_or_chest_pain=True, pain_site=("insertion",))

    assert result.disposition is Disposition.EMERGENCY
    assert recommendation_ids(result)[0] == "emergency_services"
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


def test_woman_home_from_a_long_flight_with_a_swollen_calf_is_urgent_possible_dvt() -> None:
    result = assess_person(age=52, sex="female", calf_swelling=True, pain_site=("calf",))

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("calf_swelling",)
    assert result.conditions == ("possible_dvt", "calf_pain")
    assert "blood clot in the leg" in reason_for(result, "same_day_assessment")


def test_fever_a_week_after_a_heel_injection_is_urgent_possible_infection() -> None:
    result = assess_person(
        fever=True,
        treatments=({"kind": "prp_injection", "weeks": 1, "outcome": "worse"},),
    )

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("fever",)
    assert result.conditions == ("possible_infection",)
    assert result.recommendations[0].sources == ("infection-general-principle",)


def test_hot_red_swollen_heel_is_urgent_possible_infection() -> None:
    result = assess_person(hot_red_swelling=True, pain_site=("insertion",))

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("hot_red_swelling",)
    assert result.conditions == ("possible_infection", "insertional_tendinopathy")
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


def test_spreading_redness_and_heat_after_an_injection_without_swelling_is_seen_today() -> None:
    # Heat or spreading redness answers the question yes, swollen or not (interview 2026.11.5).
    result = assess_person(
        hot_red_swelling=True,
        swelling=False,
        pain_site=("insertion",),
        treatments=tried(("prp_injection", 1, "worse")),
    )

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("hot_red_swelling",)
    reason = reason_for(result, "same_day_assessment")
    assert reason.startswith(
        "The skin over the tendon is hot, or it has redness that is spreading."
    )
    assert "swollen" not in reason
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


def test_possible_infection_rules_out_embolisation_until_treated() -> None:
    result = assess_person(fever=True, hot_red_swelling=True, symptom_weeks=40, pain_score=7)

    assert result.ate.status is AteStatus.NOT_SUITABLE
    assert any("infection" in reason for reason in result.ate.reasons)


def test_emergency_outranks_urgent_flags_and_999_comes_first() -> None:
    result = assess_person(breathless_or_chest_pain=True, fever=True, onset="sudden")

    assert result.disposition is Disposition.EMERGENCY
    assert recommendation_ids(result) == (
        "emergency_services",
        "same_day_assessment",
        "rupture_same_day",
    )
