"""Routes anyone may call: the symptom check, and the benchmark's bare baseline."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest
from ninja import Router, Schema

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.result import AssessmentResult
from achillespath.web.api.problems import problems

__all__ = ["router"]

router = Router(tags=["public"], auth=None)


@router.post(
    "/assess",
    response={200: AssessmentResult, **problems(400, 422)},
    summary="Check symptoms: one intake in, the assessment out (as `achillespath assess --json`)",
    description=(
        "Every intake field is optional; an unanswered red-flag question keeps the result at "
        "least routine. Nothing is stored. Unknown fields, booleans given as text and numbers "
        "out of range are refused with 422, naming the field."
    ),
)
def assess_intake(request: HttpRequest, intake: Intake) -> AssessmentResult:
    return assess(intake)


class Pong(Schema):
    ping: Literal["pong"] = "pong"


@router.get(
    "/ping",
    response=Pong,
    summary="A constant answer that touches no database: the benchmark's baseline",
)
def ping(request: HttpRequest) -> Pong:
    return Pong()
