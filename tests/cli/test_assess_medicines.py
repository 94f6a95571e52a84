"""`achillespath assess` reads medicines entry by entry, as the web does: an inhaled
fluoroquinolone, or one typed beside eye drops, is a red flag."""

from __future__ import annotations

import json

import pytest
from support.cli_runner import RunCli
from support.vignettes import ALL_CLEAR

from achillespath.cli.interview_terminal import run_interview


@pytest.mark.parametrize(
    "medicine",
    [
        "Quinsair inhaled",
        "inhaled levofloxacin",
        "started ciprofloxacin 500mg and chloramphenicol eye drops",
    ],
)
def test_a_70_year_old_whose_fluoroquinolone_is_inhaled_or_beside_eye_drops_is_urgent(
    run_cli: RunCli, medicine: str
) -> None:
    intake = {**ALL_CLEAR, "age": 70, "medications": [medicine]}

    run = run_cli("assess", "--json", "-", stdin=json.dumps(intake))

    result = json.loads(run.out)
    assert result["disposition"] == "urgent"
    assert result["red_flags"] == ["fluoroquinolone_with_tendon_pain"]
    assert [item["id"] for item in result["recommendations"]] == ["stop_fluoroquinolone"]


def test_the_cli_result_after_a_snap_says_to_mention_medicines(run_cli: RunCli) -> None:
    intake = {"breathless_or_chest_pain": False, "onset": "gradual", "heard_snap": True}

    run = run_cli("assess", "--json", "-", stdin=json.dumps(intake))

    result = json.loads(run.out)
    assert result["disposition"] == "urgent"
    assert [item["id"] for item in result["recommendations"]] == [
        "rupture_same_day",
        "tell_about_medicines",
    ]


def test_the_terminal_check_stops_at_medicines_for_ciprofloxacin_beside_eye_drops() -> None:
    shown: list[str] = []
    no_red_flags = ["2", "2", "2", "1", "2", "2", "2"]
    age, heel_raise, medicines = "44", "", "ciprofloxacin 500mg and chloramphenicol eye drops"
    answers = iter([*no_red_flags, age, heel_raise, medicines])

    def prompt(text: str) -> str:
        shown.append(text)
        return next(answers, "")

    run_interview(prompt, shown.append)

    screen = "\n".join(shown)
    assert "GET MEDICAL HELP TODAY" in screen
    assert "ciprofloxacin 500mg, a fluoroquinolone antibiotic" in screen
    assert "What sex were you registered at birth?" not in screen


def terminal_check(medicines: str) -> str:
    """The terminal check with no warning signs, age 44, these medicines, the rest skipped."""
    shown: list[str] = []
    no_red_flags = ["2", "2", "2", "1", "2", "2", "2"]
    answers = iter([*no_red_flags, "44", "", medicines])

    def prompt(text: str) -> str:
        shown.append(text)
        return next(answers, "")

    run_interview(prompt, shown.append)
    return "\n".join(shown)


def test_the_terminal_tells_someone_not_sure_of_their_medicines_to_stop_a_quinolone() -> None:
    screen = terminal_check("")

    assert "Type your answer, or none (Enter for not sure): " in screen
    assert "stop it and contact the person who prescribed it today" in screen
    assert "You did not say which medicines you take" in screen


def test_the_terminal_reads_none_as_no_medicines() -> None:
    screen = terminal_check("none")

    assert "stop it and contact the person who prescribed it today" not in screen
