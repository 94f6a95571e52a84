"""Every id a result can carry has plain-English words, and no words are left over."""

from __future__ import annotations

import pytest

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.labels import (
    disposition_words,
    disposition_words_for,
    in_sentence,
    label,
    load_labels,
)
from achillespath.pathway.definition import load_pathway
from achillespath.result import Disposition


def test_every_red_flag_in_the_pathway_has_words_and_no_words_are_left_over() -> None:
    assert set(load_labels().red_flags) == set(load_pathway().red_flags)


@pytest.mark.parametrize("disposition", list(Disposition))
def test_every_disposition_has_a_headline_and_an_action(disposition: Disposition) -> None:
    words = disposition_words(disposition)
    assert words.headline
    assert words.action


@pytest.mark.parametrize("disposition", list(Disposition))
def test_the_clinicians_headline_never_addresses_the_reader_as_you(
    disposition: Disposition,
) -> None:
    words = disposition_words(disposition).clinician_headline.lower().split()
    assert words and "you" not in words and "your" not in words


def test_the_emergency_words_say_call_999() -> None:
    assert "999" in disposition_words(Disposition.EMERGENCY).headline


def test_condition_names_come_from_the_pathway() -> None:
    assert label("conditions", "suspected_rupture") == "Suspected Achilles tendon rupture"


def test_risk_factor_names_carry_the_pathways_threshold() -> None:
    assert "60" in label("risk_factors", "older_age")


def test_an_id_without_words_is_still_shown_readably() -> None:
    assert label("conditions", "something_new") == "Something new"


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("Shockwave therapy (ESWT)", "shockwave therapy (ESWT)"),
        ("Platelet-rich plasma (PRP) injection", "platelet-rich plasma (PRP) injection"),
        ("Achilles tendon embolisation (ATE)", "Achilles tendon embolisation (ATE)"),
        ("PRP injection", "PRP injection"),
        ("A steroid injection", "a steroid injection"),
        ("Surgery", "surgery"),
        ("", ""),
    ],
)
def test_a_name_inside_a_sentence_keeps_its_acronyms_and_proper_nouns(
    name: str, inside: str
) -> None:
    assert in_sentence(name) == inside


@pytest.mark.parametrize(
    "intake",
    [{"onset": "sudden"}, {"heard_snap": True}, {"can_bear_weight": False}],
    ids=["sudden_onset", "heard_snap", "cannot_bear_weight"],
)
def test_a_rupture_clue_makes_the_urgent_action_say_where_to_go_as_its_advice_does(
    intake: dict[str, object],
) -> None:
    # Walkthrough: "contact your GP surgery" on top of "do not wait for a GP appointment".
    words = disposition_words_for(assess(Intake.model_validate(intake)))

    assert words.headline == "Get medical help today"
    assert words.action.startswith(
        "Go to an urgent treatment centre, a minor injuries unit or A&E today. Do not wait for "
        "a GP appointment."
    )
    assert "GP surgery" not in words.action


def test_other_urgent_results_keep_the_urgent_action() -> None:
    words = disposition_words_for(assess(Intake(calf_swelling=True)))

    assert words == disposition_words(Disposition.URGENT)
