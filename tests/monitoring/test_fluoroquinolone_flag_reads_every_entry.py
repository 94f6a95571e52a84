"""The caseload's fluoroquinolone flag reads a reported medicine text entry by entry: eye drops
or an inhaler named in the same text never hide a systemic fluoroquinolone."""

from __future__ import annotations

import datetime as dt

import pytest

from achillespath.monitoring.flags import FlagKind, FollowUp, MedicineReport, caseload_flags

START = dt.date(2026, 3, 2)
SAVED = dt.datetime(2026, 3, 2, 19, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text",
    [
        "ciprofloxacin 500mg twice daily and chloramphenicol eye drops",
        "started ciprofloxacin 500mg and chloramphenicol eye drops",
        "Quinsair inhaled",
        "Clenil inhaler, inhaled levofloxacin",
    ],
)
def test_a_systemic_fluoroquinolone_reported_beside_a_topical_medicine_is_flagged(
    text: str,
) -> None:
    follow_up = FollowUp(
        programme_start=START,
        medicine_reports=(MedicineReport(reported_on=START, reported_at=SAVED, text=text),),
    )

    kinds = [flag.kind for flag in caseload_flags(follow_up, START + dt.timedelta(days=1))]

    assert FlagKind.FLUOROQUINOLONE_REPORTED in kinds


def test_eye_drops_alone_are_not_flagged() -> None:
    follow_up = FollowUp(
        programme_start=START,
        medicine_reports=(
            MedicineReport(reported_on=START, reported_at=SAVED, text="ofloxacin eye drops"),
        ),
    )

    kinds = [flag.kind for flag in caseload_flags(follow_up, START + dt.timedelta(days=1))]

    assert FlagKind.FLUOROQUINOLONE_REPORTED not in kinds
