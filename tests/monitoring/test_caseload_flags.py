"""Caseload flags tell a clinician whom to contact, why and since when; most urgent first."""

from __future__ import annotations

import datetime as dt

from achillespath.exercise.pain_monitoring import SessionLog
from achillespath.monitoring.flags import (
    FlagKind,
    FollowUp,
    MedicineReport,
    SymptomCheck,
    VisaARecord,
    WarningSignReport,
    caseload_flags,
)
from achillespath.result import Disposition

START = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def log(n: int, pain: int = 2, morning: int | None = 1) -> SessionLog:
    return SessionLog(
        date=day(n), sets_done=3, load_kg=0, pain_during=pain, next_morning_pain=morning
    )


def kinds(follow_up: FollowUp, today: dt.date) -> list[FlagKind]:
    return [flag.kind for flag in caseload_flags(follow_up, today)]


def steady_runner(**changes: object) -> FollowUp:
    """Logs every day for 20 days, settled pain, VISA-A answered on schedule."""
    base = FollowUp(
        programme_start=START,
        logs=tuple(log(n) for n in range(20)),
        visa_a=(VisaARecord(taken_on=day(0), total=55), VisaARecord(taken_on=day(14), total=60)),
    )
    return base.model_copy(update=changes)


def test_a_steady_runner_on_schedule_has_no_flags() -> None:
    assert kinds(steady_runner(), day(20)) == []


def test_four_days_without_a_log_is_flagged_with_the_last_log_date() -> None:
    flags = caseload_flags(steady_runner(), day(23))
    assert [flag.kind for flag in flags] == [FlagKind.NO_RECENT_LOG]
    assert flags[0].since == day(19)
    assert "No exercise log for 4 days" in flags[0].reason


def test_three_days_without_a_log_is_not_yet_flagged() -> None:
    assert FlagKind.NO_RECENT_LOG not in kinds(steady_runner(), day(22))


def test_never_logging_since_the_start_is_flagged_from_the_start_date() -> None:
    flags = caseload_flags(
        FollowUp(programme_start=START, visa_a=(VisaARecord(taken_on=START, total=50),)), day(5)
    )
    assert flags[0].kind is FlagKind.NO_RECENT_LOG
    assert "since the programme started" in flags[0].reason


def test_pain_rising_week_on_week_is_flagged_as_the_pain_rule_broken() -> None:
    rising = tuple(log(n, pain=1) for n in range(7)) + tuple(log(n, pain=4) for n in range(7, 14))
    follow_up = FollowUp(
        programme_start=START, logs=rising, visa_a=(VisaARecord(taken_on=START, total=50),)
    )
    flags = caseload_flags(follow_up, day(14))
    assert flags[0].kind is FlagKind.PAIN_RULE_BROKEN
    assert "silbernagel-2007" in flags[0].sources


def test_the_pain_rule_flag_tells_the_clinician_what_the_model_found_with_no_rule_id() -> None:
    rising = tuple(log(n, pain=1) for n in range(7)) + tuple(log(n, pain=4) for n in range(7, 14))
    follow_up = FollowUp(
        programme_start=START, logs=rising, visa_a=(VisaARecord(taken_on=START, total=50),)
    )

    flag = caseload_flags(follow_up, day(14))[0]

    assert flag.reason == (
        "Pain-monitoring rule broken. Average pain during exercise over the last 7 days was "
        "4.0/10, up from 1.0/10 the week before. The model advises reducing the load."
    )
    assert flag.rule == "pain_monitoring.weekly_trend"
    assert flag.patient_reason == (
        "Your pain is not settling as it should. Your average pain during exercise over the last "
        "7 days was 4.0/10, up from 1.0/10 the week before. Ease off next time."
    )


def at(n: int) -> dt.datetime:
    """Six in the evening of day `n`, when the report was saved."""
    return dt.datetime.combine(day(n), dt.time(18))


def signs(n: int, *named: str, saved: int | None = None) -> WarningSignReport:
    """Signs logged for day `n`, saved that day unless `saved` says later."""
    return WarningSignReport(reported_on=day(n), reported_at=at(saved or n), signs=named)


