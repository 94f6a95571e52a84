"""HTML templates to PDF with WeasyPrint, so a printed document says what the page says."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.template.loader import render_to_string

__all__ = ["render_pdf"]


def render_pdf(template_name: str, context: Mapping[str, Any]) -> bytes:
    """The template rendered with the context, as PDF bytes.

    Report templates carry their own print styles and load nothing from the network.
    """
    # WeasyPrint takes seconds to import; load it when a document is first asked for, so the
    # server and the command line start without it.
    from weasyprint import HTML  # noqa: PLC0415

    html = render_to_string(template_name, dict(context))
    document: bytes = HTML(string=html).write_pdf()
    return document
