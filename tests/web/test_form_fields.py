"""templates/includes/field.html renders any form field in the design system's markup: the
error next to the field, linked for screen readers, and the person's answer kept."""

from __future__ import annotations

from django import forms
from django.template import Context, Template

from achillespath.web.forms import clinic_admin, clinician, daily_log, visa_a

FIELD = Template('{% include "includes/field.html" with field=field %}')


class ExampleForm(forms.Form):
    pain = forms.IntegerField(label="Pain now", min_value=0, max_value=10, help_text="0 to 10")
    side = forms.ChoiceField(
        label="Which side?",
        choices=[("left", "Left"), ("right", "Right")],
        widget=forms.RadioSelect,
    )
    snap = forms.BooleanField(label="I heard a snap", required=False)
    note = forms.CharField(label="Anything else", widget=forms.Textarea, required=False)
    sites = forms.MultipleChoiceField(
        label="Where does it hurt?",
        choices=[("heel", "Heel"), ("calf", "Calf")],
        widget=forms.CheckboxSelectMultiple,
    )


def rendered(name: str, data: dict[str, object]) -> str:
    form = ExampleForm(data)
    form.is_valid()
    return FIELD.render(Context({"field": form[name]}))


def test_a_number_out_of_range_keeps_the_value_and_shows_the_error_beside_it() -> None:
    html = rendered("pain", {"pain": "12"})

    assert "nhsuk-form-group--error" in html
    assert 'id="id_pain_error"' in html
    assert "Ensure this value is less than or equal to 10." in html
    assert 'value="12"' in html
    assert 'aria-describedby="id_pain_helptext id_pain_error"' in html
    assert 'class="nhsuk-input nhsuk-input--error"' in html


def test_radios_keep_the_chosen_answer_in_a_fieldset_with_a_legend() -> None:
    html = rendered("side", {"side": "right"})

    assert "<legend" in html
    assert "Which side?" in html
    assert 'value="right" checked' in html
    assert 'value="left">' in html


def test_a_missing_radio_answer_is_explained_next_to_the_question() -> None:
    html = rendered("side", {})

    assert 'id="id_side_error"' in html
    assert "This field is required." in html


def test_a_single_checkbox_stays_ticked() -> None:
    assert 'type="checkbox" value="on" checked' in rendered("snap", {"snap": "on"})


def test_checkboxes_keep_every_ticked_answer() -> None:
    html = rendered("sites", {"sites": ["heel", "calf"]})

    assert html.count(" checked") == 2


def test_a_textarea_keeps_the_text_and_an_optional_field_says_so() -> None:
    html = rendered("note", {"note": "It hurts on stairs"})

    assert "It hurts on stairs</textarea>" in html
    assert "Anything else (optional)" in html
    assert 'class="nhsuk-textarea"' in html


SUMMARY = Template('{% include "includes/error_summary.html" %}')


def test_the_error_summary_links_each_error_to_its_field_or_first_option() -> None:
    form = ExampleForm({"pain": "12"})
    form.is_valid()

    html = SUMMARY.render(Context({"form": form}))

    assert 'href="#id_pain"' in html
    assert 'href="#id_side_0"' in html
    assert 'href="#"' not in html


def number_fields() -> list[tuple[str, forms.Field]]:
    """Every number field of the web's forms, as "Form.field"."""
    forms_found = [
        value
        for module in (clinic_admin, clinician, daily_log, visa_a)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, forms.BaseForm)
    ]
    fields = [
        (f"{form.__name__}.{name}", field)
        for form in forms_found
        for name, field in form.base_fields.items()
    ]
    # The VISA-A form adds its questions when it is made.
    fields += [
        (f"VisaAQuestionnaireForm.{name}", field)
        for name, field in visa_a.VisaAQuestionnaireForm().fields.items()
    ]
    numbers = (forms.IntegerField, forms.FloatField, forms.DecimalField)
    return [(name, field) for name, field in fields if isinstance(field, numbers)]


def test_every_number_box_is_a_text_box_with_a_number_keyboard() -> None:
    # A type="number" box drops what it cannot read before sending, so the typing is lost.
    found = number_fields()

    assert {"DailyLogForm.pain_during", "VisaAQuestionnaireForm.pain"} <= dict(found).keys()
    for name, field in found:
        assert type(field.widget) is forms.TextInput, name
        assert field.widget.attrs["inputmode"] in {"numeric", "decimal"}, name
