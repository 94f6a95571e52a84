"""Prescribing or changing a patient's loading programme (the core's programmes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.db import IntegrityError
from django.forms.boundfield import BoundWidget
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods
from pydantic import ValidationError

from achillespath.exercise.plan import check_fits_site
from achillespath.exercise.programmes import Programme, load_programmes
from achillespath.intake import Intake, PainSite
from achillespath.monitoring.flags import caseload_flags
from achillespath.web.access import (
    get_patient_for,
    record_write,
    require_role,
    signed_in_user,
)
from achillespath.web.follow_up import follow_up_for
from achillespath.web.forms.clinician import PrescriptionForm
from achillespath.web.models import Assessment, AuditAction, Patient, Prescription, Role
from achillespath.web.patient_age import patient_age
from achillespath.web.views.clinician.caseload import flag_lines, programme_line
from achillespath.web.views.clinician.wording import PROGRAMME_SITE_NAMES, side_words
from achillespath.web.views.clinician.working_load import WorkingLoad, working_load_for

__all__ = ["ProgrammeOption", "flags_a_restart_clears", "has_insertional_pain", "prescribe"]


@dataclass(frozen=True)
class ProgrammeOption:
    """One programme as a radio button: the form's input with the core programme's words."""

    radio: BoundWidget
    programme: Programme
    site_name: str
    fits: bool


def has_insertional_pain(patient: Patient) -> bool:
    """Whether the latest symptom check recorded pain at the insertion (one query)."""
    latest = (
        Assessment.objects.filter(patient=patient)
        .order_by("-created_at", "-pk")
        .values_list("intake", flat=True)
        .first()
    )
    if latest is None:
        return False
    try:
        sites = Intake.model_validate(latest).pain_site or ()
    except ValidationError:
        return False
    return PainSite.INSERTION in sites


def _fits(programme: Programme, insertional: bool) -> bool:
    try:
        check_fits_site(programme, has_insertional_pain=insertional)
    except ValueError:
        return False
    return True


def _options(form: PrescriptionForm) -> list[ProgrammeOption]:
    options = []
    for radio in form["programme"]:
        programme = load_programmes()[str(radio.data["value"])]
        options.append(
            ProgrammeOption(
                radio=radio,
                programme=programme,
                site_name=PROGRAMME_SITE_NAMES.get(programme.site, ""),
                fits=_fits(programme, form.has_insertional_pain),
            )
        )
    return options


def _initial(
    patient: Patient, active: Prescription | None, load: WorkingLoad | None, today: dt.date
) -> dict[str, object]:
    if active is None:
        return {"start_date": today, "side": patient.side or None, "starting_load_kg": 0}
    # The current start, not today: a change of load or side must not restart the programme
    # (and its VISA-A schedule and 12-week review) unless the clinician dates it anew (HAZ-27).
    # The load saved is the load from the next session on, so it starts as the one the next
    # session has now: changing only the side or the programme leaves the load as it was.
    working = (load.next_session_kg or 0) if load and load.in_progress else None
    return {
        "programme": active.programme,
        "start_date": active.start_date,
        "side": active.side,
        "starting_load_kg": active.starting_load_kg if working is None else working,
    }


def flags_a_restart_clears(patient: Patient, today: dt.date) -> tuple[str, ...]:
    """The names of today's flags that restarting the programme today would clear (the core's
    flags for the record, with and without the new start)."""
    follow_up = follow_up_for(patient)
    if follow_up.programme_start is None:
        return ()
    restarted = follow_up.model_copy(update={"programme_start": today})
    after = {flag.kind for flag in caseload_flags(restarted, today)}
    return tuple(
        line.name for line in flag_lines(caseload_flags(follow_up, today)) if line.kind not in after
    )


def _side_warning(patient: Patient, saved: Prescription) -> str:
    """A word when the programme's side is not the side on the patient's record."""
    if not patient.side or saved.side == patient.side:
        return ""
    return (
        f" Check the side: the programme is for the {side_words(saved.side)}, but the "
        f"patient's record says {side_words(patient.side)}."
    )


@require_http_methods(["GET", "POST"])
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def prescribe(request: HttpRequest, patient_id: int) -> HttpResponse:
    patient = get_patient_for(request, patient_id, AuditAction.READ)
    today = timezone.localdate()
    active = Prescription.objects.filter(patient=patient, active=True).first()
    working_load = working_load_for(patient, today)
    form = PrescriptionForm(
        request.POST if request.method == "POST" else None,
        initial=_initial(patient, active, working_load, today),
        today=today,
        has_insertional_pain=has_insertional_pain(patient),
        age=patient_age(today, patient.year_of_birth, patient.date_of_birth),
        current_start=active.start_date if active else None,
    )
    clinician = signed_in_user(request)
    if request.method == "POST" and clinician is not None and form.is_valid():
        try:
            saved = form.save(patient, clinician)
        except IntegrityError:
            form.add_error(
                None,
                "Someone else changed this programme at the same moment. "
                "Check the patient page, then try again.",
            )
        else:
            record_write(request, patient, saved)
            line = programme_line(saved, today)
            messages.info(
                request,
                f"Programme saved: {line.name if line else saved.programme}, "
                f"from {date_format(saved.start_date, 'j M Y')}.{_side_warning(patient, saved)}",
            )
            return redirect("clinician:patient", patient_id=patient.pk)
    options = _options(form)
    return render(
        request,
        "clinician/prescribe.html",
        {
            "form": form,
            "patient": patient,
            "current": programme_line(active, today),
            "options": options,
            "unfit": [option.programme.name for option in options if not option.fits],
            "restart_clears": flags_a_restart_clears(patient, today),
            "working_load": working_load,
        },
    )
