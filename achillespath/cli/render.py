"""A result as plain text for the terminal: what to do, why, and the sources behind it."""

from __future__ import annotations

import textwrap

from achillespath.interview import load_interview
from achillespath.labels import disposition_words_for, label
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AssessmentResult, Recommendation
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


def render_result(result: AssessmentResult) -> str:
    """The whole result, most important first, with numbered references at the end."""
    words = disposition_words_for(result)
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
    lines += _section(
        "Not answered (so we cannot rule them out):",
        [_wrap(f"- {_question(field)}", "  ")[2:] for field in result.unanswered],
    )
    lines += _section(
        "What this might be:", [f"- {label('conditions', c)}" for c in result.conditions]
    )
    texts = recommendation_texts(load_pathway())
    lines += _section(
        "What to do next, and why:",
        [
            _recommendation(rec, texts[rec.id].title, texts[rec.id].patient, refs(rec.sources))
            for rec in result.recommendations
        ],
    )
    lines += _section(
        f"Achilles tendon embolisation (ATE): {result.ate.status.value.replace('_', ' ')}",
        [_wrap(f"- {reason}", "  ")[2:] for reason in result.ate.reasons],
    )
    lines += _section(
        "Things that can make tendons more sensitive (context, not a score):",
        [f"- {label('risk_factors', factor)}" for factor in result.risk_factors],
    )
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
