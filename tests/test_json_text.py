"""JSON text is read with each field once and no NUL in text, so no answer is silently lost."""

from __future__ import annotations

import json

import pytest

from achillespath.json_text import JsonFieldError, read_json


def test_a_well_formed_object_reads_as_json_loads_reads_it() -> None:
    text = '{"age": 40, "medications": ["ibuprofen"], "treatments": [{"kind": "surgery"}]}'

    assert read_json(text) == json.loads(text)


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ('{"heard_snap": true, "heard_snap": false}', "heard_snap", "given more than once"),
        ('{"treatments": [{"kind": "ate", "kind": "surgery"}]}', "kind", "given more than once"),
        ('{"new_medicines": "x\\u0000y"}', "new_medicines", "null characters are not allowed"),
        ('{"medications": ["a", "b\\u0000"]}', "medications", "null characters are not allowed"),
    ],
)
def test_a_field_given_twice_or_holding_a_nul_is_refused_by_name(
    text: str, field: str, problem: str
) -> None:
    with pytest.raises(JsonFieldError) as refused:
        read_json(text)

    assert refused.value.field == field
    assert str(refused.value).startswith(f"{field}: {problem}")


def test_text_that_is_not_json_is_a_decode_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        read_json("age=40")
