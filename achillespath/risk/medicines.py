"""Free-text medicine names to the drug classes that matter for Achilles tendons.

People type what is on the box: brand or generic, any case, with doses and frequencies
("Cipro 500mg BD", "Eliquis 5 mg twice a day", "prednisolon"). Each entry is matched word by
word against medicines.toml: exact names, then INN stems (every fluoroquinolone ends in
"-oxacin"), then one slip from a short name ("Cirpo" is Cipro), then close misspellings;
trade mark signs ("Cipro™") are dropped first. Matching prefers a false alarm to a miss,
because an unrecognised fluoroquinolone means someone keeps taking a drug that is damaging
their tendon (MHRA Drug Safety Update 2019): the class words themselves ("a quinolone") are
names, and a misspelling close to several names is read as the most alarming one. Known
look-alikes (nystatin is not a statin) are never matched.

Free text is first cut into entries, one per medicine (`medicine_entries`: commas, "and",
"with", new lines...), so each drug is judged on its own words; a piece that names only a form
reaching the blood ("and tablets", "+ 500mg") and no drug of its own stays with the drug before
it. Within an entry a route word
("eye drops", "cream", "inhaler") marks only the drug it sits next to as topical, and only if it
is a route of that drug's class: an inhaled or nebulised fluoroquinolone reaches the blood and
stays systemic, an inhaled steroid does not. A form that reaches the blood named anywhere in the
entry ("tablets", "by mouth", a "500mg" dose) outweighs any route word. The tendon warnings
concern medicines that reach the blood, and when it is unclear which drug a route word belongs
to, neither gets it, so a fluoroquinolone is then counted as systemic. Results are cached per
entry, so repeated assessments cost a dictionary look-up.
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
    "medicine_entries",
    "medicine_findings",
]

_DATA = ConfigDict(extra="forbid", frozen=True)
_WORD = re.compile(r"[a-z]+")
# Trade mark signs are dropped, not spelled out: NFKD turns "Cipro™" into "CiproTM".
_MARKS = dict.fromkeys(map(ord, "™®©℠"))
_CONCENTRATION = re.compile(r"mg\s*(?:/|per|in)\s*(?:[\d.]+\s*)?(?:ml|g)\b")


class _Matching(BaseModel):
    model_config = _DATA

    fuzzy_min_letters: int = Field(ge=4, le=20)
    fuzzy_cutoff: float = Field(gt=0.5, le=1)
    one_edit_names: tuple[str, ...]
    antibiotic_words: tuple[str, ...] = Field(min_length=1)
    entry_separators: tuple[str, ...] = Field(min_length=1)
    route_fillers: tuple[str, ...]
    look_alikes: tuple[str, ...]


class _DrugClass(BaseModel):
    model_config = _DATA

    sources: tuple[str, ...]
    stems: tuple[str, ...]
    names: tuple[str, ...]
    topical_names: tuple[str, ...]
    topical_words: tuple[str, ...]
    systemic_words: tuple[str, ...]

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
    """One drug class found in one entry; topical means it barely reaches the blood (eye, ear
    or skin use for any class; inhaled or nasal use too for a steroid, never for an antibiotic).
    """

    drug_class: str
    is_topical: bool


@dataclass(frozen=True, slots=True)
class _Dictionary:
    exact: Mapping[str, tuple[MedicineMatch, ...]]
    class_rank: Mapping[str, int]
    stems: tuple[tuple[str, str], ...]
    fuzzy_names: tuple[str, ...]
    one_edit_names: tuple[str, ...]
    antibiotic_words: tuple[str, ...]
    look_alikes: frozenset[str]
    topical_words: Mapping[str, frozenset[str]]
    systemic_words: Mapping[str, frozenset[str]]
    form_words: frozenset[str]
    route_fillers: frozenset[str]
    entry_break: re.Pattern[str]
    fuzzy_min_letters: int
    fuzzy_cutoff: float


def _entry_break(separators: tuple[str, ...]) -> re.Pattern[str]:
    # Words ("and") break only as whole words, so "Candesartan" stays one entry.
    parts = (
        rf"\b{re.escape(sep.strip())}\b" if sep.strip().isalpha() else re.escape(sep)
        for sep in separators
    )
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def _dictionary() -> _Dictionary:
    text = resources.files(__package__).joinpath("medicines.toml").read_text(encoding="utf-8")
    data = _MedicinesFile.model_validate(tomllib.loads(text))
    exact: dict[str, tuple[MedicineMatch, ...]] = {}
    for class_id, drug_class in data.classes.items():
        # A combination product ("Ciprodex": ciprofloxacin with dexamethasone) is listed under
        # each of its classes and is found as all of them.
        for name in drug_class.names:
            exact[name] = (*exact.get(name, ()), MedicineMatch(class_id, False))
        for name in drug_class.topical_names:
            exact[name] = (*exact.get(name, ()), MedicineMatch(class_id, True))
    matching = data.matching
    return _Dictionary(
        exact=exact,
        class_rank={class_id: rank for rank, class_id in enumerate(data.classes)},
        stems=tuple((stem, cls) for cls, entry in data.classes.items() for stem in entry.stems),
        fuzzy_names=tuple(name for name in exact if len(name) >= matching.fuzzy_min_letters),
        one_edit_names=matching.one_edit_names,
        antibiotic_words=matching.antibiotic_words,
        look_alikes=frozenset(matching.look_alikes),
        topical_words={cls: frozenset(entry.topical_words) for cls, entry in data.classes.items()},
        systemic_words={
            cls: frozenset(entry.systemic_words) for cls, entry in data.classes.items()
        },
        form_words=frozenset().union(*(entry.systemic_words for entry in data.classes.values())),
        route_fillers=frozenset(matching.route_fillers),
        entry_break=_entry_break(matching.entry_separators),
        fuzzy_min_letters=matching.fuzzy_min_letters,
        fuzzy_cutoff=matching.fuzzy_cutoff,
    )


def drug_classes() -> tuple[str, ...]:
    """The drug class ids medicines.toml knows, in file order."""
    return tuple(_dictionary().class_rank)


def _pieces(text: str, entry_break: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each non-blank piece between separators."""
    bounds = [0, *(edge for found in entry_break.finditer(text) for edge in found.span())]
    spans = zip(bounds[::2], [*bounds[1::2], len(text)], strict=True)
    return [(start, end) for start, end in spans if text[start:end].strip()]


