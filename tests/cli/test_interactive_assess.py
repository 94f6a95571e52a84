"""`achillespath assess` in a terminal: plain numbered prompts, stops early on red flags."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from achillespath.cli.interview_terminal import run_interview
from achillespath.cli.main import main
from achillespath.interview import load_interview

NO_RED_FLAGS = {
    "breathless_or_chest_pain": "2",
    "onset": "2",
    "heard_snap": "2",
    "can_bear_weight": "1",
    "calf_swelling": "2",
    "fever": "2",
    "hot_red_swelling": "2",
}


def typed_up_to(last_field: str, **typed: str) -> list[str]:
    """What to type to answer these fields and skip the rest, question by question in the
    interview's order (so the tests follow interview.toml), up to and including `last_field`.
    A question asked only after some answers (`ask_if`) is counted only when typed here."""
    asked = [
        q.field
        for q in load_interview().questions
        if q.audience == "everyone" and (q.ask_if is None or q.field in typed)
    ]
    return [typed.get(field, "") for field in asked[: asked.index(last_field) + 1]]


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


def test_after_a_sudden_start_the_terminal_says_what_to_do_now_as_the_web_page_does() -> None:
    # The check stopped at the second question: the questions never asked, the ATE verdict and
    # the risk factors are left out, as on the web result page (check_result.result_page).
    terminal = Terminal("2", "1")
    run_interview(terminal.prompt, terminal.say)
    result_shown = terminal.screen.split("STOP HERE", 1)[1]
    assert "The pain started suddenly" in result_shown
    assert "Why: The pain started suddenly." in result_shown
    assert "Not answered" not in result_shown
    assert "Achilles tendon embolisation" not in result_shown
    assert "make tendons more sensitive" not in result_shown


def test_a_sudden_start_says_go_to_a_utc_miu_or_ae_at_the_top_not_the_gp_surgery() -> None:
    terminal = Terminal("2", "1")
    run_interview(terminal.prompt, terminal.say)
    top = " ".join(terminal.screen.split("GET MEDICAL HELP TODAY", 1)[1].split("\n\n")[0].split())

    assert top.startswith("Go to an urgent treatment centre, a minor injuries unit or A&E today.")
    assert "GP surgery" not in terminal.screen


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
    answers = typed_up_to(
        "activity_limited",
        **NO_RED_FLAGS,
        age="38",
        sex="2",
        pain_site="1",
        symptom_weeks="6",
        pain_score="4",
        morning_stiffness_minutes="20",
        activity_limited="1",
    )
    terminal = Terminal(*answers, *([""] * 200))
    run_interview(terminal.prompt, terminal.say)
    assert "What to do next, and why:" in terminal.screen
    assert "Sources:" in terminal.screen
    assert "Pathway version" in terminal.screen


def test_a_runner_in_a_walking_boot_with_calf_pain_is_asked_about_clots_and_sent_today() -> None:
    sites = next(q for q in load_interview().questions if q.field == "pain_site").choices
    calf = str(1 + [site.value for site in sites].index("calf"))
    answers = typed_up_to(
        "clot_risk_factor", **NO_RED_FLAGS, age="34", pain_site=calf, clot_risk_factor="1"
    )
    terminal = Terminal(*answers, *([""] * 200))
    run_interview(terminal.prompt, terminal.say)
    assert "plaster cast or walking boot" in terminal.screen
    assert "GET MEDICAL HELP TODAY" in terminal.screen
    assert "- Calf pain with something that makes a blood clot more likely" in terminal.screen


def test_treatments_are_asked_kind_by_kind() -> None:
    physio_then_loading = ["8", "3", "12", "3"]
    answers = typed_up_to("treatments", **NO_RED_FLAGS, treatments="2, 3") + physio_then_loading
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
