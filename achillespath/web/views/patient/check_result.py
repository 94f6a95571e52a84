"""The symptom check's result page, and saving a result to a patient's record.

The page shows what the core decided, in its order of importance: what to do and how soon
first (urgent and emergency advice before anything else), then the warning signs, what could
not be ruled out, what it might be, the recommendations with their reasons and numbered
sources, the ATE verdict and the risk factors as context. When a recommendation offers ATE, the
verdict is shown with it rather than in a section of its own, so the page names ATE once. Words
come from achillespath.labels and the recommendation vocabulary, so the page says what the
terminal and the letters say.

After a red flag the check stops, so most questions were never asked: the page then says only
what to do now and why (the red flags' own advice), see `result_page`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from pydantic import ValidationError

from achillespath.intake import Intake
from achillespath.interview import Ask, intake_from_answers, load_interview
from achillespath.labels import disposition_words, disposition_words_for, label
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import RecommendationText, recommendation_texts
from achillespath.pathway.rulebook import packaged_rulebook
from achillespath.result import (
    AssessmentResult,
    AteStatus,
    AteVerdict,
    Disposition,
    Recommendation,
    recommendations_to_show,
)
from achillespath.sources import Source, cite
from achillespath.triage import is_under_adult_age
from achillespath.web import audit
from achillespath.web.access import (
    get_patient_for,
    own_patient,
    own_record,
    record_write,
    signed_in_user,
)
from achillespath.web.models import Assessment, AuditAction
from achillespath.web.views.patient.check_progress import (
    CheckProgress,
    clear_progress,
    load_progress,
)

__all__ = [
    "ResultPage",
    "SavedCheck",
    "finish",
    "result_page",
    "saved_checks",
    "saved_result",
    "session_result",
]

SAVED_CHECKS_LISTED = 50

CARE_LEVELS = {
    Disposition.EMERGENCY: "emergency",
    Disposition.URGENT: "urgent",
    Disposition.ROUTINE: "non-urgent",
    Disposition.SELF_CARE: "non-urgent",
}
"""The design system's care card for each disposition."""

ATE_WORDS = {
    AteStatus.ELIGIBLE: "Worth asking a specialist about",
    AteStatus.NOT_YET: "Not yet",
    AteStatus.NOT_SUITABLE: "Not suitable for you",
    AteStatus.SPECIALIST_REVIEW: "A specialist would need to decide",
}

ATE_ASSESSMENT = "ate_assessment"
"""The recommendation that offers ATE; the verdict's words go with it when it is given."""


@dataclass(frozen=True)
class ShownRecommendation:
    title: str
    patient: str
    reason: str
    source_numbers: tuple[int, ...]
    ate_status: str = ""  # the ATE verdict, on the recommendation that offers ATE only
    ate_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResultPage:
    """An AssessmentResult in the words the page shows, with its sources numbered in the order
    they are first cited.

    `ate_status` and `ate_reasons` are the ATE verdict for a section of its own: empty when a
    recommendation offers ATE and carries the verdict itself, or after a red flag.
    """

    headline: str
    action: str
    care_level: str
    is_urgent: bool
    red_flags: tuple[str, ...]
    unanswered: tuple[str, ...]
    conditions: tuple[str, ...]
    recommendations: tuple[ShownRecommendation, ...]
    ate_status: str
    ate_reasons: tuple[str, ...]
    risk_factors: tuple[str, ...]
    sources: tuple[Source, ...]
    pathway_version: str


@cache
def _vocabulary() -> dict[str, RecommendationText]:
    return recommendation_texts(load_pathway())


@cache
def _question_texts() -> dict[str, str]:
    return {question.field: question.text for question in load_interview().questions}


def _recommendations(
    recommendations: tuple[Recommendation, ...], ate: AteVerdict
) -> tuple[tuple[ShownRecommendation, ...], tuple[str, ...]]:
    """The recommendations in words, the one offering ATE with the ATE verdict, and the source
    ids numbered in order of first citation."""
    cited: list[str] = []
    shown = []
    for recommendation in recommendations:
        for source_id in recommendation.sources:
            if source_id not in cited:
                cited.append(source_id)
        words = _vocabulary().get(recommendation.id)
        is_ate = recommendation.id == ATE_ASSESSMENT
        shown.append(
            ShownRecommendation(
                title=words.title if words else recommendation.id.replace("_", " ").capitalize(),
                patient=words.patient if words else "",
                reason=recommendation.reason,
                source_numbers=tuple(cited.index(s) + 1 for s in recommendation.sources),
                ate_status=ATE_WORDS[ate.status] if is_ate else "",
                ate_reasons=ate.reasons if is_ate else (),
            )
        )
    return tuple(shown), tuple(cited)


def result_page(result: AssessmentResult, intake: Intake) -> ResultPage:
    """The page's words for the result of the answers in `intake`.

    After a red flag the page says only what to do now, how soon and why: the red flags' own
    advice. The check stopped at the red flag, so what could not be ruled out, the ATE verdict
    and the risk factors would be about questions never asked, and routine advice beside the
    urgent advice would only blur how soon to act. Under the adult age the check stops too, so
    the page leaves out the questions not answered and the ATE verdict, which would only list
    what was never asked; the advice to see a GP or physiotherapist still names any red-flag
    question left unanswered. The clinician's view still shows it all.
    """
    page = _page(result, recommendations_to_show(result))
    if not result.red_flags:
        if is_under_adult_age(intake, packaged_rulebook()):
            return replace(page, unanswered=(), ate_status="", ate_reasons=())
        return page
    return replace(
        page,
        unanswered=(),
        ate_status="",
        ate_reasons=(),
        risk_factors=(),
    )


