"""The caseload: every patient of the clinic with the core's flags, most urgent first.

The one place a clinician sees whom to call today. Flags come from the core
(achillespath.monitoring.flags.caseload_flags) on values read by achillespath.web.follow_up;
the core also counts an urgent or emergency symptom check as a reported red flag. The page reads
a fixed number of queries however many patients the clinic has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from achillespath.monitoring.flags import Flag, FlagKind, caseload_flags
from achillespath.web.access import list_patients, require_role
from achillespath.web.follow_up import follow_ups_for
from achillespath.web.models import Patient, Prescription, Role
from achillespath.web.views.clinician.wording import FLAG_COLOURS, FLAG_NAMES, side_words

__all__ = [
    "CaseloadRow",
    "FlagLine",
    "ProgrammeLine",
    "caseload",
    "caseload_patients",
    "caseload_rows",
    "flag_lines",
    "programme_line",
]

SHOW_FLAGGED = "flagged"


@dataclass(frozen=True)
class FlagLine:
    """One flag as the clinician reads it: its name, why, and since when."""

    kind: FlagKind
    name: str
    colour: str
    reason: str
    since: dt.date
    sources: tuple[str, ...]
    reference_numbers: tuple[int, ...] = ()  # filled in by a page that lists its references


@dataclass(frozen=True)
class ProgrammeLine:
    """The active prescription: programme name, its side in words ("both sides") and the week
    it is in (None before it starts)."""

    prescription: Prescription
    name: str
    week: int | None

    @property
    def side(self) -> str:
        return side_words(self.prescription.side)


@dataclass(frozen=True)
class CaseloadRow:
    patient: Patient
    flags: tuple[FlagLine, ...]
    programme: ProgrammeLine | None

    @property
    def is_flagged(self) -> bool:
        return bool(self.flags)

    def urgency(self) -> tuple[int, int, dt.date, str]:
        """Sort key: flagged rows by their most urgent flag, longest-standing first; then the
        rest by name."""
        if not self.flags:
            return (1, 0, dt.date.max, self.patient.display_name.casefold())
        top = self.flags[0]
        return (0, top.kind.rank, top.since, self.patient.display_name.casefold())


def flag_lines(flags: Iterable[Flag]) -> tuple[FlagLine, ...]:
    """The core's flags with their names, most urgent first."""
    ordered = sorted(flags, key=lambda flag: (flag.kind.rank, flag.since))
    return tuple(
        FlagLine(
            kind=flag.kind,
            name=FLAG_NAMES[flag.kind],
            colour=FLAG_COLOURS[flag.kind],
            reason=flag.reason,
            since=flag.since,
            sources=flag.sources,
        )
        for flag in ordered
    )


def programme_line(prescription: Prescription | None, today: dt.date) -> ProgrammeLine | None:
    """The prescription with the core programme's name and the programme week of `today`
    (week 1 starts on the start date, as in the core's plan)."""
    if prescription is None:
        return None
    name = prescription.get_programme_display()
    started = prescription.start_date <= today
    week = (today - prescription.start_date).days // 7 + 1 if started else None
    return ProgrammeLine(prescription=prescription, name=name, week=week)


def caseload_rows(patients: Sequence[Patient], today: dt.date) -> list[CaseloadRow]:
    """One row per patient, most urgent first. Patients need `clinic` selected and
    `active_prescriptions` prefetched (see `caseload_patients`)."""
    follow_ups = follow_ups_for(patients)
    rows = [
        CaseloadRow(
            patient=patient,
            flags=flag_lines(caseload_flags(follow_ups[patient.pk], today)),
            programme=programme_line(_active(patient), today),
        )
        for patient in patients
    ]
    return sorted(rows, key=CaseloadRow.urgency)


def _active(patient: Patient) -> Prescription | None:
    prescriptions: list[Prescription] = getattr(patient, "active_prescriptions", [])
    return prescriptions[0] if prescriptions else None


def caseload_patients(request: HttpRequest) -> list[Patient]:
    """The signed-in person's visible patients, ready for `caseload_rows`; each read audited."""
    active = Prescription.objects.filter(active=True)
    return list_patients(
        request,
        Patient.objects.select_related("clinic").prefetch_related(
            Prefetch("prescriptions", queryset=active, to_attr="active_prescriptions")
        ),
    )


@require_safe
@require_role(Role.CLINICIAN, Role.CLINIC_ADMIN)
def caseload(request: HttpRequest) -> HttpResponse:
    """The clinic's patients, flagged ones first; `?show=flagged` lists only those."""
    rows = caseload_rows(caseload_patients(request), timezone.localdate())
    flagged_only = request.GET.get("show") == SHOW_FLAGGED
    shown = [row for row in rows if row.is_flagged] if flagged_only else rows
    return render(
        request,
        "clinician/caseload.html",
        {
            "rows": shown,
            "flagged_only": flagged_only,
            "total_count": len(rows),
            "flagged_count": sum(1 for row in rows if row.is_flagged),
        },
    )
