"""The symptom check: a start page, then one question per page, driven by achillespath.interview.

After every answer the interview decides what happens next (`next_step`): stop at once with
urgent or emergency advice, ask the next question, or finish. The views only keep the answers
and show the pages; every rule is the core's. Works without an account.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from achillespath.interview import Ask, Done, Question, Stop
from achillespath.web.forms.check import (
    NONE_BUTTON,
    UNSURE_BUTTON,
    QuestionForm,
    TreatmentDetailsForm,
)
from achillespath.web.views.patient.check_progress import (
    CheckProgress,
    clear_progress,
    load_progress,
    save_progress,
)
from achillespath.web.views.patient.check_result import finish, saved_checks

__all__ = ["question", "symptom_check", "treatment_details"]

TREATMENTS = "treatments"


def _question_url(question: Question) -> str:
    return reverse("patient:check-question", kwargs={"field": question.field})


def _step_url(step: Ask | Stop | Done) -> str:
    """Where a check in this state continues: its next question, or its result."""
    if isinstance(step, Ask):
        return _question_url(step.question)
    return reverse("patient:check-result")


@require_http_methods(["GET", "POST"])
def symptom_check(request: HttpRequest) -> HttpResponse:
    """The start page. Starting (a POST) forgets any earlier answers in this session."""
    if request.method == "POST":
        clear_progress(request)
        return redirect(_step_url(load_progress(request).step()))
    progress = load_progress(request)
    step = progress.step() if progress.answers else None
    context = {
        "resume_url": _step_url(step) if step else "",
        # A check that stopped or finished has a result to see, not questions to go back to.
        "has_finished": step is not None and not isinstance(step, Ask),
        "saved_checks": saved_checks(request),
    }
    return render(request, "patient/check/start.html", context)


def _go_on(request: HttpRequest, progress: CheckProgress, answered: Question) -> HttpResponse:
    """After an answer: stop with advice, walk on through answers already given (when the
    person went back to change one), ask the next question, or finish."""
    step = progress.step()
    if isinstance(step, Stop):
        return finish(request, progress, step.result)
    following = progress.neighbour(answered, 1)
    if following is not None and following.field in progress.answers:
        return redirect(_question_url(following))
    if isinstance(step, Ask):
        return redirect(_question_url(step.question))
    return finish(request, progress, step.result)


def _page(progress: CheckProgress, question: Question) -> dict[str, object]:
    """What every question page shows besides its form: where the person is, and the way back."""
    number, of_at_most = progress.position(question)
    previous = progress.neighbour(question, -1)
    return {
        "question": question,
        "number": number,
        "of_at_most": of_at_most,
        "back_url": _question_url(previous) if previous else reverse("patient:symptom-check"),
        "unsure_button": UNSURE_BUTTON,
        "none_button": NONE_BUTTON,
    }


@require_http_methods(["GET", "POST"])
def question(request: HttpRequest, field: str) -> HttpResponse:
    """One question. A question not yet reached sends the person to where they are."""
    progress = load_progress(request)
    asked = progress.question(field)
    step = progress.step()
    if asked is None or not progress.may_open(asked, step):
        return redirect(_step_url(step))
    form = QuestionForm(asked, progress.answers, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if asked.field == TREATMENTS and isinstance(form.answer, list):
            # The weeks and outcome of each treatment chosen are asked on a second page.
            progress.treatment_kinds = [str(kind) for kind in form.answer]
            save_progress(request, progress)
            return redirect("patient:check-treatment-details")
        progress.answers[asked.field] = form.answer
        progress.treatment_kinds = []
        save_progress(request, progress)
        return _go_on(request, progress, asked)
    return render(request, "patient/check/question.html", {**_page(progress, asked), "form": form})


@require_http_methods(["GET", "POST"])
def treatment_details(request: HttpRequest) -> HttpResponse:
    """The second treatments page: weeks and outcome for each treatment chosen on the first."""
    progress = load_progress(request)
    asked = progress.question(TREATMENTS)
    step = progress.step()
    if asked is None or not progress.may_open(asked, step):
        return redirect(_step_url(step))
    if not progress.treatment_kinds:
        return redirect(_question_url(asked))
    form = TreatmentDetailsForm(
        asked,
        progress.treatment_kinds,
        progress.answers,
        request.POST if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        progress.answers[asked.field] = form.answer
        progress.treatment_kinds = []
        save_progress(request, progress)
        return _go_on(request, progress, asked)
    context = {**_page(progress, asked), "back_url": _question_url(asked), "form": form}
    return render(request, "patient/check/treatment_details.html", context)
