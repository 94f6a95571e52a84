"""Medicine text is read entry by entry: a route word ("eye drops") belongs only to the drug it
is written with, so a fluoroquinolone tablet is never hidden by the eye drops named after it.

When it is unclear which drug a route word belongs to, the fluoroquinolone stays systemic: a
false alarm costs a phone call, a miss can cost a tendon (mhra-fluoroquinolones-2019).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.vignettes import assess_person

from achillespath.result import Disposition
from achillespath.risk.medicines import (
    MedicineMatch,
    classify_medicine,
    medicine_entries,
    medicine_findings,
)

SYSTEMIC_FLUOROQUINOLONE = MedicineMatch("fluoroquinolone", is_topical=False)
TOPICAL_FLUOROQUINOLONE = MedicineMatch("fluoroquinolone", is_topical=True)


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("Cipro 500mg BD", ("Cipro 500mg BD",)),
        ("cipro, eye drops", ("cipro", "eye drops")),
        ("cipro; eye drops", ("cipro", "eye drops")),
        ("cipro\neye drops", ("cipro", "eye drops")),
        ("cipro & eye drops", ("cipro", "eye drops")),
        ("cipro+eye drops", ("cipro", "eye drops")),
        ("Cipro 500mg. Eye drops", ("Cipro 500mg", "Eye drops")),
        ("cipro AND eye drops", ("cipro", "eye drops")),
        ("cipro plus eye drops", ("cipro", "eye drops")),
        ("cipro with eye drops", ("cipro", "eye drops")),
        ("cipro, also eye drops", ("cipro", "eye drops")),
        ("cipro then eye drops", ("cipro", "eye drops")),
        ("candesartan, Blandford", ("candesartan", "Blandford")),
        (" , ;\n", ()),
        ("cipro 500mg, paracetamol", ("cipro 500mg", "paracetamol")),
        ("ciprofloxacin eye drops and tablets", ("ciprofloxacin eye drops and tablets",)),
        ("Cipro drops, tablets 500mg, Lipitor", ("Cipro drops, tablets 500mg", "Lipitor")),
        ("500mg tablets + ofloxacin drops", ("500mg tablets + ofloxacin drops",)),
        ("ofloxacin drops, fluoxetine 20mg", ("ofloxacin drops", "fluoxetine 20mg")),
    ],
)
def test_free_text_is_cut_into_one_entry_per_medicine_as_written(
    text: str, entries: tuple[str, ...]
) -> None:
    assert medicine_entries(text) == entries


@pytest.mark.parametrize(
    "text",
    [
        "ciprofloxacin 500mg twice daily and chloramphenicol eye drops",
        "started ciprofloxacin 500mg and chloramphenicol eye drops",
        "ciprofloxacin 500mg, chloramphenicol eye drops",
        "ciprofloxacin 500mg with chloramphenicol eye drops",
        "ciprofloxacin 500mg chloramphenicol eye drops",
        "ciprofloxacin 500mg eye drops",
        "chloramphenicol eye drops and ciprofloxacin 500mg",
        "eye drops ciprofloxacin 500mg bd",
        "ciprofloxacin tablets eye drops",
    ],
)
def test_eye_drops_written_with_another_medicine_leave_ciprofloxacin_systemic(text: str) -> None:
    assert classify_medicine(text) == (SYSTEMIC_FLUOROQUINOLONE,)


@pytest.mark.parametrize(
    "text",
    [
        "ciprofloxacin eye drops and tablets",
        "ciprofloxacin eye drops, tablets 500mg",
        "Ciprofloxacin (eye drops) + 500mg tablets",
        "levofloxacin eye drops with tablets",
        "ofloxacin ear drops; by mouth too",
        "tablets and ciprofloxacin eye drops",
    ],
)
def test_a_tablet_written_after_the_eye_drops_of_the_same_antibiotic_makes_it_systemic(
    text: str,
) -> None:
    # The tablets piece names no drug of its own, so it is the ciprofloxacin's: read apart it
    # was nothing, and the eye drops alone made the antibiotic look topical (self-care).
    assert classify_medicine(text) == (SYSTEMIC_FLUOROQUINOLONE,)


def test_a_dose_of_a_medicine_the_dictionary_does_not_know_counts_as_the_antibiotics() -> None:
    # The dictionary knows only the classes that matter for tendons, so "paracetamol 500mg"
    # reads like "500mg": a false alarm, the safe side (mhra-fluoroquinolones-2019).
    assert classify_medicine("ofloxacin eye drops, paracetamol 500mg") == (
        SYSTEMIC_FLUOROQUINOLONE,
    )


@pytest.mark.parametrize(
    "text",
    [
        "ofloxacin eye drops",
        "eye drops of ofloxacin",
        "ofloxacin 0.3% eye drops",
        "ofloxacin 3 mcg/ml ear drops",
        "ciprofloxacin hydrochloride eye ointment",
        "Exocin (ofloxacin) eye drops",
        "ofloxacin eye drops, fluoxetine 20mg",
        "ofloxacin eye drops and eye ointment",
    ],
)
def test_a_route_word_written_with_its_own_drug_makes_it_topical(text: str) -> None:
    assert classify_medicine(text) == (TOPICAL_FLUOROQUINOLONE,)


def test_drops_between_two_drugs_belong_to_neither_so_the_antibiotic_is_systemic() -> None:
    found = classify_medicine("prednisolone eye drops levofloxacin")

    assert found == (
        MedicineMatch("corticosteroid", is_topical=False),
        SYSTEMIC_FLUOROQUINOLONE,
    )


def test_two_fluoroquinolones_in_one_entry_each_keep_their_own_route() -> None:
    found = classify_medicine("levofloxacin ofloxacin eye drops")

    assert found == (SYSTEMIC_FLUOROQUINOLONE, TOPICAL_FLUOROQUINOLONE)


def test_findings_quote_each_entry_not_the_whole_text() -> None:
    findings = medicine_findings(
        ("ciprofloxacin 500mg twice daily and ofloxacin eye drops, atorvastatin 20mg",)
    )

    assert findings.named("fluoroquinolone") == "ciprofloxacin 500mg twice daily"
    assert findings.named("fluoroquinolone", topical=True) == "ofloxacin eye drops"
    assert findings.named("statin") == "atorvastatin 20mg"


SYSTEMIC_ENTRIES = st.sampled_from(
    [
        "ciprofloxacin 500mg",
        "Cipro 500mg BD",
        "levofloxacin tablets",
        "inhaled levofloxacin",
        "Quinsair nebuliser",
        "moxifloxacin 400mg once daily",
        "Ciproxin",
        "a course of cipro last week",
        "ofloxacin 200mg",
    ]
)
TOPICAL_ENTRIES = st.sampled_from(
    [
        "chloramphenicol eye drops",
        "ofloxacin eye drops",
        "Ciloxan eye drops",
        "ciprofloxacin ear drops",
        "hydrocortisone cream",
        "Clenil inhaler",
        "Flixonase nasal spray",
        "fusidic acid cream",
        "eye drops",
    ]
)
SEPARATORS = st.sampled_from(
    [
        ", ",
        ",",
        "; ",
        "\n",
        " & ",
        " + ",
        "+",
        ". ",
        " and ",
        " And ",
        " plus ",
        " with ",
        " also ",
        " then ",
        ", and ",
    ]
)


@given(SYSTEMIC_ENTRIES, TOPICAL_ENTRIES, SEPARATORS, st.booleans())
def test_a_systemic_fluoroquinolone_joined_to_a_topical_medicine_is_still_systemic(
    systemic: str, topical: str, separator: str, systemic_first: bool
) -> None:
    text = separator.join((systemic, topical) if systemic_first else (topical, systemic))

    assert medicine_findings((text,)).takes("fluoroquinolone")


FLUOROQUINOLONE_NAMES = st.sampled_from(
    ["ciprofloxacin", "Cipro", "Ciproxin", "levofloxacin", "Tavanic", "moxifloxacin", "ofloxacin"]
)
TOPICAL_FORMS = st.sampled_from(
    ["eye drops", "ear drops", "(eye drops)", "0.3% eye drops", "eye ointment", "cream"]
)
SYSTEMIC_FORMS = st.sampled_from(
    ["tablets", "500mg tablets", "tablets 500mg", "500 mg", "by mouth", "IV", "capsules", "drip"]
)


@given(FLUOROQUINOLONE_NAMES, TOPICAL_FORMS, SYSTEMIC_FORMS, SEPARATORS)
def test_tablets_and_drops_of_one_fluoroquinolone_are_urgent_in_either_order(
    name: str, topical: str, systemic: str, separator: str
) -> None:
    drops_first = assess_person(medications=(f"{name} {topical}{separator}{systemic}",))
    tablets_first = assess_person(medications=(f"{name} {systemic}{separator}{topical}",))

    assert drops_first.disposition is tablets_first.disposition is Disposition.URGENT
    assert drops_first.red_flags == tablets_first.red_flags == ("fluoroquinolone_with_tendon_pain",)
