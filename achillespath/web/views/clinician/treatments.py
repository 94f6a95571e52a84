"""Treatment episodes (the core's TreatmentKind) on a patient's record: recording one, changing
it (for example to give the end date and outcome of one that has ended), and voiding one entered
in error. A voided episode is kept, with who voided it, when and why, but nothing counts it any
more (see achillespath.web.models.treatments)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods

from achillespath.intake import TreatmentKind
from achillespath.web.access import (
    get_patient_for,
    record_write,
    require_role,
    signed_in_user,
)
from achillespath.web.forms.clinician import TreatmentEpisodeForm, VoidTreatmentForm
from achillespath.web.models import AuditAction, Patient, Role, TreatmentEpisode
from achillespath.web.patient_age import patient_age
from achillespath.web.views.clinician.timeline import treatment_summary
from achillespath.web.views.clinician.wording import TREATMENT_NAMES

__all__ = ["edit_treatment", "new_treatment", "void_treatment"]


def _named(episode: TreatmentEpisode) -> str:
    """An episode as the confirmation messages name it: ESWT from 1 Nov 2026."""
    name = TREATMENT_NAMES[TreatmentKind(episode.kind)]
    return f"{name} from {date_format(episode.start_date, 'j M Y')}"


def _patient_and_episode(
    request: HttpRequest, patient_id: int, episode_id: int
) -> tuple[Patient, TreatmentEpisode]:
    """The patient (audited, naming the episode) and their episode `episode_id` that stands.

    A voided episode, or one of another patient, answers 404 like a missing one.
    """
    episode = TreatmentEpisode.objects.filter(pk=episode_id, patient_id=patient_id).first()
    patient = get_patient_for(request, patient_id, AuditAction.READ, obj=episode)
    if episode is None:
        raise Http404("No such treatment episode")
    return patient, episode


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def new_treatment(request: HttpRequest, patient_id: int) -> HttpResponse:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    today = timezone.localdate()
    form = TreatmentEpisodeForm(
        request.POST if request.method == "POST" else None,
        initial={"side": patient.side or None},
        today=today,
        age=patient_age(today, patient.year_of_birth, patient.date_of_birth),
    )
    clinician = signed_in_user(request)
    if request.method == "POST" and clinician is not None and form.is_valid():
        episode = form.save(patient, clinician)
        record_write(request, patient, episode)
        messages.info(request, f"Treatment recorded: {_named(episode)}.")
        return redirect("clinician:patient", patient_id=patient.pk)
    return render(request, "clinician/treatment_new.html", {"form": form, "patient": patient})


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def edit_treatment(request: HttpRequest, patient_id: int, episode_id: int) -> HttpResponse:
    """Change an episode: correct it, or end it with its end date and outcome."""
    patient, episode = _patient_and_episode(request, patient_id, episode_id)
    today = timezone.localdate()
    form = TreatmentEpisodeForm(
        request.POST if request.method == "POST" else None,
        initial=TreatmentEpisodeForm.initial_from(episode),
        today=today,
        age=patient_age(today, patient.year_of_birth, patient.date_of_birth),
    )
    if request.method == "POST" and form.is_valid():
        form.update(episode)
        record_write(request, patient, episode)
        messages.info(request, f"Treatment episode changed: {_named(episode)}.")
        return redirect("clinician:patient", patient_id=patient.pk)
    context = {"form": form, "patient": patient, "episode": episode}
    return render(request, "clinician/treatment_edit.html", context)


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def void_treatment(request: HttpRequest, patient_id: int, episode_id: int) -> HttpResponse:
    """Void an episode entered in error, saying why."""
    patient, episode = _patient_and_episode(request, patient_id, episode_id)
    form = VoidTreatmentForm(request.POST if request.method == "POST" else None)
    clinician = signed_in_user(request)
    if request.method == "POST" and clinician is not None and form.is_valid():
        episode.void(by=clinician, reason=form.cleaned_data["reason"], at=timezone.now())
        record_write(request, patient, episode)
        messages.info(
            request,
            f"Treatment episode voided as entered in error: {_named(episode)}. "
            "It is kept on the record, but the advice, the timeline and the letters no longer "
            "count it.",
        )
        return redirect("clinician:patient", patient_id=patient.pk)
    context = {
        "form": form,
        "patient": patient,
        "episode": episode,
        "summary": treatment_summary(episode),
    }
    return render(request, "clinician/treatment_void.html", context)
