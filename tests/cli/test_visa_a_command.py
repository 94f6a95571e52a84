"""`achillespath visa-a`: points per item in, the total out; anything off the scale is refused."""

from __future__ import annotations

import json

import pytest
from support.cli_runner import RunCli

BEST = {f"q{n}": 10 for n in range(1, 8)} | {"q8": {"branch": "A", "points": 30}}


def answers(**changes: object) -> str:
    return json.dumps(BEST | changes)


def test_the_best_answers_score_100(run_cli: RunCli) -> None:
    run = run_cli("visa-a", "--json", "-", stdin=answers())
    assert run.status == 0
    assert json.loads(run.out)["total"] == 100


def test_a_worked_example_adds_up_by_hand(run_cli: RunCli) -> None:
    stdin = answers(q1=6, q2=5, q3=4, q4=7, q5=3, q6=2, q7=4, q8={"branch": "B", "points": 10})
    output = json.loads(run_cli("visa-a", "--json", "-", stdin=stdin).out)
    assert output["total"] == 6 + 5 + 4 + 7 + 3 + 2 + 4 + 10
    assert output["q8_branch"] == "B"
    assert "robinson-2001" in output["sources"]
    assert "Robinson" in output["notice"]


def test_change_from_a_baseline_is_read_against_the_mcid(run_cli: RunCli) -> None:
    stdin = answers(q7=4, q8={"branch": "A", "points": 14})
    output = json.loads(run_cli("visa-a", "--json", "-", "--baseline", "60", stdin=stdin).out)
    assert output["total"] == 78
    assert output["change"]["delta"] == 18
    assert output["change"]["is_meaningful"] is True


def test_a_clinic_mcid_can_be_given(run_cli: RunCli) -> None:
    stdin = answers(q7=4, q8={"branch": "A", "points": 14})
    run = run_cli("visa-a", "--json", "-", "--baseline", "60", "--mcid", "20", stdin=stdin)
    assert json.loads(run.out)["change"]["is_meaningful"] is False


def test_a_value_off_its_items_scale_is_refused_naming_the_item(run_cli: RunCli) -> None:
    run = run_cli("visa-a", "--json", "-", stdin=answers(q7=5))
    assert run.status == 2
    assert run.err.startswith("achillespath visa-a: q7")
    assert "0, 4, 7, 10" in run.err


def test_a_missing_item_is_refused(run_cli: RunCli) -> None:
    stdin = json.dumps({key: value for key, value in BEST.items() if key != "q3"})
    run = run_cli("visa-a", "--json", "-", stdin=stdin)
    assert run.status == 2
    assert "q3" in run.err


def test_an_unknown_key_is_refused(run_cli: RunCli) -> None:
    run = run_cli("visa-a", "--json", "-", stdin=answers(q9=3))
    assert run.status == 2
    assert "q9 is not a VISA-A item" in run.err


def test_an_item_given_twice_is_refused_naming_it(run_cli: RunCli) -> None:
    run = run_cli("visa-a", "--json", "-", stdin=answers()[:-1] + ', "q1": 0}')
    assert run.status == 2
    assert "q1: given more than once" in run.err


def test_a_second_q8_branch_cannot_be_given(run_cli: RunCli) -> None:
    run = run_cli("visa-a", "--json", "-", stdin=answers(q8={"branch": "A", "points": 30, "B": 20}))
    assert run.status == 2
    assert "q8" in run.err


def test_a_baseline_off_the_scale_is_refused(
    run_cli: RunCli, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli("visa-a", "--json", "-", "--baseline", "120", stdin=answers())
    assert stopped.value.code == 2
    assert "120 is not a VISA-A total from 0 to 100" in capsys.readouterr().err
