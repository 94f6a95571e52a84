"""A result as plain text for the terminal: what to do, why, and the sources behind it.

It shows what the web result page shows (achillespath.web.views.patient.check_result): after a
red flag the check stopped, so only what to do now and why, the red flags' own advice
(`recommendations_to_show`); what could not be ruled out, the ATE verdict and the risk factors
would be about questions never asked.
"""

from __future__ import annotations

import textwrap

from achillespath.interview import load_interview
from achillespath.labels import disposition_words_for, label
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AssessmentResult, Recommendation, recommendations_to_show
from achillespath.sources import cite

__all__ = ["render_result"]

_WIDTH = 78


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent)


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title, *lines] if lines else []


def _question(field: str) -> str:
    """A red-flag question left unanswered, as the check asked it."""
    asked = {question.field: question.text for question in load_interview().questions}
    return asked.get(field, field.replace("_", " "))


def _recommendation(rec: Recommendation, title: str, action: str, refs: str) -> str:
    return "\n".join(
        [
            _wrap(f"- {title}: {action}", "  ")[2:],
            _wrap(f"Why: {rec.reason}{refs}", "    "),
        ]
    )


def _unanswered(result: AssessmentResult) -> list[str]:
    return _section(
        "Not answered (so we cannot rule them out):",
        [_wrap(f"- {_question(field)}", "  ")[2:] for field in result.unanswered],
    )


def _context(result: AssessmentResult) -> list[str]:
    """The ATE verdict and the risk factors: context for planned care."""
    return _section(
        f"Achilles tendon embolisation (ATE): {result.ate.status.value.replace('_', ' ')}",
        [_wrap(f"- {reason}", "  ")[2:] for reason in result.ate.reasons],
    ) + _section(
        "Things that can make tendons more sensitive (context, not a score):",
        [f"- {label('risk_factors', factor)}" for factor in result.risk_factors],
    )


def render_result(result: AssessmentResult) -> str:
    """The result, most important first, with numbered references at the end; after a red
    flag, only what to do now and why (see the module docs)."""
    words = disposition_words_for(result)
    is_stopped = bool(result.red_flags)
    cited: list[str] = []

    def refs(source_ids: tuple[str, ...]) -> str:
        numbers = []
        for source_id in source_ids:
            if source_id not in cited:
                cited.append(source_id)
            numbers.append(str(cited.index(source_id) + 1))
        return f" [{', '.join(numbers)}]" if numbers else ""

    lines = [words.headline.upper(), _wrap(words.action)]
    lines += _section(
        "Warning signs:", [f"- {label('red_flags', flag)}" for flag in result.red_flags]
    )
    lines += [] if is_stopped else _unanswered(result)
    lines += _section(
        "What this might be:", [f"- {label('conditions', c)}" for c in result.conditions]
    )
    texts = recommendation_texts(load_pathway())
    lines += _section(
        "What to do next, and why:",
        [
            _recommendation(rec, texts[rec.id].title, texts[rec.id].patient, refs(rec.sources))
            for rec in recommendations_to_show(result)
        ],
    )
    lines += [] if is_stopped else _context(result)
    references = [_wrap(f"{n}. {cite(s).citation}") for n, s in enumerate(cited, start=1)]
    lines += _section("Sources:", references)
    lines += [
        "",
        _wrap(
            f"Pathway version {result.pathway_version}. This is decision support, not a "
            "diagnosis. If you are worried, or things get worse, contact a health "
            "professional. In an emergency call 999."
        ),
    ]
    return "\n".join(lines)
