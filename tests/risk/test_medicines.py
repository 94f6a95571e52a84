"""Free-text medicine names as people type them, sorted into the drug classes that matter.

A missed fluoroquinolone is worse than a false alarm, so misspellings must still be caught;
common medicines that merely look similar must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from achillespath.risk.medicines import (
    MedicineMatch,
    classify_medicine,
    drug_classes,
    medicine_findings,
)

FLUOROQUINOLONE_SPELLINGS = [
    "Cipro 500mg BD",
    "ciprofloxacin",
    "CIPROFLOXACIN 750 MG TWICE DAILY",
    "Ciproxin",
    "ciprofloxacine",
    "ciproflaxacin",
    "cipraflaxacin",
    "ciprofloxin 500",
    "Ciprofloxacin (finished last week)",
    "levofloxacin",
    "Levofloxacin 500mg od",
    "levofloxacine",
    "levofloxcin",
    "levoflox",
    "Tavanic",
    "tavanik 500",
    "Levaquin",
    "moxifloxacin 400mg",
    "Avelox",
    "moxifloxacine",
    "ofloxacin 200mg tablets",
    "Tarivid",
    "norfloxacin",
    "delafloxacin",
    "Baxdela",
    "gemifloxacin",
    "lomefloxacin",
    "gatifloxacin",
    "Quinsair nebuliser",
    "Quinsair inhaled",
    "inhaled levofloxacin",
    "levofloxacin inhaled",
    "levofloxacin inhalation",
    "nebulised levofloxacin",
    "ciprofloxacin nasal",
    "ciprofloxacin ear infection",
    "cipro for an eye infection",
    "sipro",
    "Sipro 500",
    "moxi",
    "norflox",
    "levofloxacin drops 500mg",
    "Ciprofloxacin Eye Drops 500mg tablets",
    "ciprofloxacin eye drops by mouth",
    "ofloxacin drops one tablet daily",
    "Ciloxan tablets",
    "Cirpo",
    "Cypro 500mg",
    "Ciprp",
    "Cipro™ 500",
    "Cipro® 500mg",
    "Ciproxin® 500",
    "Tavanic™",
    "olfox",
]

# The class as GPs and pharmacists name it ("a quinolone"), and the slips people make typing it.
FLUOROQUINOLONE_CLASS_WORDS = [
    "fluoroquinolone",
    "fluoroquinolones",
    "quinolone",
    "quinolones",
    "fluroquinolone",
    "flouroquinolone",
    "floroquinolone",
    "fluroquinolones",
    "flouroquinolones",
    "fluoroquinolne",
    "fluoroquinalone",
    "fluoroquinilone",
    "fluoroquinolin",
    "quinalone",
    "quinilone",
    "quinolon",
]


@pytest.mark.parametrize("entry", FLUOROQUINOLONE_SPELLINGS)
def test_real_world_fluoroquinolone_spellings_are_recognised_as_systemic(entry: str) -> None:
    assert classify_medicine(entry) == (MedicineMatch("fluoroquinolone", is_topical=False),)


@given(
    word=st.sampled_from(FLUOROQUINOLONE_CLASS_WORDS),
    case=st.sampled_from([str.lower, str.upper, str.capitalize]),
    before=st.sampled_from(["", "a ", "on a ", "course of "]),
    after=st.sampled_from(["", " antibiotic", " antibiotics", " tablets", " 500mg", " for a UTI"]),
)
def test_every_fluoroquinolone_class_word_and_misspelling_is_a_systemic_fluoroquinolone(
    word: str, case: Callable[[str], str], before: str, after: str
) -> None:
    entry = f"{before}{case(word)}{after}"

    assert classify_medicine(entry) == (MedicineMatch("fluoroquinolone", is_topical=False),)


def test_a_misspelling_close_to_a_steroid_cream_and_a_fluoroquinolone_is_the_antibiotic() -> None:
    # "fluocinolon" is closest to fluocinolone (a steroid cream) but near "fluoroquinolone"
    # too: the false alarm is the safe reading.
    assert classify_medicine("fluocinolon") == (MedicineMatch("fluoroquinolone", False),)
    assert classify_medicine("fluocinolone cream") == (MedicineMatch("corticosteroid", True),)


@pytest.mark.parametrize("entry", ["Ciprodex", "ciprodex ear drops", "Cilodex otic"])
def test_ciprofloxacin_and_steroid_ear_drops_are_found_as_both_topical(entry: str) -> None:
    assert classify_medicine(entry) == (
        MedicineMatch("fluoroquinolone", is_topical=True),
        MedicineMatch("corticosteroid", is_topical=True),
    )


@pytest.mark.parametrize(
    "entry",
    [
        "ciprofloxacin 3mg/ml eye drops",
        "levofloxacin 5 mg per ml eye drops",
        "ofloxacin 3 mg/ml ear drops",
    ],
)
def test_a_strength_per_ml_on_drops_is_not_a_dose_so_the_drops_stay_topical(entry: str) -> None:
    assert classify_medicine(entry) == (MedicineMatch("fluoroquinolone", is_topical=True),)


def _one_slip(name: str, at: int, letter: str, kind: str) -> str:
    """The name with one slip at a position: a letter changed, one added, or two swapped."""
    at %= len(name)
    if kind == "changed":
        return name[:at] + letter + name[at + 1 :]
    if kind == "added":
        return name[:at] + letter + name[at:]
    at = min(at, len(name) - 2)
    return name[:at] + name[at + 1] + name[at] + name[at + 2 :]


@given(
    name=st.sampled_from(["cipro", "oflox"]),
    at=st.integers(min_value=0, max_value=5),
    letter=st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    kind=st.sampled_from(["changed", "added", "swapped"]),
    after=st.sampled_from(["", " 500mg", " tablets"]),
)
def test_one_slip_in_a_short_fluoroquinolone_name_is_still_the_fluoroquinolone(
    name: str, at: int, letter: str, kind: str, after: str
) -> None:
    # "Cipro" is below the length of the close-misspelling match, so "Cirpo", "Cypro" and
    # "Ciprp" were missed.
    entry = _one_slip(name, at, letter, kind) + after

    assert classify_medicine(entry) == (MedicineMatch("fluoroquinolone", is_topical=False),)


@pytest.mark.parametrize(
    ("entry", "drug_class"),
    [
        ("prednisolone 5 mg", "corticosteroid"),
        ("Prednisolone 40mg once daily for 5 days", "corticosteroid"),
        ("prednisolon", "corticosteroid"),
        ("prednisalone", "corticosteroid"),
        ("prednisone", "corticosteroid"),
        ("dexamethazone", "corticosteroid"),
        ("hydrocortisone tablets", "corticosteroid"),
        ("Medrol", "corticosteroid"),
        ("methylprednisolone", "corticosteroid"),
        ("budesonide capsules (Entocort)", "corticosteroid"),
        ("steroid tablets", "corticosteroid"),
        ("Lipitor 20mg", "statin"),
        ("atorvastatin 40 mg at night", "statin"),
        ("atorvastatine", "statin"),
        ("simvastatin", "statin"),
        ("rosuvastin", "statin"),
        ("Crestor", "statin"),
        ("pravastatin", "statin"),
        ("pitavastatin", "statin"),
        ("warfarin", "anticoagulant"),
        ("Warfrin 3mg", "anticoagulant"),
        ("Eliquis", "anticoagulant"),
        ("Eliquis 5mg bd", "anticoagulant"),
        ("apixiban", "anticoagulant"),
        ("rivaroxaban 20mg", "anticoagulant"),
        ("Xarelto", "anticoagulant"),
        ("edoxaban", "anticoagulant"),
        ("Pradaxa", "anticoagulant"),
        ("enoxaparin injections", "anticoagulant"),
        ("Clexane 40mg", "anticoagulant"),
        ("dalteparin", "anticoagulant"),
    ],
)
def test_steroid_statin_and_blood_thinner_spellings_are_recognised(
    entry: str, drug_class: str
) -> None:
    assert classify_medicine(entry) == (MedicineMatch(drug_class, is_topical=False),)


@pytest.mark.parametrize(
    "entry",
    [
        "paracetamol",
        "ibuprofen 400mg",
        "naproxen",
        "co-codamol 30/500",
        "metformin 500mg",
        "levothyroxine 100 micrograms",
        "amlodipine",
        "ramipril",
        "omeprazole",
        "sertraline",
        "fluoxetine 20mg",
        "amoxicillin",
        "flucloxacillin 500mg qds",
        "doxycycline",
        "clarithromycin",
        "nitrofurantoin",
        "nystatin mouthwash",
        "imipenem/cilastatin",
        "aspirin 75mg",
        "clopidogrel",
        "allopurinol",
        "colchicine",
        "methotrexate",
        "ezetimibe",
        "vitamin D",
        "Hirudoid cream",
        "salbutamol inhaler",
        "quinine sulphate 300mg at night",
        "quinin",
        "hydroxychloroquine",
        "quinapril",
        # One slip from a short fluoroquinolone name, but another medicine or a common word.
        "spiro 25mg",
        "spironolactone",
        "amoxi 500mg",
        "amox",
        "levo 100 micrograms",
        "levothyroxine",
        "Cipralex 10mg",
        "cyproterone",
        "cipla",
        "chiro",
        "micro",
        "cipo",
        "flox",
        "olive oil",
        "aspirin® 75mg",
    ],
)
def test_common_medicines_that_are_not_in_a_class_are_not_matched(entry: str) -> None:
    assert classify_medicine(entry) == ()


@pytest.mark.parametrize(
    ("entry", "drug_class"),
    [
        ("ofloxacin eye drops", "fluoroquinolone"),
        ("Ciloxan", "fluoroquinolone"),
        ("ciprofloxacin ear drops", "fluoroquinolone"),
        ("Exocin", "fluoroquinolone"),
        ("fluticasone inhaler", "corticosteroid"),
        ("Clenil Modulite", "corticosteroid"),
        ("hydrocortisone cream 1%", "corticosteroid"),
        ("Betnovate", "corticosteroid"),
        ("Flixonase nasal spray", "corticosteroid"),
        ("inhaled budesonide", "corticosteroid"),
        ("budesonide inhaler", "corticosteroid"),
        ("betamethasone valerate 0.1% cream", "corticosteroid"),
        ("dexamethasone eye drops", "corticosteroid"),
        ("heparin gel", "anticoagulant"),
    ],
)
def test_eye_ear_skin_and_inhaled_forms_are_marked_topical(entry: str, drug_class: str) -> None:
    assert classify_medicine(entry) == (MedicineMatch(drug_class, is_topical=True),)


@pytest.mark.parametrize("form", ["inhaled", "inhaler", "nasal spray", "nasal"])
def test_an_inhaled_or_nasal_form_is_topical_for_a_steroid_but_never_for_a_fluoroquinolone(
    form: str,
) -> None:
    assert classify_medicine(f"budesonide {form}") == (MedicineMatch("corticosteroid", True),)
    assert classify_medicine(f"levofloxacin {form}") == (MedicineMatch("fluoroquinolone", False),)


def test_one_entry_naming_two_classes_finds_both_in_order() -> None:
    found = classify_medicine("Cipro 500mg and prednisolone 30mg")

    assert found == (
        MedicineMatch("fluoroquinolone", is_topical=False),
        MedicineMatch("corticosteroid", is_topical=False),
    )


def test_accented_spelling_is_recognised() -> None:
    assert classify_medicine("ciprofloxacine 500 mg (Ciprofloxacïne)")[0].drug_class == (
        "fluoroquinolone"
    )


def test_findings_keep_the_persons_own_words_for_each_class() -> None:
    findings = medicine_findings(("Cipro 500mg BD", "Lipitor 20mg", "ofloxacin eye drops"))

    assert findings.takes("fluoroquinolone")
    assert findings.takes("statin")
    assert findings.named("fluoroquinolone") == "Cipro 500mg BD"
    assert findings.named("fluoroquinolone", topical=True) == "ofloxacin eye drops"
    assert not findings.takes("corticosteroid")


@pytest.mark.parametrize("medications", [None, ()])
def test_no_medicines_finds_nothing(medications: tuple[str, ...] | None) -> None:
    findings = medicine_findings(medications)

    assert findings.systemic == {}
    assert findings.topical == {}


def test_the_dictionary_knows_the_four_classes_that_matter() -> None:
    assert drug_classes() == ("fluoroquinolone", "corticosteroid", "statin", "anticoagulant")
