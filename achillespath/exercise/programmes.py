"""Calf-loading programmes for Achilles tendinopathy, read from programmes.toml.

Four programmes, each with its sources and honest verification notes:

- ``midportion``: Alfredson heavy-load heel-lowering off a step, 3 x 15, two exercises, twice a
  day, 7 days a week, 12 weeks (alfredson-1998, alfredson-cook-2007, fahlstrom-2003).
- ``insertional``: the same dose on the floor, never lowering the heel below flat
  (jonsson-2008, dutch-guideline-2021).
- ``silbernagel``: four phases over about 6 months, daily, guided by the pain-monitoring model;
  people with insertional pain stay on the floor (silbernagel-2007, silbernagel-2020).
- ``hsr``: heavy slow resistance, 3 sessions a week for 12 weeks, 15RM down to 6RM
  (beyer-2015; the detail is UNVERIFIED, see its verification notes).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from achillespath.sources import unknown_source_ids

__all__ = [
    "Exercise",
    "Knee",
    "Phase",
    "Programme",
    "Site",
    "Surface",
    "UnknownProgrammeError",
    "load_programmes",
    "parse_programmes",
    "programme",
]

Site = Literal["midportion", "insertional", "any"]
Surface = Literal["step", "floor", "machine"]
Knee = Literal["straight", "bent", "any"]

_DATA = ConfigDict(extra="forbid", frozen=True)
_Text = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
_Count = Annotated[int, Field(strict=True, ge=1, le=100)]


class Exercise(BaseModel):
    """One exercise with its dose: ``sets`` x ``reps`` (or ``reps`` to ``reps_max``)."""

    model_config = _DATA

    name: _Text
    how_to: _Text
    sets: _Count
    reps: _Count
    reps_max: _Count | None = None
    knee: Knee
    surface: Surface
    load_rule: _Text
    takes_added_load: bool
    floor_how_to: _Text | None = None  # the flat-ground version, for pain at the insertion

    @property
    def dose(self) -> str:
        """The dose as people read it, e.g. "3 x 15" or "3 x 10-15"."""
        reps = f"{self.reps}-{self.reps_max}" if self.reps_max else str(self.reps)
        return f"{self.sets} x {reps}"

    def on_the_floor(self) -> Exercise:
        """This exercise done on flat ground (heel never below the toes; jonsson-2008)."""
        if self.surface != "step":
            return self
        if self.floor_how_to is None:
            raise ValueError(f"{self.name!r} has no flat-ground version")
        return self.model_copy(update={"surface": "floor", "how_to": self.floor_how_to})


class Phase(BaseModel):
    """A block of weeks with the same exercises. ``first_week``..``last_week`` are scheduled."""

    model_config = _DATA

    number: _Count
    name: _Text
    first_week: _Count
    last_week: _Count
    published_weeks: _Text
    entry_status: _Text
    sessions_per_day: Annotated[int, Field(strict=True, ge=1, le=3)]
    days_per_week: Annotated[int, Field(strict=True, ge=1, le=7)]
    exercises: tuple[Exercise, ...] = Field(min_length=1)
    notes: tuple[_Text, ...] = ()


class Programme(BaseModel):
    """A loading programme: its phases, pain guidance, progression rule and sources."""

    model_config = _DATA

    id: str
    name: _Text
    site: Site
    weeks: _Count
    summary: _Text  # for the patient
    clinician_summary: _Text  # the same, for the clinician choosing a programme
    acceptable_pain: _Text
    progression: _Text
    load_step_kg: Annotated[float, Field(gt=0, le=20, allow_inf_nan=False)]
    load_step_note: _Text
    sources: tuple[str, ...] = Field(min_length=1)
    verification_notes: tuple[_Text, ...] = ()
    phases: tuple[Phase, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _is_consistent(self) -> Programme:
        _check_phases_cover_weeks(self.phases, self.weeks)
        _check_surfaces_fit_site(self)
        _check_sources(self.id, self.sources)
        return self

    @property
    def exercises(self) -> Iterable[Exercise]:
        for phase in self.phases:
            yield from phase.exercises

    def phase_for_week(self, week: int) -> Phase:
        """The phase scheduled for programme week ``week`` (1 = the first week)."""
        for phase in self.phases:
            if phase.first_week <= week <= phase.last_week:
                return phase
        raise ValueError(f"{self.id}: week {week} is outside the programme (1-{self.weeks})")


def _check_phases_cover_weeks(phases: tuple[Phase, ...], weeks: int) -> None:
    expected_first = 1
    for index, phase in enumerate(phases, start=1):
        if phase.number != index:
            raise ValueError(f"phase {phase.number} is out of order; expected phase {index}")
        if phase.first_week != expected_first or phase.last_week < phase.first_week:
            raise ValueError(
                f"phase {phase.number} covers weeks {phase.first_week}-{phase.last_week}; "
                f"it must start in week {expected_first} with no gap or overlap"
            )
        expected_first = phase.last_week + 1
    if expected_first - 1 != weeks:
        raise ValueError(f"the phases end in week {expected_first - 1}, not week {weeks}")


def _check_surfaces_fit_site(programme: Programme) -> None:
    for exercise in programme.exercises:
        if programme.site == "insertional" and exercise.surface == "step":
            raise ValueError(f"{exercise.name!r}: an insertional programme stays off steps")
        if programme.site == "any" and exercise.surface == "step" and not exercise.floor_how_to:
            raise ValueError(f"{exercise.name!r}: needs a floor_how_to for insertional pain")


def _check_sources(programme_id: str, sources: tuple[str, ...]) -> None:
    unknown = unknown_source_ids(sources)
    if unknown:
        raise ValueError(f"{programme_id}: unknown source id(s): {', '.join(unknown)}")


class UnknownProgrammeError(KeyError):
    """No programme with this id; the message names the ids that exist."""

    def __str__(self) -> str:
        return str(self.args[0])


def _with_shared_exercises(entry: dict[str, Any]) -> dict[str, Any]:
    """Expand phases that only give a dose (sets, reps) for the programme's shared exercises."""
    shared = entry.pop("shared_exercises", [])
    for phase in entry.get("phases", []):
        if "exercises" not in phase and shared:
            dose = {"sets": phase.pop("sets", None), "reps": phase.pop("reps", None)}
            phase["exercises"] = [{**exercise, **dose} for exercise in shared]
    return entry


def parse_programmes(text: str) -> Mapping[str, Programme]:
    """Programmes from TOML text in the layout of the packaged programmes.toml."""
    raw: dict[str, Any] = tomllib.loads(text)
    return MappingProxyType(
        {
            programme_id: Programme.model_validate(
                {"id": programme_id, **_with_shared_exercises(entry)}
            )
            for programme_id, entry in raw.items()
        }
    )


@cache
def load_programmes() -> Mapping[str, Programme]:
    """Every packaged programme by id, parsed and checked once."""
    text = resources.files(__package__).joinpath("programmes.toml").read_text(encoding="utf-8")
    return parse_programmes(text)


def programme(programme_id: str) -> Programme:
    """The packaged programme with this id; `UnknownProgrammeError` names the allowed ids."""
    programmes = load_programmes()
    try:
        return programmes[programme_id]
    except KeyError:
        allowed = ", ".join(sorted(programmes))
        raise UnknownProgrammeError(
            f"no exercise programme {programme_id!r}; the programmes are {allowed}"
        ) from None
