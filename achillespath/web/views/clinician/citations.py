"""Numbered references for a page: each source id gets a number the first time it is cited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from achillespath.sources import UnknownSourceError, cite

__all__ = ["Citations", "Reference"]


@dataclass(frozen=True)
class Reference:
    number: int
    source_id: str
    citation: str
    verification: str


class Citations:
    """Numbers source ids in the order a page cites them, like the command line's output."""

    def __init__(self) -> None:
        self._ids: list[str] = []

    def numbers(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        """The reference numbers of these sources, numbering any not cited before."""
        numbers = []
        for source_id in source_ids:
            if source_id not in self._ids:
                self._ids.append(source_id)
            numbers.append(self._ids.index(source_id) + 1)
        return tuple(numbers)

    def references(self) -> tuple[Reference, ...]:
        """Every cited source, by number."""
        return tuple(
            _reference(number, source_id) for number, source_id in enumerate(self._ids, start=1)
        )


def _reference(number: int, source_id: str) -> Reference:
    try:
        source = cite(source_id)
    except UnknownSourceError:
        # The core checks its ids when it loads; this keeps a page readable if one slips by.
        return Reference(number, source_id, source_id, "UNVERIFIED")
    return Reference(number, source_id, source.citation, source.verification)