def test_rising_pain_is_flagged_since_the_rule_was_first_broken_not_since_the_latest_log() -> None:
    # Ben's pain went up on day 7 and has stayed up for ten days of logs since.
    rising = tuple(log(n, pain=1) for n in range(7)) + tuple(log(n, pain=4) for n in range(7, 17))
    follow_up = FollowUp(
        programme_start=START, logs=rising, visa_a=(VisaARecord(taken_on=START, total=50),)
    )

    flag = caseload_flags(follow_up, day(17))[0]

    assert flag.kind is FlagKind.PAIN_RULE_BROKEN
    assert flag.since == day(7)


def test_no_meaningful_improvement_stands_since_the_first_score_that_fell_short() -> None:
    follow_up = twelve_weeks(50, 55).model_copy(
        update={
            "visa_a": (
                VisaARecord(taken_on=day(0), total=50),
                VisaARecord(taken_on=day(84), total=55),
                VisaARecord(taken_on=day(98), total=56),
            )
        }
    )

    flag = caseload_flags(follow_up, day(100))[0]

    assert flag.kind is FlagKind.NO_MEANINGFUL_IMPROVEMENT
    assert flag.since == day(84)


def test_a_red_flag_reported_in_a_log_comes_first() -> None:
    follow_up = steady_runner(warning_signs=(signs(18),), logs=(log(18, pain=7),))
    flags = caseload_flags(follow_up, day(20))
    assert flags[0].kind is FlagKind.RED_FLAG_REPORTED
    assert flags[0].since == day(18)


def test_a_named_warning_sign_is_told_to_the_clinician_in_the_patients_words() -> None:
    follow_up = steady_runner(warning_signs=(signs(18, "A swollen calf"),))

    flag = caseload_flags(follow_up, day(20))[0]

    assert flag.kind is FlagKind.RED_FLAG_REPORTED
    assert (
        flag.reason
        == "Warning signs reported: A swollen calf (daily log of 20 Mar 2026). Contact them today."
    )
    assert flag.since == day(18)


def test_a_swollen_calf_stays_named_when_a_later_day_reports_another_sign() -> None:
    reports = (signs(16, "A swollen calf", "A fever"), signs(18, "A fever"))

    flag = caseload_flags(steady_runner(warning_signs=reports), day(20))[0]

    assert flag.reason == (
        "Warning signs reported: A fever (daily log of 20 Mar 2026); "
        "A swollen calf (daily log of 18 Mar 2026). Contact them today."
    )
    assert flag.since == day(16)


def test_a_day_known_only_by_its_date_is_told_as_a_warning_sign_beside_the_named_ones() -> None:
    reports = (signs(16, "A swollen calf"), signs(19))

    flag = caseload_flags(steady_runner(warning_signs=reports), day(20))[0]

    assert flag.reason == (
        "Warning signs reported: a warning sign (daily log of 21 Mar 2026); "
        "A swollen calf (daily log of 18 Mar 2026). Contact them today."
    )


def test_an_urgent_symptom_check_names_its_red_flags_and_that_the_check_reported_them() -> None:
    check = SymptomCheck(
        saved_at=at(19),
        disposition=Disposition.URGENT,
        red_flags=("Cannot put weight on the leg: suspected Achilles tendon rupture",),
    )

    flag = caseload_flags(steady_runner(symptom_checks=(check,)), day(20))[0]

    assert flag.kind is FlagKind.RED_FLAG_REPORTED
    assert flag.reason == (
        "Warning signs reported: Cannot put weight on the leg: suspected Achilles tendon "
        "rupture (symptom check of 21 Mar 2026). Contact them today."
    )
    assert flag.since == dt.date(2026, 3, 21)


def test_an_urgent_check_stored_without_its_red_flags_is_told_as_a_warning_sign() -> None:
    check = SymptomCheck(saved_at=at(19), disposition=Disposition.URGENT)

    flag = caseload_flags(steady_runner(symptom_checks=(check,)), day(20))[0]

    assert flag.reason == (
        "Warning signs reported: a warning sign (symptom check of 21 Mar 2026). Contact them today."
    )


def test_a_newly_reported_fluoroquinolone_is_flagged_with_the_mhra_advice() -> None:
    reports = (
        MedicineReport(reported_on=day(19), reported_at=at(19), text="Ciproxin 500mg twice a day"),
    )
    flags = caseload_flags(steady_runner(medicine_reports=reports), day(20))
    assert flags[0].kind is FlagKind.FLUOROQUINOLONE_REPORTED
    assert "mhra-fluoroquinolones-2019" in flags[0].sources


