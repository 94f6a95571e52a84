"""`achillespath plan`: a dated plan for each programme; bad variants and dates are named."""

from __future__ import annotations

import pytest
from support.cli_runner import RunCli

from achillespath.exercise.programmes import load_programmes


@pytest.mark.parametrize("variant", list(load_programmes()))
def test_every_variant_prints_twelve_dated_weeks(run_cli: RunCli, variant: str) -> None:
    run = run_cli("plan", "--variant", variant, "--start", "2026-11-23")
    assert run.status == 0
    assert "Week 1: Mon 23 Nov to Sun 29 Nov 2026" in run.out
    assert "Week 12:" in run.out
    assert "Week 13:" not in run.out
    assert "Sources:" in run.out


def test_the_insertional_plan_stays_on_the_floor(run_cli: RunCli) -> None:
    run = run_cli("plan", "--variant", "insertional", "--start", "2026-11-23")
    assert "(step)" not in run.out


def test_an_unknown_variant_names_the_allowed_ones(run_cli: RunCli) -> None:
    run = run_cli("plan", "--variant", "yoga", "--start", "2026-11-23")
    assert run.status == 2
    assert run.err.startswith("achillespath plan: variant:")
    assert "midportion" in run.err


def test_a_bad_date_is_refused_by_name(run_cli: RunCli, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli("plan", "--variant", "midportion", "--start", "23/11/2026")
    assert stopped.value.code == 2
    assert "is not a date like 2026-11-23" in capsys.readouterr().err
