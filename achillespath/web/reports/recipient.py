"""Who a referral letter is for, and how the letter names them."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Recipient"]


class Recipient(StrEnum):
    """Who the letter is for (the `for` query parameter)."""

    GP = "gp"
    PHYSIO = "physio"
    SPECIALIST = "specialist"

    @property
    def words(self) -> str:
        return _RECIPIENT_WORDS[self]

    @property
    def addressee(self) -> str:
        return _ADDRESSEES[self]


_RECIPIENT_WORDS = {
    Recipient.GP: "GP",
    Recipient.PHYSIO: "Physiotherapist",
    Recipient.SPECIALIST: "Specialist",
}
_ADDRESSEES = {
    Recipient.GP: "The patient's GP",
    Recipient.PHYSIO: "The physiotherapist",
    Recipient.SPECIALIST: "The specialist",
}
