"""Why a referral letter is written: its opening request, from the record's advice.

Nothing is decided here: the request follows what the core already said, how soon first. When
the pathway advice is urgent or an emergency, or a caseload flag that pauses the exercises
stands (a warning sign or a fluoroquinolone reported in a log, HAZ-05, HAZ-21), every letter asks
for the same-day action the advice names, in the clinician sentences of recommendations.toml,
and asks that the load is not progressed. Otherwise each recipient keeps its angle: the
physiotherapist reads what the pain-monitoring model advises for the load (progress, hold or
reduce), the specialist and the GP read which second-line options the advice actually lists
(ATE only when its verdict says an assessment is worth having).
"""

from __future__ import annotations

from collections.abc import Iterable

from achillespath.exercise.pain_monitoring import LoadAction
from achillespath.monitoring.flags import Flag, FlagKind
from achillespath.pathway.definition import load_pathway
from achillespath.pathway.recommendations import recommendation_texts
from achillespath.result import AteStatus, Disposition
from achillespath.web.reports.recipient import Recipient
from achillespath.web.views.clinician.pathway_advice import NoAdvice, PathwayAdvice

__all__ = ["letter_urgency", "purpose"]

# The same-day actions a letter leads with, most urgent first (recommendation vocabulary ids).
EMERGENCY_CARE = "emergency_services"
SAME_DAY_ASSESSMENT = "same_day_assessment"
RUPTURE_SAME_DAY = "rupture_same_day"
STOP_FLUOROQUINOLONE = "stop_fluoroquinolone"
LOADING = "loading_programme"

# Second-line options by recommendation id, as a letter names them in a list.
SECOND_LINE_WORDS = {
    "surgical_referral": "a surgical opinion",
    "ate_assessment": "an Achilles tendon embolisation (ATE) assessment",
    "eswt": "shockwave therapy (ESWT)",
    "prp_or_blood_injection": "a blood or PRP injection",
    "dry_needling": "dry needling",
}
_SAME_DAY_ACTIONS = (EMERGENCY_CARE, SAME_DAY_ASSESSMENT, RUPTURE_SAME_DAY, STOP_FLUOROQUINOLONE)
# What a report in a recent log asks for, as the advice would for the same finding at a check.
_REPORTED_ACTIONS = {
    FlagKind.RED_FLAG_REPORTED: SAME_DAY_ASSESSMENT,
    FlagKind.FLUOROQUINOLONE_REPORTED: STOP_FLUOROQUINOLONE,
}
ATE_WORTH_ASSESSING = frozenset({AteStatus.ELIGIBLE, AteStatus.SPECIALIST_REVIEW})

NO_LOADING_UNTIL_SEEN = (
    "Please do not progress the calf-loading programme until a clinician has assessed this."
)

_LOAD_REQUESTS = {
    LoadAction.PROGRESS: (
        "please continue the calf-loading programme and progress the load, guided by pain "
        "monitoring: the model advises progressing at the next session."
    ),
    LoadAction.HOLD: (
        "please continue the calf-loading programme at the current load, guided by pain "
        "monitoring: the model advises holding the load for now."
    ),
    LoadAction.REDUCE: (
        "please continue the calf-loading programme at a lower load: the pain-monitoring model "
        "advises reducing the load."
    ),
}


def letter_urgency(advice: PathwayAdvice | NoAdvice, flags: Iterable[Flag]) -> Disposition:
    """The advice's disposition, made at least urgent by a warning sign or a fluoroquinolone
    reported in a log and still standing (the caseload flags that pause the exercises): a
    letter is urgent even when there is no advice, or it could not weigh the report."""
    disposition = (
        advice.result.disposition if isinstance(advice, PathwayAdvice) else Disposition.ROUTINE
    )
    if _same_day_reports(flags) and disposition.rank < Disposition.URGENT.rank:
        return Disposition.URGENT
    return disposition


