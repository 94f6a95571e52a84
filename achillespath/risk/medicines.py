"""Free-text medicine names to the drug classes that matter for Achilles tendons.

People type what is on the box: brand or generic, any case, with doses and frequencies
("Cipro 500mg BD", "Eliquis 5 mg twice a day", "prednisolon"). Each entry is matched word by
word against medicines.toml: exact names, then INN stems (every fluoroquinolone ends in
"-oxacin"), then close misspellings. Matching prefers a false alarm to a miss, because an
unrecognised fluoroquinolone means someone keeps taking a drug that is damaging their tendon
(MHRA Drug Safety Update 2019). Known look-alikes (nystatin is not a statin) are never matched.

Eye, ear, skin and inhaled forms are marked topical: the tendon warnings concern medicines that
reach the blood. Results are cached per entry, so repeated assessments cost a dictionary look-up.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, field_validator

from achillespath.sources import unknown_source_ids

__all__ = [
    "MedicineFindings",
    "MedicineMatch",
    "classify_medicine",
    "drug_classes",
    "medicine_findings",
]

_DATA = ConfigDict(extra="forbid", frozen=True)
_WORD = re.compile(r"[a-z]+")


class _Matching(BaseModel):
    model_config = _DATA

    fuzzy_min_letters: int = Field(ge=4, le=20)
    fuzzy_cutoff: float = Field(gt=0.5, le=1)
    topical_words: tuple[str, ...]
    look_alikes: tuple[str, ...]


class _DrugClass(BaseModel):
    model_config = _DATA

    sources: tuple[str, ...]
    stems: tuple[str, ...]
    names: tuple[str, ...]
    topical_names: tuple[str, ...]

    @field_validator("sources")
    @classmethod
    def _known(cls, sources: tuple[str, ...]) -> tuple[str, ...]:
        unknown = unknown_source_ids(sources)
        if unknown:
            raise ValueError(f"unknown source id(s): {', '.join(unknown)}")
        return sources


class _MedicinesFile(BaseModel):
    model_config = _DATA

    matching: _Matching
    classes: dict[str, _DrugClass]


@dataclass(frozen=True, slots=True)
class MedicineMatch:
    """One drug class found in one entry; topical means eye, ear, skin or inhaled use."""

    drug_class: str
    is_topical: bool


@dataclass(frozen=True, slots=True)
class _Dictionary:
    exact: Mapping[str, MedicineMatch]
    stems: tuple[tuple[str, str], ...]
    fuzzy_names: tuple[str, ...]
    look_alikes: frozenset[str]
    topical_words: frozenset[str]
    fuzzy_min_letters: int
    fuzzy_cutoff: float


@cache
def _dictionary() -> _Dictionary:
    text = resources.files(__package__).joinpath("medicines.toml").read_text(encoding="utf-8")
    data = _MedicinesFile.model_validate(tomllib.loads(text))
    exact: dict[str, MedicineMatch] = {}
    for class_id, drug_class in data.classes.items():
        exact.update({name: MedicineMatch(class_id, False) for name in drug_class.names})
        exact.update({name: MedicineMatch(class_id, True) for name in drug_class.topical_names})
    matching = data.matching
    return _Dictionary(
        exact=exact,
        stems=tuple((stem, cls) for cls, entry in data.classes.items() for stem in entry.stems),
        fuzzy_names=tuple(name for name in exact if len(name) >= matching.fuzzy_min_letters),
        look_alikes=frozenset(matching.look_alikes),
        topical_words=frozenset(matching.topical_words),
        fuzzy_min_letters=matching.fuzzy_min_letters,
        fuzzy_cutoff=matching.fuzzy_cutoff,
    )


def drug_classes() -> tuple[str, ...]:
    """The drug class ids medicines.toml knows, in file order."""
    return tuple(dict.fromkeys(match.drug_class for match in _dictionary().exact.values()))


def _words(entry: str) -> list[str]:
    # Strip accents so "ciprofloxacine" typed with a French keyboard still matches.
    plain = unicodedata.normalize("NFKD", entry).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(plain.lower())


def _match_word(word: str, table: _Dictionary) -> MedicineMatch | None:
    if word in table.look_alikes:
        return None
    if word in table.exact:
        return table.exact[word]
    for stem, class_id in table.stems:
        if word.endswith(stem) and len(word) > len(stem) + 1:
            return MedicineMatch(class_id, False)
    if len(word) < table.fuzzy_min_letters:
        return None
    close = difflib.get_close_matches(word, table.fuzzy_names, n=1, cutoff=table.fuzzy_cutoff)
    return table.exact[close[0]] if close else None


@lru_cache(maxsize=4096)
def classify_medicine(entry: str) -> tuple[MedicineMatch, ...]:
    """The drug classes named in one free-text entry, each once, in the order they appear.

    An entry that also says how it is used on the body ("eye drops", "cream", "inhaler")
    marks every match in it as topical.
    """
    table = _dictionary()
    words = _words(entry)
    is_topical = not table.topical_words.isdisjoint(words)
    found: dict[str, MedicineMatch] = {}
    for word in words:
        match = _match_word(word, table)
        if match is not None and match.drug_class not in found:
            found[match.drug_class] = MedicineMatch(
                match.drug_class, match.is_topical or is_topical
            )
    return tuple(found.values())


@dataclass(frozen=True, slots=True)
class MedicineFindings:
    """Which of the person's entries fall in each drug class, split by route."""

    systemic: Mapping[str, tuple[str, ...]]
    topical: Mapping[str, tuple[str, ...]]

    def takes(self, drug_class: str) -> bool:
        """True when an entry of this class reaches the blood (tablets, injections)."""
        return drug_class in self.systemic

    def named(self, drug_class: str, *, topical: bool = False) -> str:
        """The person's own entries of this class, for a reason: "Cipro 500mg, levofloxacin"."""
        return ", ".join((self.topical if topical else self.systemic).get(drug_class, ()))


@lru_cache(maxsize=1024)
def medicine_findings(medications: tuple[str, ...] | None) -> MedicineFindings:
    """Sort the person's medicine entries into drug classes. None or () finds nothing."""
    systemic: dict[str, list[str]] = {}
    topical: dict[str, list[str]] = {}
    for entry in medications or ():
        for match in classify_medicine(entry):
            by_class = topical if match.is_topical else systemic
            by_class.setdefault(match.drug_class, []).append(entry)
    return MedicineFindings(
        systemic={key: tuple(entries) for key, entries in systemic.items()},
        topical={key: tuple(entries) for key, entries in topical.items()},
    )
