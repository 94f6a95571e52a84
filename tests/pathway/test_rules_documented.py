"""docs/rules.md documents every id the rules use: a rule nobody can look up is not reviewable."""

from __future__ import annotations

from pathlib import Path

import pytest

from achillespath.pathway.definition import PainMonitoringRules, load_pathway
from achillespath.pathway.recommendations import recommendation_vocabulary
from achillespath.pathway.rulebook import Thresholds

RULES_DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def documented(item_id: str) -> bool:
    return f"`{item_id}`" in RULES_DOC.read_text(encoding="utf-8")


def ids_of(table: str) -> list[str]:
    return list(getattr(load_pathway(), table))


@pytest.mark.parametrize("recommendation_id", list(recommendation_vocabulary()))
def test_every_recommendation_id_is_documented(recommendation_id: str) -> None:
    assert documented(recommendation_id)


@pytest.mark.parametrize("rule_id", ids_of("rules"))
def test_every_rule_id_is_documented(rule_id: str) -> None:
    assert documented(rule_id)


@pytest.mark.parametrize(
    "item_id", ids_of("red_flags") + ids_of("conditions") + ids_of("risk_factors")
)
def test_every_red_flag_condition_and_risk_factor_id_is_documented(item_id: str) -> None:
    assert documented(item_id)


@pytest.mark.parametrize("criterion_id", ids_of("ate_criteria"))
def test_every_ate_criterion_is_documented(criterion_id: str) -> None:
    assert documented(criterion_id)


@pytest.mark.parametrize("status", ["eligible", "not_yet", "not_suitable", "specialist_review"])
def test_every_ate_status_is_documented(status: str) -> None:
    assert documented(status)


@pytest.mark.parametrize("threshold", list(Thresholds.__dataclass_fields__))
def test_every_threshold_the_rules_read_is_documented(threshold: str) -> None:
    assert documented(threshold)


def test_the_vocabulary_table_matches_the_toml_in_order_and_title() -> None:
    text = RULES_DOC.read_text(encoding="utf-8")

    for order, (key, words) in enumerate(recommendation_vocabulary().items(), start=1):
        assert f"| {order} | `{key}` | {words.title} |" in text


@pytest.mark.parametrize(
    ("item_id", "wording"),
    [(key, rule.clinician_reason) for key, rule in load_pathway().rules.items()]
    + [(key, criterion.clinician_reason) for key, criterion in load_pathway().ate_criteria.items()],
)
def test_every_clinician_wording_is_documented_as_written(item_id: str, wording: str) -> None:
    assert f"| `{item_id}` | {wording} |" in RULES_DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("field", "patient", "clinician"),
    [
        (field, words, load_pathway().red_flag_questions_for_clinicians[field])
        for field, words in load_pathway().red_flag_questions.items()
    ],
)
def test_every_red_flag_questions_words_are_documented_as_written(
    field: str, patient: str, clinician: str
) -> None:
    assert f"| `{field}` | {patient} | {clinician} |" in RULES_DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "key", [key for key in PainMonitoringRules.model_fields if key not in {"note", "sources"}]
)
def test_every_pain_monitoring_number_is_documented(key: str) -> None:
    assert documented(key)


@pytest.mark.parametrize(
    "rule",
    [
        "no_logs",
        "pain_during",
        "next_morning",
        "unsettled_mornings",
        "weekly_trend",
        "acceptable_pain",
        "settled_sessions",
    ],
)
def test_every_pain_monitoring_rule_id_is_documented(rule: str) -> None:
    assert documented(f"pain_monitoring.{rule}")
