"""The VISA-A form is data: our paraphrase ships, and a clinic can drop in the official form."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import pytest

from achillespath.measures import ITEM_IDS, ITEM_SCALES, Q8_SCALES, VisaAFormError, load_visa_a_form


def packaged_text() -> str:
    return (
        resources.files("achillespath.measures")
        .joinpath("visa_a_items.toml")
        .read_text(encoding="utf-8")
    )


def test_the_packaged_form_has_the_eight_items_in_order() -> None:
    form = load_visa_a_form()

    assert tuple(item.id for item in form.items) == ITEM_IDS


def test_every_packaged_item_is_marked_as_our_paraphrase_not_the_official_wording() -> None:
    form = load_visa_a_form()

    for item in form.items:
        assert item.wording_status.startswith("paraphrase: official form not yet obtained")
        assert item.sources == ("robinson-2001",)


def test_the_notice_names_robinson_2001_and_the_unconfirmed_permission() -> None:
    notice = load_visa_a_form().notice

    assert notice.sources == ("robinson-2001",)
    assert "Robinson" in notice.text
    assert "2001" in notice.text
    assert "not the official wording" in notice.text
    assert "have not yet confirmed" in notice.licence


def test_option_points_match_the_scoring_scales() -> None:
    form = load_visa_a_form()

    for item_id, scale in ITEM_SCALES.items():
        assert sorted(o.points for o in form.item(item_id).options) == sorted(scale)
    for branch in form.item("q8").branches:
        assert tuple(o.points for o in branch.options) == Q8_SCALES[branch.id]


def test_q1_options_map_minutes_to_ten_minus_minutes_over_ten() -> None:
    options = load_visa_a_form().item("q1").options

    assert [(o.label, o.points) for o in options][::5] == [
        ("0 minutes", 10),
        ("50 minutes", 5),
        ("100 minutes", 0),
    ]


def test_reference_values_are_context_with_sources_not_severity_bands() -> None:
    references = load_visa_a_form().reference_values

    assert [r.sources for r in references] == [
        ("robinson-2001", "iversen-2012"),
        ("iversen-2012",),
        ("robinson-2001",),
    ]
    assert "above 96" in references[0].text
    assert "about 90" in references[1].text


def test_a_clinics_official_form_in_the_same_layout_loads_without_a_code_change() -> None:
    official = (
        packaged_text()
        .replace(
            'wording_status = "paraphrase: official form not yet obtained"',
            'wording_status = "official wording, licensed to the clinic"',
        )
        .replace(
            "Does it hurt to walk down stairs with your usual stride?",
            "Official question 4 text.",
        )
    )

    form = load_visa_a_form(official)

    assert form.item("q4").gist == "Official question 4 text."
    assert form.item("q4").wording_status == "official wording, licensed to the clinic"


BROKEN_FORMS = [
    pytest.param(
        lambda text: text.replace("[notice]", "[notice"),
        "not valid TOML",
        id="bad-toml",
    ),
    pytest.param(
        lambda text: text.replace('id = "q6"', 'id = "q9"'),
        "items must be q1, q2, q3, q4, q5, q6, q7, q8 in order",
        id="unknown-item",
    ),
    pytest.param(
        lambda text: text.replace(
            '{ points = 7, label = "Full training', '{ points = 5, label = "Full'
        ),
        "q7: options give points 0, 4, 5, 10; the scale needs 0, 4, 7, 10",
        id="q7-option-off-scale",
    ),
    pytest.param(
        lambda text: text.replace('{ points = 21, label = "21 to 30 minutes" },', ""),
        "q8 branch A: options give points 0, 7, 14, 30; the scale needs 0, 7, 14, 21, 30",
        id="q8a-option-missing",
    ),
    pytest.param(
        lambda text: text.replace('id = "C"', 'id = "B"'),
        "q8: branches must be A, B, C in order; got A, B, B",
        id="q8-branch-twice",
    ),
    pytest.param(
        lambda text: text.replace('sources = ["iversen-2012"]', 'sources = ["made-up-2099"]'),
        "unknown source id(s): made-up-2099",
        id="unknown-source",
    ),
    pytest.param(
        lambda text: text.replace('title = "', 'colour = "red"\ntitle = "'),
        "colour: Extra inputs are not permitted",
        id="unknown-key",
    ),
    pytest.param(
        lambda text: text.replace(
            'gist = "Does it hurt to walk down stairs with your usual stride?"', 'gist = ""'
        ),
        "items.3.gist: String should have at least 1 character",
        id="empty-question-text",
    ),
]


@pytest.mark.parametrize(("break_it", "message"), BROKEN_FORMS)
def test_a_broken_form_is_refused_with_a_clear_error(
    break_it: Callable[[str], str], message: str
) -> None:
    with pytest.raises(VisaAFormError) as refused:
        load_visa_a_form(break_it(packaged_text()))

    assert message in str(refused.value)


def test_a_form_error_is_a_value_error_for_adapters_to_map() -> None:
    assert issubclass(VisaAFormError, ValueError)
