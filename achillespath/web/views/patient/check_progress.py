"""Where someone is in the symptom check: their answers so far, kept in the session.

The session holds the answers whether or not the person is signed in, so a check started
anonymously survives logging in (Django keeps the session's data on login). Which questions
apply comes from achillespath.interview alone: clinic staff are asked the clinician-only
examination questions, everybody else is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest
from pydantic import ValidationError

from achillespath.interview import (
    Ask,
    Audience,
    Done,
    Question,
    Stop,
    intake_from_answers,
    load_interview,
    next_step,
)
from achillespath.web.access import signed_in_user

__all__ = ["CheckProgress", "audience_for", "clear_progress", "load_progress", "save_progress"]

SESSION_KEY = "symptom_check"


def audience_for(request: HttpRequest) -> Audience:
    """Clinic staff run the check as clinicians; patients and anonymous people as everyone."""
    user = signed_in_user(request)
    return "clinician" if user is not None and user.is_clinic_staff else "everyone"


@dataclass
class CheckProgress:
    """The answers so far (intake field -> value, ``None`` for "not sure") and, between the
    two treatment pages, the treatment kinds chosen whose details are still to come."""

    audience: Audience
    answers: dict[str, object] = field(default_factory=dict)
    treatment_kinds: list[str] = field(default_factory=list)

    def questions(self) -> list[Question]:
        """The questions that apply to this person given their answers, in interview order."""
        return [q for q in load_interview().questions if q.applies(self.audience, self.answers)]

    def step(self) -> Ask | Stop | Done:
        return next_step(self.answers, self.audience)

    def question(self, field_name: str) -> Question | None:
        """The applicable question that fills `field_name`, if there is one."""
        return next((q for q in self.questions() if q.field == field_name), None)

    def neighbour(self, question: Question, offset: int) -> Question | None:
        """The applicable question `offset` places after (or before, when negative) this one."""
        questions = self.questions()
        position = questions.index(question) + offset
        return questions[position] if 0 <= position < len(questions) else None

    def position(self, question: Question) -> tuple[int, int]:
        """(number of this question, number of questions at most), both counting from 1."""
        questions = self.questions()
        return questions.index(question) + 1, len(questions)

    def may_open(self, question: Question, step: Ask | Stop | Done) -> bool:
        """A question may be shown once it is reached: answered already, or asked next."""
        return question.field in self.answers or (
            isinstance(step, Ask) and step.question.field == question.field
        )

    def last_answered(self) -> Question | None:
        answered = [q for q in self.questions() if q.field in self.answers]
        return answered[-1] if answered else None


def load_progress(request: HttpRequest) -> CheckProgress:
    """The check in this session. Answers to questions that no longer apply (e.g. after the
    person changed an earlier answer) are left out, so they cannot affect the result."""
    stored = request.session.get(SESSION_KEY) or {}
    progress = CheckProgress(audience_for(request), dict(stored.get("answers") or {}))
    progress.answers = {
        q.field: progress.answers[q.field]
        for q in progress.questions()
        if q.field in progress.answers
    }
    progress.treatment_kinds = [str(kind) for kind in stored.get("treatment_kinds") or []]
    try:
        intake_from_answers(progress.answers)
    except ValidationError:
        # Answers kept from before the questions changed: start again rather than fail.
        return CheckProgress(progress.audience)
    return progress


def save_progress(request: HttpRequest, progress: CheckProgress) -> None:
    request.session[SESSION_KEY] = {
        "answers": progress.answers,
        "treatment_kinds": progress.treatment_kinds,
    }


def clear_progress(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
