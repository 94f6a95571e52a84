"""The "no meaningful improvement" flag goes by a treatment recorded after the programme as the
pathway advice does: no flag once it helped, the advice's "keep loading meanwhile" while an
add-on's effect is awaited, and "discuss add-on options" only when the advice lists them.

Vignettes (clinician review; the pathway's 14-point MCID): Erin began the loading programme on
2 March 2026 with a VISA-A of 40; at her 12-week review it was 46.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from achillespath.dates import weeks_between
from achillespath.intake import (
    Intake,
    PainSite,
    Treatment,
    TreatmentKind,
    TreatmentOutcome,
    VisaAScores,
)
from achillespath.monitoring.flags import Flag, FlagKind, FollowUp, VisaARecord, caseload_flags
from achillespath.monitoring.follow_up import TreatmentRecord
from achillespath.pathway.rulebook import packaged_rulebook
from achillespath.pathway.stepped_care import CareStage, care_stage, treatment_history

START = dt.date(2026, 3, 2)
DISCUSS = "discuss add-on options"


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def erin(*treatments: TreatmentRecord) -> FollowUp:
    """Erin's programme and scores, with the treatments recorded for her."""
    return FollowUp(
        programme_start=START,
        visa_a=(VisaARecord(taken_on=day(0), total=40), VisaARecord(taken_on=day(84), total=46)),
        treatments=treatments,
    )


def shockwave(begun: int, outcome: TreatmentOutcome | None = None) -> TreatmentRecord:
    """Shockwave therapy begun on day `begun` of the programme, two weeks of sessions."""
    return TreatmentRecord(
        kind=TreatmentKind.ESWT, start_date=day(begun), end_date=day(begun + 14), outcome=outcome
    )


def short_of_the_mcid(follow_up: FollowUp, today: dt.date) -> Flag | None:
    flags = caseload_flags(follow_up, today)
    return next((flag for flag in flags if flag.kind is FlagKind.NO_MEANINGFUL_IMPROVEMENT), None)


def test_erin_short_at_12_weeks_with_nothing_since_is_told_to_discuss_add_ons() -> None:
    flag = short_of_the_mcid(erin(), day(120))

    assert flag is not None
    assert DISCUSS in flag.reason
    assert flag.rule is None


def test_erin_whose_shockwave_after_the_review_was_recorded_improved_has_no_flag() -> None:
    assert short_of_the_mcid(erin(shockwave(90, TreatmentOutcome.IMPROVED)), day(120)) is None


def test_erin_whose_shockwave_resolved_her_pain_has_no_flag() -> None:
    assert short_of_the_mcid(erin(shockwave(90, TreatmentOutcome.RESOLVED)), day(130)) is None


def test_erin_whose_shockwave_began_3_weeks_ago_awaits_its_effect_not_more_add_ons() -> None:
    flag = short_of_the_mcid(erin(shockwave(99)), day(120))

    assert flag is not None
    assert flag.reason == (
        "After 12 weeks of loading the VISA-A went from 40 to 46, less than the 14-point "
        "meaningful change. ESWT began 3 weeks ago; its effect is usually judged at about 12 "
        "weeks: continue loading meanwhile and record its outcome when known."
    )
    assert flag.patient_reason.startswith(
        "After 12 weeks of exercises your VISA-A score had not improved as much as hoped. Your "
        "shockwave therapy began 3 weeks ago."
    )
    assert "what else could help" not in flag.patient_reason
    assert flag.rule == "stepped_care.awaiting_add_on"
    assert flag.since == day(84)
    assert len(set(flag.sources)) == len(flag.sources)
    assert {"dutch-guideline-2021", "kearney-2021-atm"} <= set(flag.sources)


def test_erin_whose_shockwave_began_14_weeks_ago_with_no_outcome_discusses_add_ons_again() -> None:
    flag = short_of_the_mcid(erin(shockwave(90)), day(90 + 14 * 7))

    assert flag is not None
    assert DISCUSS in flag.reason


def test_erin_whose_shockwave_made_no_change_discusses_add_ons_again() -> None:
    flag = short_of_the_mcid(erin(shockwave(90, TreatmentOutcome.NO_CHANGE)), day(120))

    assert flag is not None
    assert DISCUSS in flag.reason


def test_a_treatment_that_helped_before_the_programme_began_does_not_clear_the_flag() -> None:
    # The advice lists it before the programme, so the programme's outcome is the latest.
    flag = short_of_the_mcid(erin(shockwave(-30, TreatmentOutcome.IMPROVED)), day(120))

    assert flag is not None
    assert DISCUSS in flag.reason


def test_the_latest_treatment_since_the_programme_decides_as_it_does_in_the_advice() -> None:
    helped_then_failed = erin(
        shockwave(86, TreatmentOutcome.IMPROVED),
        TreatmentRecord(
            kind=TreatmentKind.PRP_INJECTION,
            start_date=day(100),
            outcome=TreatmentOutcome.NO_CHANGE,
        ),
    )

    flag = short_of_the_mcid(helped_then_failed, day(130))

    assert flag is not None
    assert DISCUSS in flag.reason


def advice_stage(follow_up: FollowUp, today: dt.date) -> CareStage:
    """The pathway advice's stage with the record as the web merges it: the programme judged at
    its review (the flag's judgement), then the episodes recorded after it."""
    programme = Treatment(
        kind=TreatmentKind.LOADING_PROGRAMME,
        weeks=weeks_between(START, today),
        outcome=TreatmentOutcome.NO_CHANGE,
        weeks_since_start=weeks_between(START, today),
        visa_a=VisaAScores(first=40, latest=46, mcid=14),
    )
    treatments = (programme, *(record.as_treatment(today) for record in follow_up.treatments))
    intake = Intake(symptom_weeks=20, pain_site=(PainSite.MIDPORTION,), treatments=treatments)
    return care_stage(intake, treatment_history(treatments), packaged_rulebook())


@given(
    kind=st.sampled_from(TreatmentKind),
    outcome=st.none() | st.sampled_from(TreatmentOutcome),
    begun=st.integers(min_value=1, max_value=200),
    lasted=st.none() | st.integers(min_value=0, max_value=60),
    later=st.integers(min_value=0, max_value=200),
)
def test_the_flag_says_what_the_advice_says_whatever_was_recorded_after_the_programme(
    kind: TreatmentKind,
    outcome: TreatmentOutcome | None,
    begun: int,
    lasted: int | None,
    later: int,
) -> None:
    record = TreatmentRecord(
        kind=kind,
        start_date=day(begun),
        end_date=None if lasted is None else day(begun + lasted),
        outcome=outcome,
    )
    today = max(day(84), day(begun)) + dt.timedelta(days=later)
    follow_up = erin(record)

    flag = short_of_the_mcid(follow_up, today)
    stage = advice_stage(follow_up, today)

    if stage in (CareStage.IMPROVING, CareStage.RESOLVED):
        assert flag is None
    elif stage is CareStage.AWAITING_ADD_ON:
        assert flag is not None
        assert flag.rule == "stepped_care.awaiting_add_on"
        assert DISCUSS not in flag.reason
    else:
        assert stage in (CareStage.ADD_ON_OPTIONS, CareStage.SURGICAL_REFERRAL)
        assert flag is not None
        assert DISCUSS in flag.reason
