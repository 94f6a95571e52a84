"""The four loading programmes are data with the published dose, sources and honest notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

import pytest

from achillespath.exercise import (
    UnknownProgrammeError,
    load_programmes,
    parse_programmes,
    programme,
)
from achillespath.sources import all_sources


def packaged_text() -> str:
    return (
        resources.files("achillespath.exercise")
        .joinpath("programmes.toml")
        .read_text(encoding="utf-8")
    )


def texts_of(value: object) -> list[str]:
    """Every piece of text in a dumped model (values only, not field names)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_of(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in texts_of(item)]
    return []


def test_there_are_four_programmes() -> None:
    assert sorted(load_programmes()) == ["hsr", "insertional", "midportion", "silbernagel"]


def test_alfredson_is_two_exercises_of_3_x_15_twice_a_day_every_day_for_12_weeks_off_a_step() -> (
    None
):
    alfredson = programme("midportion")
    (phase,) = alfredson.phases

    assert (alfredson.site, alfredson.weeks) == ("midportion", 12)
    assert (phase.sessions_per_day, phase.days_per_week) == (2, 7)
    assert [(e.knee, e.surface, e.dose) for e in phase.exercises] == [
        ("straight", "step", "3 x 15"),
        ("bent", "step", "3 x 15"),
    ]
    assert alfredson.sources == ("alfredson-1998", "alfredson-cook-2007", "fahlstrom-2003")
    assert "backpack" in alfredson.progression


def test_insertional_is_the_same_dose_on_the_floor_and_never_mentions_a_step() -> None:
    insertional = programme("insertional")
    (phase,) = insertional.phases

    assert (phase.sessions_per_day, phase.days_per_week, insertional.weeks) == (2, 7, 12)
    assert [(e.knee, e.surface, e.dose) for e in phase.exercises] == [
        ("straight", "floor", "3 x 15"),
        ("bent", "floor", "3 x 15"),
    ]
    assert not [text for text in texts_of(insertional.model_dump()) if "step" in text.lower()]
    assert insertional.sources == ("jonsson-2008", "dutch-guideline-2021")


def test_silbernagel_has_four_daily_phases_with_the_published_week_ranges() -> None:
    silbernagel = programme("silbernagel")

    assert [(p.number, p.published_weeks) for p in silbernagel.phases] == [
        (1, "1-2, longer if needed"),
        (2, "2-5"),
        (3, "3-12, longer if needed"),
        (4, "12 weeks to 6 months, longer if needed"),
    ]
    assert [(p.first_week, p.last_week) for p in silbernagel.phases] == [
        (1, 2),
        (3, 5),
        (6, 12),
        (13, 26),
    ]
    assert [p.sessions_per_day for p in silbernagel.phases] == [1, 1, 1, 1]
    assert silbernagel.site == "any"
    assert silbernagel.sources == ("silbernagel-2007", "silbernagel-2020")


def test_silbernagel_phase_1_is_body_weight_on_the_floor() -> None:
    phase_1 = programme("silbernagel").phases[0]

    assert [e.dose for e in phase_1.exercises] == ["3 x 10-15", "3 x 10", "3 x 10", "3 x 10"]
    assert {e.surface for e in phase_1.exercises} == {"floor"}
    assert not any(e.takes_added_load for e in phase_1.exercises)


def test_every_silbernagel_step_exercise_has_a_flat_ground_version() -> None:
    for exercise in programme("silbernagel").exercises:
        floor = exercise.on_the_floor()
        assert floor.surface != "step"
        assert "step" not in floor.how_to.lower()


def test_hsr_is_3_sessions_a_week_from_15rm_to_6rm_and_says_its_detail_is_unverified() -> None:
    hsr = programme("hsr")

    assert [(p.first_week, p.last_week, p.exercises[0].dose) for p in hsr.phases] == [
        (1, 1, "3 x 15"),
        (2, 3, "3 x 12"),
        (4, 5, "4 x 10"),
        (6, 8, "4 x 8"),
        (9, 12, "4 x 6"),
    ]
    assert {p.days_per_week for p in hsr.phases} == {3}
    assert hsr.sources == ("beyer-2015",)
    assert "UNVERIFIED" in hsr.verification_notes[0]


@pytest.mark.parametrize("programme_id", ["midportion", "insertional", "silbernagel", "hsr"])
def test_every_programme_cites_known_sources_and_marks_its_load_step_as_practice_guidance(
    programme_id: str,
) -> None:
    loaded = programme(programme_id)

    assert set(loaded.sources) <= set(all_sources())
    assert loaded.load_step_kg == 2.5
    assert loaded.load_step_note.startswith("practice guidance")
    assert loaded.acceptable_pain
    assert loaded.verification_notes


def test_every_programme_has_a_clinician_summary_that_never_says_you() -> None:
    for item in load_programmes().values():
        words = item.clinician_summary.lower().replace(",", " ").replace(".", " ").split()
        assert "you" not in words and "your" not in words, item.id


def test_an_unknown_programme_id_names_the_allowed_ids() -> None:
    with pytest.raises(UnknownProgrammeError) as refused:
        programme("eccentric")

    assert str(refused.value) == (
        "no exercise programme 'eccentric'; the programmes are hsr, insertional, midportion, "
        "silbernagel"
    )
    assert isinstance(refused.value, KeyError)


BROKEN_PROGRAMMES = [
    pytest.param(
        lambda text: text.replace("first_week = 3\nlast_week = 5", "first_week = 4\nlast_week = 5"),
        "phase 2 covers weeks 4-5; it must start in week 3 with no gap or overlap",
        id="gap-between-phases",
    ),
    pytest.param(
        lambda text: text.replace(
            'knee = "straight"\nsurface = "floor"', 'knee = "straight"\nsurface = "step"', 1
        ),
        "an insertional programme stays off steps",
        id="insertional-on-a-step",
    ),
    pytest.param(
        lambda text: text.replace('sources = ["beyer-2015"]', 'sources = ["beyer-2016"]'),
        "hsr: unknown source id(s): beyer-2016",
        id="unknown-source",
    ),
    pytest.param(
        lambda text: text.replace("weeks = 26", "weeks = 24"),
        "the phases end in week 26, not week 24",
        id="phases-past-the-end",
    ),
]


@pytest.mark.parametrize(("break_it", "message"), BROKEN_PROGRAMMES)
def test_inconsistent_programme_data_is_refused(
    break_it: Callable[[str], str], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_programmes(break_it(packaged_text()))
