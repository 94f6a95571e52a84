"""`achillespath assess --jsonl`: one intake per line in, one result per line out, in order."""

from __future__ import annotations

import json

from support.cli_runner import RunCli


def lines(*intakes: dict[str, object]) -> str:
    return "".join(json.dumps(intake) + "\n" for intake in intakes)


def test_results_come_out_one_per_line_in_input_order(run_cli: RunCli) -> None:
    stdin = lines(
        {"breathless_or_chest_pain": True},
        {"heard_snap": True},
        {"age": 30},
    )
    run = run_cli("assess", "--jsonl", stdin=stdin)
    assert run.status == 0
    dispositions = [json.loads(line)["disposition"] for line in run.out.splitlines()]
    assert dispositions == ["emergency", "urgent", "routine"]


def test_blank_lines_are_skipped(run_cli: RunCli) -> None:
    run = run_cli("assess", "--jsonl", stdin='{"age": 30}\n\n{"age": 31}\n')
    assert run.status == 0
    assert len(run.out.splitlines()) == 2


def test_a_bad_line_stops_the_run_naming_its_line_number(run_cli: RunCli) -> None:
    run = run_cli("assess", "--jsonl", stdin='{"age": 30}\n{"age": -1}\n{"age": 31}\n')
    assert run.status == 2
    assert len(run.out.splitlines()) == 1
    assert run.err.startswith("achillespath assess: line 2: age: ")


def test_a_red_flag_answered_twice_is_a_bad_line_naming_the_line_and_the_field(
    run_cli: RunCli,
) -> None:
    twice = '{"onset": "gradual", "heard_snap": true, "age": 40, "heard_snap": false}'
    run = run_cli("assess", "--jsonl", stdin=f'{{"age": 30}}\n{twice}\n{{"age": 31}}\n')

    assert run.status == 2
    assert len(run.out.splitlines()) == 1
    assert run.err.strip() == (
        "achillespath assess: line 2: heard_snap: given more than once; give each field once"
    )


def test_no_input_gives_no_output(run_cli: RunCli) -> None:
    run = run_cli("assess", "--jsonl", stdin="")
    assert (run.status, run.out) == (0, "")
