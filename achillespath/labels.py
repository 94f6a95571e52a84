"""Plain-English words for the ids a result carries.

Dispositions and red flags are worded in labels.toml; conditions, risk factors and the
red-flag questions are named in the pathway definition (conditions and risk factors with its
thresholds filled in), so the words follow the rules.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AssessmentResult, Disposition

__all__ = [
    "DispositionWords",
    "Labels",
    "disposition_words",
    "disposition_words_for",
    "in_sentence",
    "label",
    "load_labels",
    "question_for_clinicians",
    "red_flag_with_condition",
]

_DATA = ConfigDict(extra="forbid", frozen=True)

LabelKind = Literal["conditions", "red_flags", "risk_factors"]


class DispositionWords(BaseModel):
    model_config = _DATA

    headline: str
    action: str
    clinician_headline: str


class Labels(BaseModel):
    model_config = _DATA

    dispositions: dict[Disposition, DispositionWords]
    red_flags: dict[str, str]


@cache
def load_labels() -> Labels:
    text = resources.files("achillespath").joinpath("labels.toml").read_text(encoding="utf-8")
    return Labels.model_validate(tomllib.loads(text))


def disposition_words(disposition: Disposition) -> DispositionWords:
    return load_labels().dispositions[disposition]


_GO_TODAY = "rupture_same_day"
"""The recommendation that says where to go today, which the urgent action must not contradict."""


def disposition_words_for(result: AssessmentResult) -> DispositionWords:
    """A result's disposition in words. When a rupture clue makes it urgent, its action says
    where to go as the rupture advice does (a GP surgery cannot do the calf squeeze test the
    same day: HAZ-01), rather than the urgent action's "contact your GP surgery"."""
    words = disposition_words(result.disposition)
    if result.disposition is not Disposition.URGENT or not any(
        recommendation.id == _GO_TODAY for recommendation in result.recommendations
    ):
        return words
    go_today = recommendation_texts(load_pathway())[_GO_TODAY].patient
    action = f"{go_today} Do not start exercises for this until you have been checked."
    return words.model_copy(update={"action": action})


def label(kind: LabelKind, item_id: str) -> str:
    """The words for an id of a kind.

    An id without words falls back to the id itself, made readable, so nothing is ever hidden.
    """
    if kind == "red_flags":
        words = load_labels().red_flags.get(item_id)
    else:
        pathway = load_pathway()
        described = getattr(pathway, kind).get(item_id)
        words = pathway.fill_thresholds(described.name) if described else None
    return words or item_id.replace("_", " ").capitalize()


def red_flag_with_condition(flag_id: str) -> str:
    """A red flag and what it may mean, as a caseload flag names it ("Cannot put weight on the
    leg: suspected Achilles tendon rupture"); the flag alone where the pathway names nothing."""
    words = label("red_flags", flag_id)
    flag = load_pathway().red_flags.get(flag_id)
    if flag is None or not flag.condition:
        return words
    return f"{words}: {in_sentence(label('conditions', flag.condition))}"


PROPER_NOUNS = frozenset({"Achilles"})
"""Words that keep their capital inside a sentence (besides acronyms such as PRP)."""


def in_sentence(name: str) -> str:
    """A name or label as it reads inside a sentence ("Notes on shockwave therapy (ESWT)"):
    its first word lower-cased unless it is an acronym ("PRP") or a proper noun ("Achilles"),
    and the rest as written, so an acronym later on (ESWT, ATE) keeps its capitals."""
    first, space, rest = name.partition(" ")
    is_acronym = len(first) > 1 and first.isupper()
    if is_acronym or first in PROPER_NOUNS:
        return name
    return f"{first[:1].lower()}{first[1:]}{space}{rest}"


def question_for_clinicians(field: str) -> str:
    """How clinicians read a red-flag question left unanswered ("sudden onset" for `onset`), as
    the clinician reason of safety.unanswered_red_flags names it; lower case, to sit inside a
    sentence.

    A field without words falls back to the field itself, made readable, so nothing is hidden.
    """
    words = load_pathway().red_flag_questions_for_clinicians.get(field)
    return words or field.replace("_", " ")
