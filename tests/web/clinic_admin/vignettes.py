"""Records for the clinic admin and referral tests. Import as `web.clinic_admin.vignettes`."""

from __future__ import annotations

import datetime as dt

from achillespath.assessment import assess
from achillespath.intake import Intake
from achillespath.web.models import (
    Assessment,
    ExerciseLog,
    Patient,
    Prescription,
    TreatmentEpisode,
    VisaAResponse,
)

DAY = dt.timedelta(days=1)


def sams_intake() -> Intake:
    """Sam, 44, a runner: 20 weeks of gradual pain in the middle of the right tendon, no red
    flag, takes atorvastatin, and tried heel lifts for 4 weeks before coming to the clinic."""
    return Intake.model_validate(
        {
            "age": 44,
            "onset": "gradual",
            "heard_snap": False,
            "can_bear_weight": True,
            "fever": False,
            "hot_red_swelling": False,
            "calf_swelling": False,
            "breathless_or_chest_pain": False,
            "symptom_weeks": 20,
            "pain_site": ["midportion"],
            "pain_score": 6,
            "activity_limited": True,
            "medications": ["Atorvastatin 20 mg"],
            "treatments": [{"kind": "heel_lifts", "weeks": 4, "outcome": "no_change"}],
        }
    )


def give_sam_a_record(patient: Patient, today: dt.date) -> None:
    """Sam's record: the symptom check 15 weeks ago, the 12-week midportion programme from then
    with a loading episode still going, a log every day since (the 7th day of each week a rest
    day of 0 sets, pain 3/10 throughout), and VISA-A 48 at the start and 55 last week (7 points:
    below the default MCID of 14)."""
    start = today - 15 * 7 * DAY
    intake = sams_intake()
    result = assess(intake)
    checked = Assessment.objects.create(
        patient=patient,
        intake=intake.model_dump(mode="json"),
        result=result.model_dump(mode="json"),
        disposition=result.disposition.value,
        pathway_version=result.pathway_version,
    )
    checked.created_at = dt.datetime.combine(start, dt.time(10), tzinfo=dt.UTC)
    checked.save(update_fields=["created_at"])
    prescription = Prescription.objects.create(
        patient=patient, programme="midportion", start_date=start, side="right"
    )
    TreatmentEpisode.objects.create(
        patient=patient, kind="loading_programme", side="right", start_date=start
    )
    ExerciseLog.objects.bulk_create(
        ExerciseLog(
            patient=patient,
            prescription=prescription,
            date=start + day * DAY,
            sets_done=0 if day % 7 == 6 else 6,
            pain_during=3,
            next_morning_pain=2,
        )
        for day in range(15 * 7)
    )
    VisaAResponse.objects.bulk_create(
        [
            VisaAResponse(patient=patient, answers={}, total=48, taken_on=start),
            VisaAResponse(patient=patient, answers={}, total=55, taken_on=today - 7 * DAY),
        ]
    )
