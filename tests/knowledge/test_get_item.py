"""Items are looked up by id; an unknown id gets a clear error listing the known ones."""

from __future__ import annotations

import pytest

from achillespath.knowledge import UnknownContentItemError, get_item


def test_an_item_is_found_by_its_id() -> None:
    assert get_item("rupture-warning").title == "Warning signs of a torn Achilles tendon"


def test_an_unknown_id_names_itself_and_the_known_ids() -> None:
    with pytest.raises(UnknownContentItemError) as raised:
        get_item("tendonitis")
    message = str(raised.value)
    assert message.startswith("no content item 'tendonitis'; known items: ")
    assert "about-the-condition" in message
    assert "visa-a-score" in message


def test_an_unknown_id_is_a_key_error_for_dictionary_style_callers() -> None:
    with pytest.raises(KeyError):
        get_item("")
