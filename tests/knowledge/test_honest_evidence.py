"""Patient text states the evidence honestly and gives the safety advice the sources require."""

from __future__ import annotations

import re

import pytest

from achillespath.knowledge import get_item


def text_of(item_id: str) -> str:
    """The item's title, summary and body in lower case with Markdown emphasis removed."""
    item = get_item(item_id)
    return re.sub(r"\s+", " ", f"{item.title} {item.summary} {item.body}".replace("**", "")).lower()


@pytest.mark.parametrize("words", ["small", "case series", "no comparison group"])
def test_the_ate_item_says_how_limited_its_evidence_is(words: str) -> None:
    assert words in text_of("achilles-tendon-embolisation")


@pytest.mark.parametrize("claim", ["low-risk", "low risk", "high success", "quick recovery"])
def test_the_ate_item_does_not_repeat_marketing_claims(claim: str) -> None:
    assert claim not in text_of("achilles-tendon-embolisation")


@pytest.mark.parametrize(
    "fact",
    [
        "29 treatments",
        "86%",
        "no serious side effects",
        "we do not know how often side effects happen",
        "no uk trials",
        "no nice guidance",
        "not be the first treatment",
        "interventional radiologist",
        "local anaesthetic",
        "about an hour",
        "surgery and other treatments should still be possible",
    ],
)
def test_the_ate_item_covers_the_facts_a_patient_needs(fact: str) -> None:
    assert fact in text_of("achilles-tendon-embolisation")


def test_the_injections_item_reports_the_sham_controlled_prp_trial() -> None:
    text = text_of("injections")
    assert "240 people" in text
    assert "sham" in text
    assert "does not work better than a pretend (sham) injection" in text


def test_the_injections_item_advises_against_steroid_injection_into_the_tendon() -> None:
    assert "steroid (corticosteroid) injections are not advised" in text_of("injections")


@pytest.mark.parametrize(
    "advice", ["same day", "still be able to walk", "call 999", "blood clot", "squeeze your calf"]
)
def test_the_rupture_warning_gives_same_day_advice_even_if_walking(advice: str) -> None:
    assert advice in text_of("rupture-warning")


def test_fluoroquinolone_users_are_told_to_stop_and_call_the_prescriber_that_day() -> None:
    text = text_of("causes-and-risk-factors")
    assert "stop taking it" in text
    assert "contact the person who prescribed it on the same day" in text


def test_statin_users_are_told_never_to_stop_without_their_gp() -> None:
    text = text_of("causes-and-risk-factors")
    assert "conflicting" in text
    assert "never stop taking a statin without talking to your gp" in text


def test_risk_factors_are_context_not_a_personal_score() -> None:
    assert "not a score of your own risk" in text_of("causes-and-risk-factors")


def test_the_loading_item_gives_the_three_pain_guide_rules_and_the_twelve_weeks() -> None:
    text = text_of("loading-exercises")
    for rule in ["up to 5 out of 10", "by the next morning", "from one week to the next"]:
        assert rule in text
    assert "at least 12 weeks" in text
    assert "flat floor" in text


def test_the_surgery_item_says_there_is_no_sham_controlled_trial() -> None:
    text = text_of("surgery")
    assert "no study has compared surgery with a sham" in text
    assert "83%" in text
    assert "6 in 100" in text


def test_the_visa_a_item_invents_no_severity_bands() -> None:
    text = text_of("visa-a-score")
    assert "no official bands" in text
    assert "about 90" in text
    assert "61 active people for 12 weeks. a rise of about 14 points" in text
    assert "not a test for diagnosis" in text


def test_shockwave_evidence_is_described_as_limited_and_under_special_arrangements() -> None:
    text = text_of("other-treatments")
    assert "special arrangements" in text
    assert "moderate evidence" in text
    assert "very little research on the achilles" in text