def _is_bare_form(piece: str, table: _Dictionary) -> bool:
    """True for a piece naming a form that reaches the blood and no drug of its own ("tablets",
    "500mg", "by mouth"). A look-alike ("fluoxetine 20mg") is a drug of its own.
    """
    words = _words(piece)
    return not table.form_words.isdisjoint(words) and not any(
        word in table.look_alikes or _match_word(word, table) for word in words
    )


@lru_cache(maxsize=4096)
def medicine_entries(text: str) -> tuple[str, ...]:
    """Free medicine text cut into one entry per medicine, in the order written, as written.

    "ciprofloxacin 500mg and chloramphenicol eye drops" gives two entries, so the eye drops'
    route cannot make the tablets look topical. Separators (commas, semicolons, new lines,
    "and", "with", "+" ...) are listed in medicines.toml; blank pieces are dropped. A piece
    naming only a form that reaches the blood stays with the piece before it (before the first
    drug, with the one after it): "ciprofloxacin eye drops and tablets" is one entry, read as
    tablets, as "ciprofloxacin tablets and eye drops" is, whatever the order.
    """
    table = _dictionary()
    spans: list[tuple[int, int]] = []
    only_forms = False  # every piece so far names only a form: they wait for the first drug
    for start, end in _pieces(text, table.entry_break):
        is_bare = _is_bare_form(text[start:end], table)
        joins = bool(spans) and (is_bare or only_forms)
        only_forms = is_bare and (only_forms or not spans)
        spans.append((spans.pop()[0] if joins else start, end))
    return tuple(text[start:end].strip() for start, end in spans)


