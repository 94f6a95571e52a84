"""Red flags: answers that mean a serious problem must be ruled out today, or now.

The table lives in pathway.toml ([red_flags]): each flag fires on one alarming answer to one
question (or on a fluoroquinolone among the medicines, or on a named check that combines answers:
calf pain with a clot risk factor, triage.clot_risk), sets a disposition and names the rule
whose recommendation, reason and sources it brings. A flag may name one answer that rules it out
(`unless`): not rising onto the toes is a rupture sign unless the pain came on gradually, when
tendon pain alone can explain it (see triage.heel_raise). Checked before anything else: a red
flag always wins, and the stepped care pathway (exercise, self-help) is then not offered at all.

An unanswered question never fires a red flag, but it is never taken as "no" either: it is
listed by `unanswered_red_flags` and keeps the result off self-care (see triage.signposting);
nor does it rule a red flag out. The clot risk question and whether the painful calf is warm or
red count among them when the pain is in the calf, the only time they are asked
(CALF_PAIN_RED_FLAG_FIELDS), and the medicines always do (MEDICINE_FIELDS): left unanswered, a
fluoroquinolone is not ruled out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

from achillespath.intake import (
    CALF_PAIN_RED_FLAG_FIELDS,
    MEDICINE_FIELDS,
    RED_FLAG_FIELDS,
    Intake,
)
from achillespath.pathway.definition import RedFlagCheck
from achillespath.pathway.rulebook import (
    NO_ADVICE,
    Advice,
    Rulebook,
    Thresholds,
    most_urgent,
    packaged_rulebook,
)
from achillespath.risk.medicines import MedicineFindings
from achillespath.triage.clot_risk import has_calf_pain_with_clot_risk
from achillespath.triage.conditions import has_calf_pain

__all__ = [
    "present_red_flags",
    "red_flag_advice",
    "unanswered_red_flags",
    "with_red_flags_assessed",
]

_CHECKS: Mapping[RedFlagCheck, Callable[[Intake, Thresholds], bool]] = {
    "calf_pain_with_clot_risk": has_calf_pain_with_clot_risk,
}


def present_red_flags(
    intake: Intake, medicines: MedicineFindings, book: Rulebook
) -> tuple[str, ...]:
    """The ids of the red flags this intake raises, in the table's order (most urgent first)."""
    answers = vars(intake)  # by field name: cheaper than getattr for names from the table
    raised = []
    for flag_id, question, alarming, unless, drug_class, check in book.red_flag_triggers:
        if check is not None:
            if _CHECKS[check](intake, book.thresholds):
                raised.append(flag_id)
        elif drug_class is not None:
            if medicines.takes(drug_class):
                raised.append(flag_id)
        # StrEnum answers equal their string value ("sudden"); an unanswered question (None)
        # never equals an alarming answer, which is always true, false or a string, nor the
        # answer that rules a flag out, so an unanswered `unless` question leaves it raised.
        elif answers[question] == alarming and (
            unless is None or answers[unless.question] != unless.answer
        ):
            raised.append(flag_id)
    return tuple(raised)


def unanswered_red_flags(intake: Intake) -> tuple[str, ...]:
    """The red-flag questions left unanswered, in the order they are asked (RED_FLAG_FIELDS),
    then the medicines, where a fluoroquinolone would be one (MEDICINE_FIELDS), then, with calf
    pain, the calf's own questions (CALF_PAIN_RED_FLAG_FIELDS)."""
    answers = vars(intake)
    asked = RED_FLAG_FIELDS + MEDICINE_FIELDS
    if has_calf_pain(intake):
        asked += CALF_PAIN_RED_FLAG_FIELDS
    return tuple([name for name in asked if answers[name] is None])


def red_flag_advice(
    red_flags: tuple[str, ...], medicines: MedicineFindings, book: Rulebook
) -> Advice:
    """The most urgent disposition of the raised flags, with each flag's recommendation."""
    if not red_flags:
        return NO_ADVICE
    flags = [book.red_flags[flag_id] for flag_id in red_flags]
    return Advice(
        disposition=most_urgent([book.red_flag_dispositions[flag_id] for flag_id in red_flags]),
        recommendations=tuple(
            book.recommend(flag.rule, medicines=medicines.named(flag.drug_class or ""))
            for flag in flags
        ),
    )


def with_red_flags_assessed(intake: Intake, book: Rulebook | None = None) -> Intake:
    """The intake with every answer that raised a red flag replaced by the answer that does
    not, for answers a clinician has since assessed in person: their judgement stands in place
    of the answers, so the advice is no longer driven by them. A fluoroquinolone among the
    medicines stays (stopping it is right whatever the assessment found), and an unanswered
    question stays unanswered (nobody said what was assessed)."""
    book = book or packaged_rulebook()
    answers = vars(intake)
    assessed = {
        question: _not_alarming(answers[question])
        for _, question, alarming, unless, drug_class, check in book.red_flag_triggers
        if check is None
        and drug_class is None
        and answers[question] == alarming
        and (unless is None or answers[unless.question] != unless.answer)
    }
    # A clot risk factor answered yes is assessed with the calf (a warm or red calf is a
    # question's red flag, assessed above); an operation on record still counts (it is not an
    # answer), which keeps the advice on the safe side.
    assessed |= {
        question: False for question in CALF_PAIN_RED_FLAG_FIELDS if answers[question] is True
    }
    return intake.model_copy(update=assessed) if assessed else intake


def _not_alarming(answer: object) -> object:
    """The other answer to a yes/no question, or to a two-way choice such as the onset."""
    if isinstance(answer, bool):
        return not answer
    if isinstance(answer, Enum):
        return next(choice for choice in type(answer) if choice != answer)
    raise TypeError(f"no other answer is known for {answer!r}")
