"""After a red flag the check stops, and the result page says only what to do now, how soon
and why: no routine booking, no list of questions that were never asked, no embolisation
verdict or other statements built on answers never given."""

from __future__ import annotations

import pytest
from django.test import Client
from web.patient.check_walk import SETTLED_MIDPORTION, FormData, walk
from web.people import ClinicPeople, client_for

pytestmark = pytest.mark.django_db

NOT_SAID_ON_A_RED_FLAG_PAGE = (
    "Book an appointment with your GP or a physiotherapist",  # routine booking
    "See a GP or physiotherapist",
    "You did not say",  # the safety net for questions the check never asked
    "We could not rule these out",
    "These questions were not answered",
    "Achilles tendon embolisation",
    "does not seem to limit your activities",  # a pain score that was never given
    "has not yet lasted",
    "Things that may make tendons more sensitive",
)


def stop_on(field: str, value: str) -> dict[str, FormData]:
    """Reassuring answers until `field`, where the alarming answer stops the check."""
    return {**SETTLED_MIDPORTION, field: {field: value}}


CHEST_PAIN = stop_on("breathless_or_chest_pain", "yes")
SUDDEN_START = stop_on("onset", "sudden")
HEARD_A_SNAP = stop_on("heard_snap", "yes")
CANNOT_STAND_ON_IT = stop_on("can_bear_weight", "no")
SWOLLEN_CALF = stop_on("calf_swelling", "yes")
FEVER = stop_on("fever", "yes")
ON_CIPROFLOXACIN = stop_on("medications", "ciprofloxacin")


def main_of(client: Client, answers: dict[str, FormData]) -> str:
    page = walk(client, answers).content.decode()
    return page[page.index("<main") : page.index("</main>")]


def card_of(main: str) -> str:
    """The care card at the top: what to do, and how soon."""
    return main[main.index("nhsuk-card--care") : main.index("nhsuk-card__content") + 2000]


def assert_says_nothing_beyond_what_to_do_now(main: str) -> None:
    said = [text for text in NOT_SAID_ON_A_RED_FLAG_PAGE if text in main]
    assert said == []
    assert "Do not exercise the leg" in main
    assert "Warning signs in your answers" in main
    assert '<a href="#source-1">1</a>' in main


def test_chest_pain_says_call_999_and_why_with_no_routine_booking_beside_it() -> None:
    main = main_of(Client(), CHEST_PAIN)

    assert "Immediate action required: </span>Call 999 now" in main
    assert "Call 999 now (or 112). Do not drive yourself." in card_of(main)
    assert "Why: You are short of breath or have chest pain." in main
    assert "Possible pulmonary embolism" in main
    assert_says_nothing_beyond_what_to_do_now(main)


def test_a_swollen_calf_says_get_seen_today_to_rule_out_a_clot() -> None:
    main = main_of(Client(), SWOLLEN_CALF)

    assert "Urgent advice: </span>Get medical help today" in main
    assert "Get seen today: contact your GP surgery, call NHS 111" in card_of(main)
    assert "Why: Your calf is swollen. A blood clot in the leg (DVT) must be ruled out" in main
    assert_says_nothing_beyond_what_to_do_now(main)


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        (SUDDEN_START, "Why: The pain started suddenly."),
        (HEARD_A_SNAP, "Why: You heard a snap or pop."),
        (CANNOT_STAND_ON_IT, "Why: You cannot put weight on the leg."),
    ],
    ids=["sudden start", "heard a snap", "cannot stand on it"],
)
def test_signs_of_a_torn_tendon_say_go_to_a_utc_miu_or_ae_today_and_why(
    answers: dict[str, FormData], reason: str
) -> None:
    main = main_of(Client(), answers)

    assert "Urgent advice: </span>Get medical help today" in main
    assert (
        "Go to an urgent treatment centre, a minor injuries unit or A&amp;E today. Do not wait "
        "for a GP appointment. Keep weight off the leg as much as you can."
    ) in card_of(main)
    assert reason in main
    assert "Suspected Achilles tendon rupture" in main
    assert_says_nothing_beyond_what_to_do_now(main)


@pytest.mark.parametrize(
    "answers", [SUDDEN_START, HEARD_A_SNAP, CANNOT_STAND_ON_IT], ids=["sudden", "snap", "weight"]
)
def test_the_top_card_after_a_rupture_clue_says_where_to_go_once_and_never_the_gp_surgery(
    answers: dict[str, FormData],
) -> None:
    # Walkthrough: "Contact your GP surgery, call NHS 111..." above "Do not wait for a GP
    # appointment".
    card = card_of(main_of(Client(), answers))

    assert "GP surgery" not in card
    assert card.count("Go to an urgent treatment centre, a minor injuries unit or A&amp;E") == 1


def test_a_fever_says_get_seen_today_to_rule_out_an_infection() -> None:
    main = main_of(Client(), FEVER)

    assert "Urgent advice: </span>Get medical help today" in main
    assert "Why: You have a fever. An infection must be ruled out today." in main
    assert_says_nothing_beyond_what_to_do_now(main)


def test_tendon_pain_on_a_fluoroquinolone_says_stop_it_and_call_today() -> None:
    main = main_of(Client(), ON_CIPROFLOXACIN)

    assert "Urgent advice: </span>Get medical help today" in main
    assert "Stop taking the antibiotic and contact the person who prescribed it" in card_of(main)
    assert "Why: You take ciprofloxacin, a fluoroquinolone antibiotic." in main
    assert_says_nothing_beyond_what_to_do_now(main)


def test_the_result_after_a_snap_says_to_mention_a_quinolone_or_steroid_tablets() -> None:
    main = main_of(Client(), HEARD_A_SNAP)

    assert "Tell them about your medicines" in main
    assert "especially an antibiotic called a quinolone (such as ciprofloxacin" in main
    assert "Do not stop steroid tablets suddenly without advice." in main
    assert "Why: This check stopped before asking about your medicines." in main
    assert_says_nothing_beyond_what_to_do_now(main)


def test_the_result_on_a_fluoroquinolone_does_not_repeat_the_medicines_line() -> None:
    main = main_of(Client(), ON_CIPROFLOXACIN)

    assert "Stop taking the antibiotic" in main
    assert "Tell them about your medicines" not in main


def test_a_saved_red_flag_result_says_only_what_to_do_now_too(riverside: ClinicPeople) -> None:
    main = main_of(client_for(riverside.patient_user), SWOLLEN_CALF)

    assert "This result was saved to your record on" in main
    assert "Get seen today" in card_of(main)
    assert_says_nothing_beyond_what_to_do_now(main)


def test_a_result_without_a_red_flag_still_shows_what_was_not_ruled_out_and_ate() -> None:
    main = main_of(Client(), {**SETTLED_MIDPORTION, "fever": {"fever": "unsure"}})

    assert "We could not rule these out" in main
    assert "Why: You did not say whether you have a fever." in main
    assert "Achilles tendon embolisation (ATE)" in main
    assert "Do not exercise the leg" not in main
