"""`achillespath plan`: a dated 12-week loading plan for one programme."""

from __future__ import annotations

import argparse
import textwrap

from achillespath.cli.arguments import iso_date
from achillespath.cli.errors import InputError
from achillespath.exercise.plan import Plan, PlanWeek, build_plan
from achillespath.exercise.programmes import UnknownProgrammeError, load_programmes, programme
from achillespath.sources import cite

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "plan",
        help="print a dated loading plan (12 weeks by default)",
        description=f"Variants: {', '.join(load_programmes())}.",
    )
    parser.add_argument("--variant", required=True, metavar="V", help="the programme id")
    parser.add_argument("--start", required=True, type=iso_date, help="first day, e.g. 2026-11-23")
    parser.add_argument("--weeks", type=int, default=12, help="how many weeks (default 12)")
    parser.add_argument(
        "--insertional",
        action="store_true",
        help="pain where the tendon meets the heel: keep every exercise on the floor",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        chosen = programme(args.variant)
        plan = build_plan(chosen, args.start, args.weeks, has_insertional_pain=args.insertional)
    except UnknownProgrammeError as error:
        raise InputError(f"variant: {error}") from None
    except ValueError as error:
        raise InputError(str(error)) from None
    print(render_plan(plan))
    return 0


def _week(week: PlanWeek) -> list[str]:
    lines = [
        "",
        f"Week {week.number}: {week.starts:%a %d %b} to {week.ends:%a %d %b %Y}",
        f"  Phase {week.phase}: {week.phase_name}. {week.sessions_per_day} session(s) a day, "
        f"{week.days_per_week} days a week.",
    ]
    for exercise in week.exercises:
        lines.append(f"  - {exercise.name}: {exercise.dose} ({exercise.surface})")
        lines.append(
            textwrap.fill(exercise.how_to, 78, initial_indent="    ", subsequent_indent="    ")
        )
    lines += [
        textwrap.fill(note, 78, initial_indent="  Note: ", subsequent_indent="    ")
        for note in week.notes
    ]
    return lines


def render_plan(plan: Plan) -> str:
    lines = [
        f"{plan.programme_name}",
        f"From {plan.starts:%A %d %B %Y} to {plan.ends:%A %d %B %Y}",
        textwrap.fill(f"Pain: {plan.acceptable_pain}", 78),
        textwrap.fill(f"Progress: {plan.progression}", 78),
    ]
    for week in plan.weeks:
        lines += _week(week)
    lines += ["", "Sources:"]
    lines += [f"{n}. {cite(s).citation}" for n, s in enumerate(plan.sources, start=1)]
    return "\n".join(lines)
