"""Every rule and ATE criterion gives its reason twice, with the same facts: `reason` for the
patient and `clinician_reason` for clinicians, who must never read advice addressed to the
patient ("you") as if it were addressed to them (hazard log HAZ-20). Each red-flag question is
named twice too, for when it is left unanswered."""

from __future__ import annotations

import re
import string
from importlib import resources

import pytest
from pydantic import ValidationError

from achillespath.pathway.definition import load_pathway, parse_pathway
from achillespath.pathway.recommendations import recommendation_vocabulary
from achillespath.pathway.rulebook import FACTS, PathwayError, rulebook_for

SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)


def packaged_text() -> str:
    return resources.files("achillespath.pathway").joinpath("pathway.toml").read_text("utf-8")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def wordings() -> list[tuple[str, str, str]]:
    """(id, patient words, clinician words) of every rule, ATE criterion and red-flag question."""
    pathway = load_pathway()
    rules = [
        (f"rule {key}", rule.reason, rule.clinician_reason) for key, rule in pathway.rules.items()
    ]
    criteria = [
        (f"ate criterion {key}", criterion.reason, criterion.clinician_reason)
        for key, criterion in pathway.ate_criteria.items()
    ]
    questions = [
        (f"red-flag question {field}", words, pathway.red_flag_questions_for_clinicians[field])
        for field, words in pathway.red_flag_questions.items()
    ]
    return rules + criteria + questions


WORDINGS = wordings()
IDS = [item_id for item_id, _, _ in WORDINGS]


@pytest.mark.parametrize(("item_id", "patient", "clinician"), WORDINGS, ids=IDS)
def test_the_clinician_wording_never_addresses_the_reader_as_you(
    item_id: str, patient: str, clinician: str
) -> None:
    assert clinician.strip()
    assert not SECOND_PERSON.search(clinician), item_id


@pytest.mark.parametrize(("item_id", "patient", "clinician"), WORDINGS, ids=IDS)
def test_every_placeholder_in_the_clinician_wording_can_be_filled(
    item_id: str, patient: str, clinician: str
) -> None:
    # A threshold, or a fact about the person that the patient's reason also names (the code
    # passes only those facts).
    thresholds = set(load_pathway().thresholds)
    facts_given = placeholders(patient) & FACTS

    assert placeholders(clinician) <= thresholds | facts_given, item_id


@pytest.mark.parametrize("rule_id", sorted(load_pathway().rules))
def test_no_clinician_wording_repeats_the_title_it_is_shown_under(rule_id: str) -> None:
    # The patient page and the letters print "<title>: <clinician text>" and "Why: <reason>",
    # so a text that opens with its own title reads "Dry needling: Dry needling: ...".
    rule = load_pathway().rules[rule_id]
    words = recommendation_vocabulary()[rule.recommendation]
    title = words.title.casefold()

    assert not words.clinician.casefold().startswith(title), rule.recommendation
    assert not rule.clinician_reason.casefold().startswith(title), rule_id


def test_a_rule_without_a_clinician_wording_is_refused_naming_the_field() -> None:
    without = packaged_text().replace(
        'clinician_reason = "Physiotherapy review of exercise technique and load."\n', ""
    )

    with pytest.raises(ValidationError, match=r"stepped_care\.loading_check`\.clinician_reason"):
        parse_pathway(without)


def test_a_clinician_wording_naming_a_fact_its_patient_reason_does_not_is_refused() -> None:
    # loading_check is never given {medicines}, so the word would print as "{medicines}".
    odd = packaged_text().replace(
        'clinician_reason = "Physiotherapy review of exercise technique and load."',
        'clinician_reason = "Physiotherapy review of {medicines}."',
    )

    with pytest.raises(
        PathwayError,
        match=r"rule stepped_care\.loading_check clinician_reason: unknown placeholder",
    ):
        rulebook_for(parse_pathway(odd))


def test_an_ate_clinician_wording_naming_an_unknown_threshold_is_refused() -> None:
    typo = packaged_text().replace(
        "Symptoms for at least {ate_min_symptom_weeks} weeks.",
        "Symptoms for at least {ate_min_symptoms} weeks.",
    )

    with pytest.raises(
        PathwayError, match="ate criterion chronic_pain clinician_reason: unknown placeholder"
    ):
        rulebook_for(parse_pathway(typo))


def test_a_pathway_without_clinician_words_for_a_red_flag_question_is_refused_naming_it() -> None:
    without = packaged_text().replace('onset = "sudden onset"\n', "")

    with pytest.raises(PathwayError, match=r"red_flag_questions_for_clinicians lacks \['onset'\]"):
        rulebook_for(parse_pathway(without))
