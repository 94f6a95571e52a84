"""A clinic: the organisation every account and every record belongs to."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models

from achillespath.intake import TreatmentKind
from achillespath.pathway.definition import load_pathway

PUBLIC_CLINIC_SLUG = "public"

SECOND_LINE_SERVICES: tuple[TreatmentKind, ...] = (
    TreatmentKind.ESWT,
    TreatmentKind.PRP_INJECTION,
    TreatmentKind.AUTOLOGOUS_BLOOD_INJECTION,
    TreatmentKind.DRY_NEEDLING,
    TreatmentKind.HIGH_VOLUME_INJECTION,
    TreatmentKind.ATE,
    TreatmentKind.SURGERY,
)
"""Services a clinic may offer after a loading programme (a subset of the core's TreatmentKind).

Never a corticosteroid injection: the sources advise against injecting a steroid into or around
the Achilles tendon (nice-cks-2020, pathway rule `medicines.steroid_injection`), so no clinic may
advertise one (HAZ-28). A patient may still report having had one, and is cautioned."""


def default_visa_a_mcid() -> float:
    """The pathway's minimal clinically important VISA-A change (14 points, jospt-2021-mcid)."""
    return load_pathway().visa_a.default_mcid


def default_follow_up_weeks() -> list[int]:
    """The pathway's fixed VISA-A weeks (6 and 12), which the schedule asks whatever a clinic
    sets; a clinic may add weeks to them."""
    return list(load_pathway().monitoring.visa_a_fixed_weeks)


def validate_second_line_services(value: object) -> None:
    allowed = {service.value for service in SECOND_LINE_SERVICES}
    if not isinstance(value, list) or not all(item in allowed for item in value):
        raise ValidationError(
            "Choose second-line services from: %(allowed)s.",
            params={"allowed": ", ".join(sorted(allowed))},
        )


def validate_follow_up_weeks(value: object) -> None:
    if not isinstance(value, list) or not all(
        isinstance(week, int) and 0 < week <= 104 for week in value
    ):
        raise ValidationError("Follow-up weeks must be whole weeks between 1 and 104.")


class ClinicQuerySet(models.QuerySet["Clinic"]):
    def public(self) -> Clinic:
        """The built-in clinic that self-registered symptom checkers belong to."""
        return self.get(slug=PUBLIC_CLINIC_SLUG)


class Clinic(models.Model):
    """A clinic and its settings for the pathway.

    `visa_a_mcid` is the VISA-A change (points, 0-100 scale) this clinic treats as meaningful;
    `visa_a_interval_weeks` how often VISA-A is asked during loading; `follow_up_weeks` the weeks
    after the programme starts at which VISA-A is always asked.
    """

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=60, unique=True)
    is_public = models.BooleanField(
        default=False, help_text="The built-in clinic for self-registered symptom checkers."
    )
    second_line_services = models.JSONField(
        default=list, blank=True, validators=[validate_second_line_services]
    )
    visa_a_mcid = models.FloatField(default=default_visa_a_mcid)
    visa_a_interval_weeks = models.PositiveSmallIntegerField(default=2)
    follow_up_weeks = models.JSONField(
        default=default_follow_up_weeks, validators=[validate_follow_up_weeks]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ClinicQuerySet] = ClinicQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(visa_a_mcid__gt=0, visa_a_mcid__lte=100),
                name="clinic_mcid_within_visa_a_range",
            ),
            models.CheckConstraint(
                condition=models.Q(visa_a_interval_weeks__gte=1, visa_a_interval_weeks__lte=12),
                name="clinic_visa_a_interval_1_to_12_weeks",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def offers(self, service: TreatmentKind) -> bool:
        return service.value in self.second_line_services