def _page(result: AssessmentResult, shown: tuple[Recommendation, ...]) -> ResultPage:
    """Every part of the result in words, with these recommendations."""
    recommendations, cited = _recommendations(shown, result.ate)
    is_ate_offered = any(recommendation.id == ATE_ASSESSMENT for recommendation in shown)
    words = disposition_words_for(result)
    return ResultPage(
        headline=words.headline,
        action=words.action,
        care_level=CARE_LEVELS[result.disposition],
        is_urgent=result.disposition.rank >= Disposition.URGENT.rank,
        red_flags=tuple(label("red_flags", flag) for flag in result.red_flags),
        unanswered=tuple(_question_texts().get(field, field) for field in result.unanswered),
        conditions=tuple(label("conditions", condition) for condition in result.conditions),
        recommendations=recommendations,
        ate_status="" if is_ate_offered else ATE_WORDS[result.ate.status],
        ate_reasons=() if is_ate_offered else result.ate.reasons,
        risk_factors=tuple(label("risk_factors", factor) for factor in result.risk_factors),
        sources=tuple(cite(source_id) for source_id in cited),
        pathway_version=result.pathway_version,
    )


def _stored_result_page(assessment: Assessment) -> ResultPage:
    """A saved result's page. A result stored in a shape this version no longer reads still
    shows its disposition, which is kept in its own column."""
    try:
        return result_page(
            AssessmentResult.model_validate(assessment.result),
            Intake.model_validate(assessment.intake),
        )
    except ValidationError:
        disposition = Disposition(assessment.disposition)
        words = disposition_words(disposition)
        return ResultPage(
            headline=words.headline,
            action=words.action,
            care_level=CARE_LEVELS[disposition],
            is_urgent=disposition.rank >= Disposition.URGENT.rank,
            red_flags=(),
            unanswered=(),
            conditions=(),
            recommendations=(),
            ate_status="",
            ate_reasons=(),
            risk_factors=(),
            sources=(),
            pathway_version=assessment.pathway_version,
        )


@dataclass(frozen=True)
class SavedCheck:
    """One of a patient's saved results, as their list of checks shows it."""

    assessment: Assessment
    headline: str


def saved_checks(request: HttpRequest) -> list[SavedCheck]:
    """The signed-in patient's own saved results, newest first (audited as a read when there
    are any); empty for anyone else."""
    patient = own_record(signed_in_user(request))
    if patient is None:
        return []
    assessments = list(
        Assessment.objects.filter(patient=patient).order_by("-created_at")[:SAVED_CHECKS_LISTED]
    )
    if assessments:
        audit.record(request, AuditAction.READ, patient=patient)
    return [
        SavedCheck(assessment, disposition_words(Disposition(assessment.disposition)).headline)
        for assessment in assessments
    ]


def _save(request: HttpRequest, progress: CheckProgress, result: AssessmentResult) -> Assessment:
    """Store the result on the signed-in patient's own record, audited as a write of it."""
    patient = own_patient(request, AuditAction.READ)
    assessment = Assessment.objects.create(
        patient=patient,
        intake=intake_from_answers(progress.answers).model_dump(mode="json", exclude_none=True),
        result=result.model_dump(mode="json"),
        disposition=result.disposition.value,
        pathway_version=result.pathway_version,
        created_by=signed_in_user(request),
    )
    record_write(request, patient, assessment)
    return assessment


def finish(request: HttpRequest, progress: CheckProgress, result: AssessmentResult) -> HttpResponse:
    """The check is over: a patient's result is saved to their record and the answers leave
    the session; anyone else sees the result from the session and nothing is stored."""
    user = signed_in_user(request)
    if user is None or not user.is_patient:
        return redirect("patient:check-result")
    assessment = _save(request, progress, result)
    clear_progress(request)
    return redirect("patient:check-result", assessment_id=assessment.pk)


@require_http_methods(["GET", "POST"])
def session_result(request: HttpRequest) -> HttpResponse:
    """The result of the check in this session. A patient who signed in after finishing can
    save it to their record (POST)."""
    progress = load_progress(request)
    step = progress.step()
    if isinstance(step, Ask):
        return redirect("patient:check-question", field=step.question.field)
    user = signed_in_user(request)
    if request.method == "POST":
        if user is None or not user.is_patient:
            return redirect("patient:check-result")
        return finish(request, progress, step.result)
    last = progress.last_answered()
    context = {
        "page": result_page(step.result, intake_from_answers(progress.answers)),
        "can_save": user is not None and user.is_patient,
        "is_anonymous": user is None,
        "change_field": last.field if last else "",
    }
    return render(request, "patient/check/result.html", context)


@login_required
@require_http_methods(["GET"])
def saved_result(request: HttpRequest, assessment_id: int) -> HttpResponse:
    """A saved result, for the patient it belongs to or their clinic's staff; 404 otherwise."""
    assessment = Assessment.objects.filter(pk=assessment_id, patient__isnull=False).first()
    if assessment is None or assessment.patient_id is None:
        raise Http404("No such result")
    get_patient_for(request, assessment.patient_id, AuditAction.READ, obj=assessment)
    context = {"page": _stored_result_page(assessment), "assessment": assessment}
    return render(request, "patient/check/result.html", context)
