"""Fluoroquinolones and tendon pain: stop the antibiotic and contact the prescriber today
(mhra-fluoroquinolones-2019). Never an exercise programme until a clinician has reviewed."""

from __future__ import annotations

from support.vignettes import EXERCISE_OR_SELF_HELP, assess_person, reason_for, recommendation_ids

from achillespath.result import Disposition


def test_woman_on_ciprofloxacin_with_new_heel_pain_is_told_to_stop_it_today() -> None:
    result = assess_person(
        age=45, sex="female", symptom_weeks=0.3, medications=("Ciprofloxacin 500mg BD",)
    )

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
    assert reason_for(result, "stop_fluoroquinolone").startswith(
        "You take Ciprofloxacin 500mg BD, a fluoroquinolone antibiotic."
    )
    assert result.recommendations[0].sources == (
        "mhra-fluoroquinolones-2019",
        "alves-2019-fluoroquinolones",
    )
    assert result.conditions == ("fluoroquinolone_tendinopathy",)
    assert result.risk_factors == ("fluoroquinolone",)


def test_man_who_typed_levofloxacine_still_gets_the_warning() -> None:
    result = assess_person(medications=("levofloxacine 500 mg",), symptom_weeks=2)

    assert result.disposition is Disposition.URGENT
    assert "stop_fluoroquinolone" in recommendation_ids(result)


def test_runner_on_a_brand_name_fluoroquinolone_gets_no_exercise_programme() -> None:
    result = assess_person(medications=("Tavanic",), symptom_weeks=8, pain_site=("midportion",))

    assert result.disposition is Disposition.URGENT
    assert EXERCISE_OR_SELF_HELP.isdisjoint(recommendation_ids(result))


def test_seventy_year_old_on_ciprofloxacin_and_prednisolone_is_warned_about_both() -> None:
    result = assess_person(age=70, medications=("Cipro 250mg", "prednisolone 5mg daily"))

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone", "medication_review")
    assert result.risk_factors == ("fluoroquinolone", "corticosteroid", "older_age")
    assert "Do not stop it suddenly" in reason_for(result, "medication_review")


def test_ofloxacin_eye_drops_are_not_a_red_flag_but_prompt_a_medicines_check() -> None:
    result = assess_person(medications=("ofloxacin eye drops",), symptom_weeks=0.5)

    assert result.red_flags == ()
    assert result.disposition is Disposition.SELF_CARE
    assert recommendation_ids(result) == ("medication_review", "self_care_plan")
    assert "eye, ear or skin" in reason_for(result, "medication_review")
    assert result.risk_factors == ()


def test_tablets_and_eye_drops_together_raise_the_alarm_once() -> None:
    result = assess_person(medications=("ciprofloxacin 500mg", "Ciloxan eye drops"))

    assert result.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)


def test_70_year_old_on_inhaled_levofloxacin_is_urgent() -> None:
    # Quinsair (nebulised levofloxacin, for cystic fibrosis) reaches the blood: the MHRA
    # warning covers inhaled fluoroquinolones as much as tablets.
    result = assess_person(age=70, medications=("inhaled levofloxacin",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
    assert result.risk_factors == ("fluoroquinolone", "older_age")
    assert reason_for(result, "stop_fluoroquinolone").startswith(
        "You take inhaled levofloxacin, a fluoroquinolone antibiotic."
    )


def test_woman_on_quinsair_inhaled_is_told_to_stop_it_not_that_it_stays_on_the_skin() -> None:
    result = assess_person(medications=("Quinsair inhaled",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
    assert "eye, ear or skin" not in " ".join(r.reason for r in result.recommendations)


def test_man_who_started_ciprofloxacin_and_chloramphenicol_eye_drops_is_told_to_stop_it() -> None:
    result = assess_person(
        medications=("started ciprofloxacin 500mg and chloramphenicol eye drops",),
        symptom_weeks=0.5,
    )

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
    assert reason_for(result, "stop_fluoroquinolone").startswith(
        "You take started ciprofloxacin 500mg, a fluoroquinolone antibiotic."
    )


def test_the_eye_drop_reason_no_longer_says_the_warning_is_about_inhalers_alone() -> None:
    result = assess_person(medications=("ofloxacin eye drops",), symptom_weeks=0.5)

    assert reason_for(result, "medication_review") == (
        "You use ofloxacin eye drops, a fluoroquinolone antibiotic on the eye, ear or skin. "
        "Very little of it reaches the blood, and the tendon warning is about these antibiotics "
        "taken as tablets, by injection or breathed in from a nebuliser or inhaler, but tell "
        "your GP about it."
    )


def test_man_whose_gp_said_a_quinolone_antibiotic_is_told_to_stop_it_today() -> None:
    # GPs and pharmacists often name the class; "fluoroquinolone" once read as fluocinolone,
    # a steroid cream, and "quinolone" as nothing, so he got self-care.
    result = assess_person(age=40, medications=("quinolone antibiotic",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert result.red_flags == ("fluoroquinolone_with_tendon_pain",)
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)


def test_woman_who_wrote_levofloxacin_drops_500mg_is_told_to_stop_it() -> None:
    # Drops are labelled by strength (0.3%, 5mg/ml), never by a 500mg dose: that is a tablet.
    result = assess_person(medications=("levofloxacin drops 500mg",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)


def test_someone_using_ciprodex_ear_drops_gets_a_medicines_check_not_a_red_flag() -> None:
    result = assess_person(medications=("Ciprodex ear drops",), symptom_weeks=0.5)

    assert result.red_flags == ()
    assert recommendation_ids(result) == ("medication_review", "self_care_plan")
    assert "Ciprodex ear drops, a fluoroquinolone" in reason_for(result, "medication_review")


def test_man_who_wrote_ciprofloxacin_eye_drops_and_tablets_is_told_to_stop_it_today() -> None:
    # Read as "ciprofloxacin eye drops" and a drugless "tablets", this was self-care with "do
    # not stop a regular medicine"; written tablets first it was always urgent.
    result = assess_person(medications=("ciprofloxacin eye drops and tablets",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)
    assert reason_for(result, "stop_fluoroquinolone").startswith(
        "You take ciprofloxacin eye drops and tablets, a fluoroquinolone antibiotic."
    )


def test_woman_who_typed_cirpo_is_told_to_stop_it_today() -> None:
    result = assess_person(medications=("Cirpo 500",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert recommendation_ids(result) == ("stop_fluoroquinolone",)


def test_man_who_copied_cipro_with_its_trade_mark_sign_is_told_to_stop_it_today() -> None:
    # NFKD spelled "™" out as "TM", so the word read "ciprotm" and matched nothing.
    result = assess_person(medications=("Cipro™ 500",), symptom_weeks=0.5)

    assert result.disposition is Disposition.URGENT
    assert reason_for(result, "stop_fluoroquinolone").startswith("You take Cipro™ 500,")
