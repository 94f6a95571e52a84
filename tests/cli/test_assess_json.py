"""`achillespath assess --json`: one intake object in, one result object out."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli_runner import RunCli

RESULT_FIELDS = {
    "disposition",
    "red_flags",
    "unanswered",
    "conditions",
    "recommendations",
    "ate",
    "risk_factors",
    "pathway_version",
}

SETTLED_RUNNER = {
    "age": 41,
    "onset": "gradual",
    "heard_snap": False,
    "can_bear_weight": True,
    "calf_swelling": False,
    "fever": False,
    "hot_red_swelling": False,
    "breathless_or_chest_pain": False,
    "symptom_weeks": 6,
    "pain_site": ["midportion"],
    "medications": [],
}


def test_an_intake_file_gives_one_result_object(run_cli: RunCli, tmp_path: Path) -> None:
    intake = tmp_path / "intake.json"
    intake.write_text(json.dumps(SETTLED_RUNNER))
    run = run_cli("assess", "--json", str(intake))
    assert run.status == 0
    result = json.loads(run.out)
    assert set(result) == RESULT_FIELDS
    assert result["disposition"] == "routine"
    assert result["pathway_version"]


def test_dash_reads_the_intake_from_standard_input(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin=json.dumps({"breathless_or_chest_pain": True}))
    assert run.status == 0
    assert json.loads(run.out)["disposition"] == "emergency"


def test_every_recommendation_carries_a_reason_and_sources(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin=json.dumps(SETTLED_RUNNER))
    for recommendation in json.loads(run.out)["recommendations"]:
        assert recommendation["reason"]
        assert recommendation["sources"]


def test_an_unknown_field_is_named_with_exit_status_2(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin='{"age": 40, "favourite_colour": "red"}')
    assert run.status == 2
    assert run.out == ""
    assert run.err.strip() == "achillespath assess: favourite_colour: unknown field"


def test_a_value_of_the_wrong_type_names_the_field(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin='{"heard_snap": "yes"}')
    assert run.status == 2
    assert run.err.startswith("achillespath assess: heard_snap: ")
    assert run.err.count("\n") == 1


def test_a_number_out_of_range_names_the_field_and_the_range(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin='{"pain_score": 11}')
    assert run.status == 2
    assert "pain_score: Input should be less than or equal to 10" in run.err


def test_a_bad_treatment_names_its_position(run_cli: RunCli) -> None:
    stdin = '{"treatments": [{"kind": "physiotherapy"}, {"kind": "magic"}]}'
    run = run_cli("assess", "--json", "-", stdin=stdin)
    assert run.status == 2
    assert "treatments.1.kind:" in run.err


def test_text_that_is_not_json_is_refused_in_one_line(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin="age=40")
    assert run.status == 2
    assert run.err.startswith("achillespath assess: not valid JSON")
    assert "Traceback" not in run.err


def test_a_treatment_field_given_twice_is_refused_naming_it(run_cli: RunCli) -> None:
    stdin = '{"treatments": [{"kind": "physiotherapy", "weeks": 2, "weeks": 20}]}'
    run = run_cli("assess", "--json", "-", stdin=stdin)
    assert run.status == 2
    assert run.err.startswith("achillespath assess: weeks: given more than once")


def test_a_null_character_in_a_medicine_is_refused(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin='{"medications": ["cipro\\u0000floxacin"]}')
    assert run.status == 2
    assert "medications: null characters are not allowed" in run.err


def test_json_that_is_not_an_object_is_refused(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin="[1, 2]")
    assert run.status == 2
    assert "intake:" in run.err


def test_a_missing_file_is_named(run_cli: RunCli, tmp_path: Path) -> None:
    run = run_cli("assess", "--json", str(tmp_path / "nowhere.json"))
    assert run.status == 2
    assert "nowhere.json: cannot read the file" in run.err


def test_a_number_given_as_text_or_true_false_is_refused(run_cli: RunCli) -> None:
    for stdin in ('{"symptom_weeks": false}', '{"weight_kg": "70"}'):
        run = run_cli("assess", "--json", "-", stdin=stdin)
        assert run.status == 2
        assert "Input should be a valid number" in run.err


def test_both_sides_and_the_heel_raise_are_read_and_show_in_the_result(run_cli: RunCli) -> None:
    intake = {**SETTLED_RUNNER, "both_sides": True, "can_single_leg_heel_raise": False}
    run = run_cli("assess", "--json", "-", stdin=json.dumps(intake))
    assert run.status == 0
    rules = [rec["rule"] for rec in json.loads(run.out)["recommendations"]]
    assert "triage.both_sides" in rules
    assert "triage.cannot_heel_raise" in rules


def test_a_both_sides_answer_that_is_not_true_or_false_names_the_field(run_cli: RunCli) -> None:
    run = run_cli("assess", "--json", "-", stdin='{"both_sides": "yes"}')
    assert run.status == 2
    assert run.err.startswith("achillespath assess: both_sides: ")


def test_when_a_treatment_began_is_read_and_a_bad_one_is_refused_naming_it(
    run_cli: RunCli,
) -> None:
    awaited = {"kind": "eswt", "weeks": 3, "weeks_since_start": 4}
    treatments = [{"kind": "loading_programme", "weeks": 14}, awaited]
    intake = {**SETTLED_RUNNER, "symptom_weeks": 20, "treatments": treatments}
    run = run_cli("assess", "--json", "-", stdin=json.dumps(intake))
    assert run.status == 0
    rules = [rec["rule"] for rec in json.loads(run.out)["recommendations"]]
    assert rules == ["stepped_care.awaiting_add_on"]

    bad = {**intake, "treatments": [{**awaited, "weeks_since_start": -1}]}
    run = run_cli("assess", "--json", "-", stdin=json.dumps(bad))
    assert run.status == 2
    assert run.err.startswith("achillespath assess: treatments.0.weeks_since_start: ")
    assert "greater than or equal to 0" in run.err