def _words(entry: str) -> list[str]:
    # Strip accents so "ciprofloxacine" typed with a French keyboard still matches.
    marked = entry.translate(_MARKS)
    plain = unicodedata.normalize("NFKD", marked).encode("ascii", "ignore").decode("ascii")
    # A strength per millilitre or gram ("3mg/ml", "5 mg per ml", "1mg/g") is how drops and
    # creams are labelled, so its "mg" is not a dose and must not read as a systemic form.
    return _WORD.findall(_CONCENTRATION.sub(" ", plain.lower()))


_Mentions = Mapping[int, tuple[MedicineMatch, ...]]
"""The drugs an entry names, by the position of the word naming them."""


def _alarm_order(names: list[str], table: _Dictionary) -> list[str]:
    """Close names, the most alarming first: one that reaches the blood before a topical one,
    then by class in file order (fluoroquinolones first), closest first within a tie. A
    misspelling near both "fluoroquinolone" and "fluocinolone" (a steroid cream) is then read
    as the antibiotic: a false alarm costs a phone call, a miss can cost a tendon.
    """

    def alarm(name: str) -> tuple[bool, int]:
        matches = table.exact[name]
        is_topical = all(match.is_topical for match in matches)
        return is_topical, min(table.class_rank[match.drug_class] for match in matches)

    return sorted(names, key=alarm)  # stable: difflib lists the closest first


def _is_one_edit(word: str, name: str) -> bool:
    """True when the word is the name with one letter changed, two neighbours swapped
    ("cirpo") or one letter added. A dropped letter does not count: "cipo" or "flox" are too
    short to tell apart from other words.
    """
    if len(word) == len(name) + 1:
        return any(word[:at] + word[at + 1 :] == name for at in range(len(word)))
    if len(word) != len(name):
        return False
    differ = [
        at for at, (mine, theirs) in enumerate(zip(word, name, strict=True)) if mine != theirs
    ]
    if len(differ) == 2 and differ[1] == differ[0] + 1:
        return word[differ[0]] == name[differ[1]] and word[differ[1]] == name[differ[0]]
    return len(differ) == 1


def _match_word(word: str, table: _Dictionary) -> tuple[MedicineMatch, ...]:
    if word in table.look_alikes:
        return ()
    if word in table.exact:
        return table.exact[word]
    for stem, class_id in table.stems:
        if word.endswith(stem) and len(word) > len(stem) + 1:
            return (MedicineMatch(class_id, False),)
    for name in table.one_edit_names:
        if _is_one_edit(word, name):
            return table.exact[name]
    if len(word) < table.fuzzy_min_letters:
        return ()
    close = difflib.get_close_matches(
        word, table.fuzzy_names, n=len(table.fuzzy_names), cutoff=table.fuzzy_cutoff
    )
    return table.exact[_alarm_order(close, table)[0]] if close else ()


def _beside(
    words: list[str], at: int, mentions: _Mentions, table: _Dictionary
) -> list[tuple[int, int]]:
    """(position, direction) of the first word other than a filler ("eye", "0.3%",
    "hydrochloride") on each side of the drug named at ``at``, unless another drug or the
    end of the entry comes first.
    """
    found = []
    for step in (-1, 1):
        index = at + step
        while 0 <= index < len(words) and words[index] in table.route_fillers:
            index += step
        if 0 <= index < len(words) and index not in mentions:
            found.append((index, step))
    return found


def _another_drug_beyond(
    words: list[str],
    index: int,
    step: int,
    mentions: _Mentions,
    table: _Dictionary,
) -> bool:
    # "prednisolone eye drops levofloxacin": the drops could be either drug's, so neither
    # gets them, and the fluoroquinolone counts as systemic (a false alarm beats a miss).
    passable = table.route_fillers.union(*table.topical_words.values())
    index += step
    while 0 <= index < len(words) and index not in mentions:
        if words[index] not in passable:
            return False
        index += step
    return index in mentions


def _has_own_route(
    words: list[str], at: int, drug_class: str, mentions: _Mentions, table: _Dictionary
) -> bool:
    """True when a route word of the drug's own class sits beside it and no other drug could
    as well own that word.
    """
    return any(
        words[index] in table.topical_words[drug_class]
        and not _another_drug_beyond(words, index, step, mentions, table)
        for index, step in _beside(words, at, mentions, table)
    )


