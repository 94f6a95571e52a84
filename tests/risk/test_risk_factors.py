"""Risk factors are context ("may make tendons more sensitive"), in pathway order, never a score
and never a change of urgency."""

from __future__ import annotations

import datetime as dt

import pytest
from support.vignettes import assess_person

from achillespath.result import Disposition
from achillespath.risk.risk_factors import bmi_from_weight_height
from achillespath.triage.exact_age import age_on


def test_heavier_diabetic_runner_who_upped_his_mileage_has_context_risk_factors() -> None:
    result = assess_person(
        age=52,
        weight_kg=98,
        height_cm=178,
        conditions=("diabetes", "high_cholesterol"),
        training_change=True,
        hard_or_sloping_surfaces=True,
        symptom_weeks=0.5,
    )

    assert result.risk_factors == (
        "diabetes",
        "high_cholesterol",
        "obesity",
        "training_change",
        "hard_or_sloping_surfaces",
    )
    assert result.disposition is Disposition.SELF_CARE


def test_every_answer_based_risk_factor_is_listed_in_pathway_order() -> None:
    result = assess_person(
        conditions=("thyroid_disease", "rheumatoid_arthritis"),
        family_history=True,
        previous_achilles_injury=True,
        footwear_concern=True,
        medications=("simvastatin",),
    )

    assert result.risk_factors == (
        "statin",
        "rheumatoid_arthritis",
        "thyroid_disease",
        "family_history",
        "previous_injury",
        "footwear",
    )


def test_bmi_just_below_thirty_is_not_listed_as_obesity() -> None:
    result = assess_person(weight_kg=81, height_cm=165)  # BMI 29.75

    assert "obesity" not in result.risk_factors


def test_bmi_of_exactly_thirty_is_obesity() -> None:
    result = assess_person(weight_kg=120, height_cm=200)  # BMI 30.0

    assert "obesity" in result.risk_factors


def test_weight_without_height_gives_no_bmi_risk_factor() -> None:
    assert "obesity" not in assess_person(weight_kg=140).risk_factors


def test_being_over_sixty_is_a_risk_factor_only_with_a_fluoroquinolone() -> None:
    assert "older_age" not in assess_person(age=75).risk_factors
    assert "older_age" in assess_person(age=61, medications=("levofloxacin",)).risk_factors


def test_sixty_itself_is_not_over_sixty_as_the_sources_say() -> None:
    # MHRA: "over 60"; Wise 2012: ">60".
    assert "older_age" not in assess_person(age=60, medications=("levofloxacin",)).risk_factors


@pytest.mark.parametrize(
    ("date_of_birth", "age", "is_over_sixty"),
    [
        (dt.date(1966, 12, 1), 59, False),  # born in 1966: 59 until 1 December
        (dt.date(1966, 1, 1), 60, False),  # 60 is not over 60
        (dt.date(1965, 11, 1), 61, True),
    ],
)
def test_on_a_fluoroquinolone_the_exact_age_from_a_date_of_birth_decides_over_sixty(
    date_of_birth: dt.date, age: int, is_over_sixty: bool
) -> None:
    exact = age_on(date_of_birth, dt.date(2026, 11, 22))
    result = assess_person(age=exact, medications=("levofloxacin",))

    assert exact == age
    assert ("older_age" in result.risk_factors) is is_over_sixty


@pytest.mark.parametrize(
    ("weight_kg", "height_cm", "bmi"),
    [(70, 175, 22.857), (98, 178, 30.930), (50, 150, 22.222)],
)
def test_bmi_is_weight_in_kg_over_height_in_metres_squared(
    weight_kg: float, height_cm: float, bmi: float
) -> None:
    assert bmi_from_weight_height(weight_kg, height_cm) == pytest.approx(bmi, abs=0.001)
