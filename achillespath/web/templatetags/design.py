"""Template tags that render form widgets in the design system's markup.

Use through templates/includes/field.html rather than directly, so every form looks the same.
"""

from __future__ import annotations

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

register = template.Library()

WIDGET_CLASSES = {
    "textarea": "nhsuk-textarea",
    "select": "nhsuk-select",
    "nullbooleanselect": "nhsuk-select",
}


@register.simple_tag
def design_widget(field: BoundField, extra_classes: str = "") -> SafeString:
    """The field's own Django widget (so its value survives a failed submission) with the
    design system's classes and `aria-describedby` pointing at its hint and error message.
    `extra_classes` adds classes such as "nhsuk-input--width-10"."""
    base = WIDGET_CLASSES.get(field.widget_type, "nhsuk-input")
    classes = [base, f"{base}--error" if field.errors else "", extra_classes]
    classes.append(str(field.field.widget.attrs.get("class", "")))
    described_by = [
        f"{field.auto_id}_helptext" if field.help_text else "",
        f"{field.auto_id}_error" if field.errors else "",
    ]
    attrs: dict[str, str | bool] = {"class": " ".join(name for name in classes if name)}
    if any(described_by):
        attrs["aria-describedby"] = " ".join(name for name in described_by if name)
    return field.as_widget(attrs=attrs)


@register.filter
def error_anchor(field: BoundField) -> str:
    """The id an error-summary link jumps to: the field, or the first option of a group.

    Radio and checkbox groups have no single id for their label, so the link goes to the first
    option, where the keyboard focus belongs.
    """
    return field.id_for_label or f"{field.auto_id}_0"