def _is_topical(
    match: MedicineMatch, words: list[str], at: int, mentions: _Mentions, table: _Dictionary
) -> bool:
    """Topical by name ("Ciloxan") or by its own route word beside it ("ofloxacin eye drops"),
    unless the entry anywhere names a form of its class that reaches the blood ("tablets",
    "by mouth", "drip", a dose such as "500mg"). "levofloxacin drops 500mg" is then systemic:
    drops are labelled by strength ("0.3%", "3mg/ml"), never by a dose in milligrams, so a bare
    dose means tablets or a drip, or two medicines run together, and either way a false alarm
    beats a missed fluoroquinolone.
    """
    if table.systemic_words[match.drug_class].intersection(words):
        return False
    return match.is_topical or _has_own_route(words, at, match.drug_class, mentions, table)


def _classify_one(entry: str, table: _Dictionary) -> list[MedicineMatch]:
    words = _words(entry)
    mentions = {
        index: matches for index, word in enumerate(words) if (matches := _match_word(word, table))
    }
    return [
        MedicineMatch(match.drug_class, _is_topical(match, words, index, mentions, table))
        for index, matches in mentions.items()
        for match in matches
    ]


@lru_cache(maxsize=4096)
def classify_medicine(entry: str) -> tuple[MedicineMatch, ...]:
    """The drug classes named in free text, each once per route, in the order they appear.

    The text is read entry by entry (`medicine_entries`). A route word of the drug's own
    class beside it ("ofloxacin eye drops", "inhaled budesonide") marks that drug topical;
    a brand sold only as drops, creams or inhalers (Ciloxan, Clenil) is topical by name.
    """
    table = _dictionary()
    found = (match for part in medicine_entries(entry) for match in _classify_one(part, table))
    return tuple(dict.fromkeys(found))


def _names_an_antibiotic(entry: str, table: _Dictionary) -> bool:
    """True when the entry says "antibiotic", or a close misspelling ("anitbiotics")."""
    words = table.antibiotic_words
    return any(
        difflib.get_close_matches(word, words, 1, table.fuzzy_cutoff) for word in _words(entry)
    )


@dataclass(frozen=True, slots=True)
class MedicineFindings:
    """Which of the person's entries fall in each drug class, split by route, and the entries
    naming an antibiotic but no drug the dictionary knows ("antibiotic for a water infection"),
    which could be a fluoroquinolone."""

    systemic: Mapping[str, tuple[str, ...]]
    topical: Mapping[str, tuple[str, ...]]
    unnamed_antibiotics: tuple[str, ...] = ()

    def takes(self, drug_class: str) -> bool:
        """True when an entry of this class reaches the blood (tablets, injections, inhaled)."""
        return drug_class in self.systemic

    def named(self, drug_class: str, *, topical: bool = False) -> str:
        """The person's own entries of this class, for a reason: "Cipro 500mg, levofloxacin"."""
        return ", ".join((self.topical if topical else self.systemic).get(drug_class, ()))


@lru_cache(maxsize=1024)
def medicine_findings(medications: tuple[str, ...] | None) -> MedicineFindings:
    """Sort the person's medicine text into drug classes. None or () finds nothing.

    Each item may hold several medicines ("cipro 500mg and eye drops"): it is cut into
    entries (`medicine_entries`) and each entry is named in its own words.
    """
    systemic: dict[str, list[str]] = {}
    topical: dict[str, list[str]] = {}
    unnamed: list[str] = []
    for text in medications or ():
        for entry in medicine_entries(text):
            found = classify_medicine(entry)
            for match in found:
                by_class = topical if match.is_topical else systemic
                by_class.setdefault(match.drug_class, []).append(entry)
            if not found and _names_an_antibiotic(entry, _dictionary()):
                unnamed.append(entry)
    return MedicineFindings(
        systemic={key: tuple(entries) for key, entries in systemic.items()},
        topical={key: tuple(entries) for key, entries in topical.items()},
        unnamed_antibiotics=tuple(unnamed),
    )
