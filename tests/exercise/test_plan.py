"""A programme laid out as dated weeks from the start date the caller gives."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest

from achillespath.exercise import build_plan, programme

MONDAY = dt.date(2026, 1, 5)


def test_week_1_starts_on_the_start_date_and_12_weeks_end_84_days_later() -> None:
    plan = build_plan(programme("midportion"), MONDAY)

    assert len(plan.weeks) == 12
    assert (plan.weeks[0].number, plan.weeks[0].starts, plan.weeks[0].ends) == (
        1,
        MONDAY,
        dt.date(2026, 1, 11),
    )
    assert plan.weeks[-1].starts == dt.date(2026, 3, 23)
    assert plan.ends == dt.date(2026, 3, 29)
    assert (plan.ends - plan.starts).days + 1 == 84


def test_weeks_follow_each_other_with_no_gap() -> None:
    weeks = build_plan(programme("hsr"), dt.date(2026, 2, 26)).weeks

    for earlier, later in pairwise(weeks):
        assert later.starts == earlier.ends + dt.timedelta(days=1)


def test_each_week_shows_its_phase_dose_and_sessions() -> None:
    plan = build_plan(programme("hsr"), MONDAY)

    assert [(w.number, w.phase, w.exercises[0].dose) for w in plan.weeks[:4]] == [
        (1, 1, "3 x 15"),
        (2, 2, "3 x 12"),
        (3, 2, "3 x 12"),
        (4, 3, "4 x 10"),
    ]
    assert {(w.sessions_per_day, w.days_per_week) for w in plan.weeks} == {(1, 3)}


def test_the_insertional_plan_never_says_step() -> None:
    plan = build_plan(programme("insertional"), MONDAY)

    texts = [plan.programme_name, plan.acceptable_pain, plan.progression]
    for week in plan.weeks:
        texts += [week.phase_name, *week.notes]
        texts += [text for e in week.exercises for text in (e.name, e.how_to, e.load_rule)]
    assert not [text for text in texts if "step" in text.lower()]
    assert {e.surface for w in plan.weeks for e in w.exercises} == {"floor"}


def test_silbernagel_for_insertional_pain_keeps_every_exercise_on_the_floor() -> None:
    plan = build_plan(programme("silbernagel"), MONDAY, has_insertional_pain=True)

    exercises = [e for w in plan.weeks for e in w.exercises]
    assert {e.surface for e in exercises} == {"floor"}
    assert not any("edge of a step" in e.how_to for e in exercises)


def test_silbernagel_for_midportion_pain_uses_the_step_from_phase_2() -> None:
    plan = build_plan(programme("silbernagel"), MONDAY)

    assert [(w.number, w.phase) for w in plan.weeks] == [
        (1, 1), (2, 1), (3, 2), (4, 2), (5, 2),
        (6, 3), (7, 3), (8, 3), (9, 3), (10, 3), (11, 3), (12, 3),
    ]  # fmt: skip
    assert "step" in {e.surface for e in plan.weeks[2].exercises}


def test_silbernagel_can_be_planned_over_its_full_26_weeks() -> None:
    plan = build_plan(programme("silbernagel"), MONDAY, weeks=26)

    assert (plan.weeks[-1].phase, plan.weeks[-1].days_per_week) == (4, 3)


def test_the_step_programme_is_refused_for_insertional_pain() -> None:
    with pytest.raises(ValueError, match="not advised for pain at the insertion"):
        build_plan(programme("midportion"), MONDAY, has_insertional_pain=True)


@pytest.mark.parametrize("weeks", [0, 13, -1])
def test_weeks_outside_the_programme_are_refused(weeks: int) -> None:
    with pytest.raises(ValueError, match=f"weeks: {weeks} must be 1-12 for 'midportion'"):
        build_plan(programme("midportion"), MONDAY, weeks=weeks)


def test_the_plan_carries_the_pain_guidance_and_sources() -> None:
    plan = build_plan(programme("midportion"), MONDAY)

    assert plan.acceptable_pain.startswith("Some pain in the tendon")
    assert plan.sources == ("alfredson-1998", "alfredson-cook-2007", "fahlstrom-2003")


def test_the_step_programme_refusal_names_the_programmes_as_people_read_them() -> None:
    with pytest.raises(ValueError) as refusal:
        build_plan(programme("midportion"), MONDAY, has_insertional_pain=True)

    assert str(refusal.value) == (
        "Heavy-load heel-lowering (Alfredson programme) lowers the heel below a step, which is "
        "not advised for pain at the insertion; use Heel-lowering on the floor (insertional "
        "programme) or Gradual calf programme with pain monitoring (Silbernagel programme)"
    )