def test_a_fluoroquinolone_logged_for_an_earlier_day_is_dated_as_its_flag_since() -> None:
    reports = (MedicineReport(reported_on=day(17), reported_at=at(19), text="ciprofloxacin"),)

    flag = caseload_flags(steady_runner(medicine_reports=reports), day(20))[0]

    assert flag.since == day(19)
    assert "was reported on 21 Mar 2026 (ciprofloxacin)" in flag.reason


def test_other_new_medicines_are_not_flagged() -> None:
    reports = (MedicineReport(reported_on=day(19), reported_at=at(19), text="paracetamol"),)
    assert kinds(steady_runner(medicine_reports=reports), day(20)) == []


def test_an_unanswered_questionnaire_is_overdue_after_two_days_grace() -> None:
    only_baseline = steady_runner(visa_a=(VisaARecord(taken_on=day(0), total=55),))
    assert FlagKind.VISA_A_OVERDUE not in kinds(only_baseline, day(16))
    assert FlagKind.VISA_A_OVERDUE in kinds(only_baseline, day(17))


def test_dates_in_a_flag_are_written_as_the_pages_write_them() -> None:
    # Started on 3 March, never logged, baseline VISA-A never answered: both flags name the day.
    flags = caseload_flags(FollowUp(programme_start=day(1), logs=()), day(8))

    reasons = [flag.reason for flag in flags]
    assert len(reasons) == 2
    assert all("on 3 Mar 2026" in reason for reason in reasons)
    assert not any("03 Mar" in reason for reason in reasons)


def test_a_clinic_that_asks_every_four_weeks_is_not_overdue_at_two_weeks() -> None:
    follow_up = steady_runner(
        visa_a=(VisaARecord(taken_on=day(0), total=55),), visa_a_interval_weeks=4
    )
    assert FlagKind.VISA_A_OVERDUE not in kinds(follow_up, day(19))


def twelve_weeks(baseline: int, latest: int, mcid: float | None = None) -> FollowUp:
    return FollowUp(
        programme_start=START,
        logs=tuple(log(n) for n in range(80, 85)),
        visa_a=(
            VisaARecord(taken_on=day(0), total=baseline),
            VisaARecord(taken_on=day(84), total=latest),
        ),
        mcid=mcid,
    )


def test_less_than_the_mcid_at_twelve_weeks_prompts_add_on_options_and_ate() -> None:
    flags = caseload_flags(twelve_weeks(50, 63), day(85))
    assert [flag.kind for flag in flags] == [FlagKind.NO_MEANINGFUL_IMPROVEMENT]
    assert "ATE assessment" in flags[0].reason
    assert "jospt-2021-mcid" in flags[0].sources


def test_a_fourteen_point_gain_at_twelve_weeks_is_meaningful() -> None:
    assert kinds(twelve_weeks(50, 64), day(85)) == []


def test_the_clinic_mcid_is_used_when_set() -> None:
    assert kinds(twelve_weeks(50, 60, mcid=10), day(85)) == []


def test_a_large_drop_at_twelve_weeks_is_flagged_too() -> None:
    assert kinds(twelve_weeks(60, 40), day(85)) == [FlagKind.NO_MEANINGFUL_IMPROVEMENT]


def test_flags_are_ordered_most_urgent_first() -> None:
    follow_up = FollowUp(
        programme_start=START,
        warning_signs=(signs(30),),
        medicine_reports=(
            MedicineReport(reported_on=day(30), reported_at=at(30), text="levofloxacin"),
        ),
        visa_a=(VisaARecord(taken_on=day(0), total=50),),
    )
    assert kinds(follow_up, day(31)) == [
        FlagKind.RED_FLAG_REPORTED,
        FlagKind.FLUOROQUINOLONE_REPORTED,
        FlagKind.VISA_A_OVERDUE,
        FlagKind.NO_RECENT_LOG,
    ]


def test_nothing_is_flagged_before_the_programme_starts() -> None:
    assert kinds(FollowUp(programme_start=day(10)), day(0)) == []
