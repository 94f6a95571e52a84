"""Progress charts as SVG drawn on the server with pygal: pain, VISA-A and adherence.

Each chart is a picture of a table the page also shows; the table is the source of truth for
screen readers, so the charts carry no interaction and no script (pygal's ``js=[]``). The SVG
holds its own <style>, so it is served as its own image response (see
achillespath.web.views.patient.progress), never inlined into a page whose policy forbids
inline style. Series differ by line pattern as well as colour, for people who cannot tell the
colours apart.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pygal
from pygal.style import Style

# pygal appends an import hook for its optional map plugins. The hook predates find_spec, so
# every later import anywhere in the process raises an ImportWarning through it (an error
# under the test suite's filterwarnings). We use no map plugin: take the hook out again.
sys.meta_path[:] = [
    finder for finder in sys.meta_path if not isinstance(finder, pygal.PluginImportFixer)
]

__all__ = [
    "AdherenceWeek",
    "PainPoint",
    "VisaAPoint",
    "adherence_chart",
    "pain_chart",
    "visa_a_chart",
]

_STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#212b32",
    foreground_strong="#212b32",
    foreground_subtle="#4c6272",
    colors=("#005eb8", "#ae2573", "#007f3b"),
    font_family="Arial, sans-serif",
    label_font_size=14,
    major_label_font_size=14,
    legend_font_size=16,
    title_font_size=18,
    value_font_size=14,
    opacity="1",
    stroke_width="3",
    opacity_hover="1",
    transition="0ms",
)

_COMMON: dict[str, Any] = {
    "js": [],
    "style": _STYLE,
    "width": 720,
    "height": 360,
    "explicit_size": True,
    "legend_at_bottom": True,
    "legend_at_bottom_columns": 2,
    "show_minor_x_labels": True,
    "x_label_rotation": 30,
    "tooltip_border_radius": 0,
    "dots_size": 4,
    "no_data_text": "No data yet",
    "margin": 16,
    "margin_bottom": 24,
}

_DASHED = {"dasharray": "8, 6"}


@dataclass(frozen=True)
class PainPoint:
    """One day's pain scores (0-10): the worst during exercise and on getting up the next
    morning, from its exercise log, and the pain that day asked with the VISA-A (issue 3: pain
    on a schedule); None for a score that day does not have."""

    date: dt.date
    during: int | None
    next_morning: int | None
    with_visa_a: int | None = None


@dataclass(frozen=True)
class VisaAPoint:
    """One VISA-A total (0-100, 100 best) and the day it was answered."""

    date: dt.date
    total: int


@dataclass(frozen=True)
class AdherenceWeek:
    """One programme week: days with a logged session against the days the plan asks for."""

    number: int
    starts: dt.date
    ends: dt.date
    logged: int
    planned: int
    is_current: bool


def _day(value: dt.date) -> str:
    return f"{value.day} {value:%b}"


def _without_scripts(root: Any) -> Any:
    """Drop the <script> pygal writes its settings into even when it loads no script file."""
    for parent in root.iter():
        for child in list(parent):
            if str(child.tag).rpartition("}")[2] == "script":
                parent.remove(child)
    return root


def _render(chart: Any) -> bytes:
    chart.add_xml_filter(_without_scripts)
    rendered: bytes = chart.render()
    return rendered


def pain_chart(points: Sequence[PainPoint]) -> bytes:
    """Pain during exercise, the next morning and with the VISA-A by date, on the 0-10 scale."""
    chart = pygal.DateLine(
        **_COMMON, range=(0, 10), y_labels=list(range(0, 11, 2)), x_value_formatter=_day
    )
    chart.add("Pain during exercise", [(p.date, p.during) for p in points if p.during is not None])
    chart.add(
        "Pain the next morning",
        [(p.date, p.next_morning) for p in points if p.next_morning is not None],
        stroke_style=_DASHED,
    )
    chart.add(
        "Pain with your VISA-A",
        [(p.date, p.with_visa_a) for p in points if p.with_visa_a is not None],
        stroke=False,  # a few scores weeks apart: dots, not a line that suggests the days between
    )
    return _render(chart)


def visa_a_chart(points: Sequence[VisaAPoint]) -> bytes:
    """VISA-A totals by date, on the 0-100 scale (100 is the best score)."""
    chart = pygal.DateLine(
        **_COMMON, range=(0, 100), y_labels=list(range(0, 101, 20)), x_value_formatter=_day
    )
    chart.x_labels = [p.date for p in points]  # a few answers: label each one, not every day
    chart.add("VISA-A score", [(p.date, p.total) for p in points])
    return _render(chart)


def adherence_chart(weeks: Sequence[AdherenceWeek]) -> bytes:
    """Days with a logged session in each programme week, beside the days planned."""
    most = max((max(week.logged, week.planned) for week in weeks), default=7)
    chart = pygal.Bar(**_COMMON, range=(0, most), y_labels=list(range(0, most + 1)))
    chart.x_labels = [f"Week {week.number}" for week in weeks]
    chart.add("Days logged", [week.logged for week in weeks])
    chart.add("Days planned", [week.planned for week in weeks])
    return _render(chart)
