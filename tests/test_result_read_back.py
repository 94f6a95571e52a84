"""A result stored as JSON reads back as the same value; one stored before pathway 2026.11.3
gave reasons in the clinician's words still reads back, with the patient's words there."""

from __future__ import annotations

from typing import Any

from support.vignettes import assess_person, tried

from achillespath.result import AssessmentResult


def stored_before_clinician_wording(result: AssessmentResult) -> dict[str, Any]:
    """The JSON an Assessment row held before results carried clinician wording."""
    stored = result.model_dump(mode="json")
    for recommendation in stored["recommendations"]:
        del recommendation["clinician_reason"]
    del stored["ate"]["clinician_reasons"]
    return stored


def sam_three_weeks_into_physio() -> AssessmentResult:
    return assess_person(
        symptom_weeks=10, pain_site=("midportion",), treatments=tried(("physiotherapy", 3, None))
    )


def test_a_result_reads_back_from_its_json_unchanged() -> None:
    result = sam_three_weeks_into_physio()

    assert AssessmentResult.model_validate(result.model_dump(mode="json")) == result


def test_an_old_stored_result_still_loads_with_the_patients_words_for_the_clinician() -> None:
    result = sam_three_weeks_into_physio()

    old = AssessmentResult.model_validate(stored_before_clinician_wording(result))

    assert [rec.reason for rec in old.recommendations] == [
        rec.reason for rec in result.recommendations
    ]
    assert [rec.clinician_reason for rec in old.recommendations] == [
        rec.reason for rec in result.recommendations
    ]
    assert old.ate.clinician_reasons == old.ate.reasons == result.ate.reasons
