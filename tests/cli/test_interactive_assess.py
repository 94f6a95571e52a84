"""`achillespath assess` in a terminal: plain numbered prompts, stops early on red flags."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from achillespath.cli.interview_terminal import run_interview
from achillespath.cli.main import main


class Terminal:
    """Types the given answers in turn and keeps everything shown."""

    def __init__(self, *answers: str) -> None:
        self._answers: Iterator[str] = iter(answers)
        self.shown: list[str] = []

    def prompt(self, text: str) -> str:
        self.shown.append(text)
        return next(self._answers)

    def say(self, text: str) -> None:
        self.shown.append(text)

    @property
    def screen(self) -> str:
        return "\n".join(self.shown)


def test_chest_pain_stops_at_the_first_question_with_call_999() -> None:
    terminal = Terminal("1")
    assert run_interview(terminal.prompt, terminal.say) == 0
    assert "CALL 999 NOW" in terminal.screen
    assert "Question 2" not in terminal.screen


def test_a_sudden_start_stops_at_the_second_question_as_urgent() -> None:
    terminal = Terminal("2", "1")
    run_interview(terminal.prompt, terminal.say)
    assert "GET MEDICAL HELP TODAY" in terminal.screen
    assert "Question 3" not in terminal.screen
    assert "STOP HERE" in terminal.screen


def test_an_answer_that_does_not_fit_is_asked_again() -> None:
    terminal = Terminal("maybe", "1")
    run_interview(terminal.prompt, terminal.say)
    assert "Sorry, please answer yes or no." in terminal.screen
    assert "CALL 999 NOW" in terminal.screen


def test_skipping_everything_never_ends_in_self_care() -> None:
    terminal = Terminal(*([""] * 200))
    run_interview(terminal.prompt, terminal.say)
    assert "LOOK AFTER THIS AT HOME" not in terminal.screen
    assert "Not answered (so we cannot rule them out):" in terminal.screen
    assert "- can bear weight" not in terminal.screen  # the question as asked, not its field


def test_a_full_check_ends_with_reasons_sources_and_the_pathway_version() -> None:
    answers = ["2", "2", "2", "1", "2", "2", "2"]  # no red flags
    answers += ["", "", "38", "2", "", "", "1", "6", "4", "20", "1"]
    terminal = Terminal(*answers, *([""] * 200))
    run_interview(terminal.prompt, terminal.say)
    assert "What to do next, and why:" in terminal.screen
    assert "Sources:" in terminal.screen
    assert "Pathway version" in terminal.screen


def test_treatments_are_asked_kind_by_kind() -> None:
    no_red_flags = ["2", "2", "2", "1", "2", "2", "2"]
    skip_to_treatments = [""] * 16
    physio_then_loading = ["2, 3", "8", "3", "12", "3"]
    answers = no_red_flags + skip_to_treatments + physio_then_loading
    terminal = Terminal(*answers, *([""] * 200))
    run_interview(terminal.prompt, terminal.say)
    assert "Physiotherapy: for how many weeks?" in terminal.screen
    assert "How did it go?" in terminal.screen


def test_ctrl_c_exits_cleanly_saying_nothing_was_saved(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(_: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", interrupted)
    assert main(["assess"]) == 130
    captured = capsys.readouterr()
    assert "Stopped. Nothing was saved." in captured.err
    assert "Traceback" not in captured.err


def test_end_of_input_exits_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    def closed(_: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", closed)
    assert main(["assess"]) == 130