def _same_day_reports(flags: Iterable[Flag]) -> list[str]:
    """The same-day actions that standing reports in logs call for (recommendation ids)."""
    kinds = {flag.kind for flag in flags}
    return [action for kind, action in _REPORTED_ACTIONS.items() if kind in kinds]


def purpose(
    recipient: Recipient,
    advice: PathwayAdvice | NoAdvice,
    flags: tuple[Flag, ...],
    load_action: LoadAction | None,
) -> str:
    """What the letter asks of `recipient`, as one short paragraph, given the advice, today's
    caseload flags and the pain-monitoring model's action for the next session."""
    urgency = letter_urgency(advice, flags)
    if urgency in (Disposition.URGENT, Disposition.EMERGENCY):
        return _urgent_request(
            recipient, urgency, [*_recommended(advice), *_same_day_reports(flags)]
        )
    if recipient is Recipient.PHYSIO:
        return _physio_request(advice, load_action)
    if recipient is Recipient.SPECIALIST:
        return _specialist_request(_second_line(advice))
    return _gp_request(_second_line(advice))


def _recommended(advice: PathwayAdvice | NoAdvice) -> frozenset[str]:
    if not isinstance(advice, PathwayAdvice):
        return frozenset()
    return frozenset(rec.id for rec in advice.result.recommendations)


def _urgent_request(recipient: Recipient, urgency: Disposition, wanted: list[str]) -> str:
    """The lead for the recipient, then each same-day action `wanted` names, in the
    vocabulary's order with its clinician sentence, then no loading until assessed."""
    texts = recommendation_texts(load_pathway())
    actions = " ".join(texts[i].clinician for i in _SAME_DAY_ACTIONS if i in wanted)
    if urgency is Disposition.EMERGENCY:
        lead = "Emergency: this patient needs emergency care now, not a routine referral."
    else:
        lead = {
            Recipient.GP: "Urgent: please make sure this patient is assessed today.",
            Recipient.PHYSIO: (
                "Urgent: before any further physiotherapy, this patient needs assessment today."
            ),
            Recipient.SPECIALIST: "Urgent referral for a same-day specialist assessment.",
        }[recipient]
    return " ".join(part for part in (lead, actions, NO_LOADING_UNTIL_SEEN) if part)


def _second_line(advice: PathwayAdvice | NoAdvice) -> list[str]:
    """The second-line options the advice lists, in its order; ATE only when worth assessing."""
    if not isinstance(advice, PathwayAdvice):
        return []
    listed = [rec.id for rec in advice.result.recommendations if rec.id in SECOND_LINE_WORDS]
    if advice.result.ate.status not in ATE_WORTH_ASSESSING:
        listed = [option for option in listed if option != "ate_assessment"]
    return [SECOND_LINE_WORDS[option] for option in listed]


def _listed(words: Iterable[str]) -> str:
    """a, b and c."""
    items = list(words)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _gp_request(options: list[str]) -> str:
    if not options:
        return (
            "To update you on this patient's care for Achilles tendon pain and on the next "
            "steps the pathway suggests."
        )
    return (
        "To update you on this patient's care for Achilles tendon pain. The pathway lists "
        f"these second-line options for discussion: {_listed(options)}."
    )


def _physio_request(advice: PathwayAdvice | NoAdvice, load_action: LoadAction | None) -> str:
    if load_action is not None:
        request = _LOAD_REQUESTS[load_action]
    elif LOADING in _recommended(advice):
        request = (
            "please start the calf-loading programme the pathway recommends, guided by pain "
            "monitoring."
        )
    else:
        request = "please assess and manage this patient's Achilles tendon pain."
    return f"Referral for physiotherapy: {request}"


def _specialist_request(options: list[str]) -> str:
    if not options:
        return (
            "Referral for a specialist opinion on this patient's Achilles tendon pain. At this "
            "stage the pathway does not recommend second-line treatment (see Pathway advice)."
        )
    return (
        "Referral for a specialist opinion on second-line treatment. The pathway lists these "
        f"options for discussion: {_listed(options)}."
    )
