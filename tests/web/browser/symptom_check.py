"""Doing the symptom check in the browser, one question per page, as a person would: tick or
type the answer and press Continue. Import as `web.browser.symptom_check`.

Answers are given by intake field: a string is a choice's value or the text to type, a list
ticks several boxes; a question without an answer gets its "not sure" option. The treatment
details page takes its inputs by name under DETAILS.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urlparse

from playwright.sync_api import Page
from web.browser.visitor import submit

START = "/check/"
RESULT = "/check/result/"
DETAILS = "treatments/details"
MAX_PAGES = 60

Answer = str | Sequence[str] | Mapping[str, str]
Answers = Mapping[str, Answer]

EVERY_WARNING_SIGN_NO: dict[str, Answer] = {
    "breathless_or_chest_pain": "no",
    "onset": "gradual",
    "heard_snap": "no",
    "can_bear_weight": "yes",
    "calf_swelling": "no",
    "fever": "no",
    "hot_red_swelling": "no",
    "can_single_leg_heel_raise": "yes",
    # Typed "none" is no medicines; "Not sure" would leave a quinolone possible (no self-care).
    "medications": "none",
}

SAM_ROUTINE: dict[str, Answer] = {
    **EVERY_WARNING_SIGN_NO,
    "age": "45",
    "sex": "male",
    "pain_site": ["midportion"],
    "symptom_weeks": "8",
    "pain_score": "5",
}
"""Sam, 45, a runner with two months of gradual pain in the middle of the tendon and no warning
sign: see a GP or physiotherapist and start a calf-strengthening programme (routine)."""

PRIYA_SELF_CARE: dict[str, Answer] = {
    **EVERY_WARNING_SIGN_NO,
    "age": "29",
    "sex": "female",
    "pain_site": ["midportion"],
    "symptom_weeks": "0.5",
    "pain_score": "3",
    "activities": "running, hill walking",
    "treatments": ["heel_lifts", "activity_modification"],
    DETAILS: {
        "weeks_heel_lifts": "0.5",
        "outcome_heel_lifts": "improved",
        "weeks_activity_modification": "0.5",
        "outcome_activity_modification": "improved",
        "latest": "activity_modification",
    },
}
"""Priya, 29: half a week of gradual midportion ache after hill running, already easing with heel
lifts and less running: keep going with self-help at home (self-care)."""


def start(page: Page) -> None:
    page.goto(START)
    submit(page, page.get_by_role("button", name="Start"))


def current_field(page: Page) -> str:
    """The intake field the page asks for (or DETAILS), from its URL."""
    return urlparse(page.url).path.removeprefix(START).strip("/")


def is_finished(page: Page) -> bool:
    return urlparse(page.url).path.startswith(RESULT)


def _continue(page: Page) -> None:
    submit(page, page.get_by_role("button", name="Continue"))


def _choose(page: Page, field: str, value: str) -> None:
    page.locator(f"input[name='{field}'][value='{value}']").check()


def _give(page: Page, field: str, answer: Answer) -> None:
    if isinstance(answer, Mapping):
        for name, value in answer.items():
            if page.locator(f"input[type=radio][name='{name}']").count():
                _choose(page, name, value)
            else:
                page.locator(f"[name='{name}']").fill(value)
    elif not isinstance(answer, str):
        for value in answer:
            _choose(page, field, value)
    elif page.locator(f"input[type=radio][name='{field}']").count():
        _choose(page, field, answer)
    else:
        page.locator(f"[name='{field}']").fill(answer)
    _continue(page)


def _not_sure(page: Page, field: str) -> None:
    typed_not_sure = page.locator("button[name=unsure]")
    if typed_not_sure.count():
        submit(page, typed_not_sure)
        return
    _choose(page, field, "unsure")
    _continue(page)


def answer_page(page: Page, answers: Answers) -> None:
    """Answer the question on the page from `answers`, or choose "not sure"."""
    field = current_field(page)
    if field in answers:
        _give(page, field, answers[field])
    else:
        _not_sure(page, field)


def answer_all(
    page: Page, answers: Answers, on_each_page: Callable[[Page], None] | None = None
) -> None:
    """Answer every question asked until the result page; `on_each_page` sees each question
    page before it is answered."""
    for _ in range(MAX_PAGES):
        if is_finished(page):
            return
        if on_each_page is not None:
            on_each_page(page)
        answer_page(page, answers)
    raise AssertionError(f"the symptom check did not finish within {MAX_PAGES} pages")
