"""The rulebook: a pathway definition checked once, with thresholds written into every reason.

A clinic's own copy may change numbers and words, but may not drop a rule the code relies on,
and every rule id the code uses must exist in the packaged pathway (and none lie unused).
"""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest
from support.vignettes import person, reason_for

from achillespath.assessment import assess
from achillespath.pathway.definition import load_pathway, parse_pathway
from achillespath.pathway.recommendations import recommendation_texts, recommendation_vocabulary
from achillespath.pathway.rulebook import PathwayError, rulebook_for
from achillespath.sources import all_sources

PACKAGE = Path(__file__).resolve().parents[2] / "achillespath"
RULE_ID = re.compile(
    r"^(red_flag|safety|triage|medicines|referral|stepped_care)\.(?!toml$)[a-z0-9_]+$"
)


def packaged_text() -> str:
    return resources.files("achillespath.pathway").joinpath("pathway.toml").read_text("utf-8")


def rule_ids_in_code() -> set[str]:
    """Every string constant in the package that has the shape of a rule id."""
    return {
        node.value
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and RULE_ID.match(node.value)
    }


def test_the_packaged_pathway_compiles() -> None:
    book = rulebook_for(load_pathway())

    assert book.version == load_pathway().version
    assert book.thresholds.loading_programme_weeks == 12


def test_a_definition_is_compiled_once_and_reused() -> None:
    assert rulebook_for(load_pathway()) is rulebook_for(load_pathway())


def test_every_rule_id_the_code_uses_is_defined_in_the_pathway() -> None:
    assert rule_ids_in_code() <= set(load_pathway().rules)


def test_every_rule_in_the_pathway_is_used_by_the_code_or_a_red_flag() -> None:
    pathway = load_pathway()
    by_red_flags = {flag.rule for flag in pathway.red_flags.values()}

    assert set(pathway.rules) == rule_ids_in_code() | by_red_flags


def test_every_rule_recommends_a_vocabulary_id_and_cites_known_sources() -> None:
    for rule_id, rule in load_pathway().rules.items():
        assert rule.recommendation in recommendation_vocabulary(), rule_id
        assert rule.sources, rule_id
        assert set(rule.sources) <= set(all_sources()), rule_id


def test_a_new_loading_threshold_changes_the_words_people_read() -> None:
    longer = parse_pathway(
        packaged_text().replace(
            "[thresholds.loading_programme_weeks]\nvalue = 12",
            "[thresholds.loading_programme_weeks]\nvalue = 16",
        )
    )

    result = assess(person(symptom_weeks=6, pain_site=("midportion",)), longer)

    assert "twice a day for 16 weeks" in reason_for(result, "loading_programme")
    assert "at least 16 weeks" in recommendation_texts(longer)["loading_programme"].patient


def test_a_new_self_care_threshold_changes_the_decision() -> None:
    slower = parse_pathway(
        packaged_text().replace(
            "[thresholds.self_care_weeks]\nvalue = 1", "[thresholds.self_care_weeks]\nvalue = 2"
        )
    )

    assert assess(person(symptom_weeks=1.5), slower).recommendations[0].id == "self_care_plan"
    assert assess(person(symptom_weeks=1.5)).recommendations[0].id == "see_gp_or_physio"


def test_a_definition_without_a_red_flag_is_refused_by_name() -> None:
    without_snap = re.sub(r"\[red_flags\.heard_snap\]\n(.+\n)+?\n", "", packaged_text(), count=1)

    with pytest.raises(PathwayError, match="lacks red_flags: \\['heard_snap'\\]"):
        rulebook_for(parse_pathway(without_snap))


def test_a_reason_naming_an_unknown_value_is_refused_by_rule_id() -> None:
    typo = packaged_text().replace("{loading_programme_weeks} weeks.", "{loading_weeks_typo}.")

    with pytest.raises(PathwayError, match=r"rule stepped_care\.improving: unknown placeholder"):
        rulebook_for(parse_pathway(typo))


def test_an_ate_reason_naming_an_unknown_threshold_is_refused() -> None:
    typo = packaged_text().replace("{ate_min_pain_score} out of 10", "{ate_min_pain} out of 10")

    with pytest.raises(PathwayError, match="ate criterion pain_not_limiting: unknown placeholder"):
        rulebook_for(parse_pathway(typo))


def test_a_red_flag_on_a_question_the_intake_does_not_have_is_refused() -> None:
    typo = packaged_text().replace('question = "heard_snap"', 'question = "heard_a_snap"')

    with pytest.raises(PathwayError, match="red flag heard_snap: unknown Intake question"):
        rulebook_for(parse_pathway(typo))


def test_a_red_flag_ruled_out_by_a_question_the_intake_does_not_have_is_refused() -> None:
    typo = packaged_text().replace('unless = { question = "onset"', 'unless = { question = "start"')

    with pytest.raises(PathwayError, match="red flag cannot_heel_raise: unknown Intake question"):
        rulebook_for(parse_pathway(typo))


def test_a_drug_class_red_flag_cannot_be_ruled_out_by_an_answer() -> None:
    text = packaged_text().replace(
        'drug_class = "fluoroquinolone"',
        'drug_class = "fluoroquinolone"\nunless = { question = "onset", answer = "gradual" }',
    )

    with pytest.raises(ValueError, match="unless qualifies an alarming answer"):
        parse_pathway(text)


def test_a_rule_recommending_an_id_outside_the_vocabulary_is_refused() -> None:
    typo = packaged_text().replace(
        'recommendation = "podiatry"', 'recommendation = "podiatrist"', 1
    )

    with pytest.raises(PathwayError, match="unknown recommendation 'podiatrist'"):
        rulebook_for(parse_pathway(typo))


def test_vocabulary_is_in_urgency_order_with_999_first_and_prevention_last() -> None:
    ids = list(recommendation_vocabulary())

    assert ids[:4] == [
        "emergency_services",
        "same_day_assessment",
        "rupture_same_day",
        "stop_fluoroquinolone",
    ]
    assert ids[-1] == "prevention_advice"
    assert recommendation_texts(load_pathway())["emergency_services"].patient.startswith(
        "Call 999 now (or 112)"
    )


def test_no_vocabulary_text_is_left_with_an_unfilled_placeholder() -> None:
    for key, words in recommendation_texts(load_pathway()).items():
        for text in (words.title, words.patient, words.clinician):
            assert "{" not in text, key


def test_a_settled_morning_pain_above_the_acceptable_one_is_refused_by_name() -> None:
    # Otherwise progression could follow a morning pain that calls for less load.
    swapped = packaged_text().replace(
        "settled_max_next_morning_pain = 2", "settled_max_next_morning_pain = 6"
    )

    with pytest.raises(ValueError, match="settled_max_next_morning_pain must not exceed"):
        parse_pathway(swapped)
