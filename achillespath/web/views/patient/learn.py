"""Learn: the knowledge base as readable pages, with "Was this page helpful?" feedback.

Open to everyone. The items are the core's (achillespath.knowledge.content): Markdown written
by the content team, rendered here with raw HTML switched off so nothing in an item can
inject markup or script into the page.
"""

from __future__ import annotations

from functools import cache

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_GET, require_POST
from markdown_it import MarkdownIt

from achillespath.knowledge.content import (
    ContentItem,
    UnknownContentItemError,
    get_item,
    load_items,
)
from achillespath.sources import cite
from achillespath.web.access import signed_in_user
from achillespath.web.forms.feedback import FeedbackForm
from achillespath.web.models import ContentFeedback

__all__ = ["feedback", "index", "item", "rendered_body"]

_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


@cache
def rendered_body(item_id: str) -> SafeString:
    """An item's Markdown as HTML. Safe to mark so: raw HTML in the Markdown is escaped, not
    passed through, and markdown-it refuses javascript: and data: links."""
    html: str = _MARKDOWN.render(get_item(item_id).body)
    return mark_safe(html)


def _item_or_404(item_id: str) -> ContentItem:
    try:
        return get_item(item_id)
    except UnknownContentItemError:
        raise Http404("No such page") from None


def _item_page(request: HttpRequest, shown: ContentItem, form: FeedbackForm) -> HttpResponse:
    context = {
        "item": shown,
        "body": rendered_body(shown.id),
        "sources": [cite(source_id) for source_id in shown.sources],
        "form": form,
    }
    return render(request, "patient/learn/item.html", context)


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "patient/learn/index.html", {"items": load_items()})


@require_GET
def item(request: HttpRequest, item_id: str) -> HttpResponse:
    return _item_page(request, _item_or_404(item_id), FeedbackForm())


@require_POST
@csrf_protect
def feedback(request: HttpRequest, item_id: str) -> HttpResponse:
    """Store the answer for the content owners (linked to the reader's account when signed
    in); on a mistake, show the page again with the message next to the field."""
    shown = _item_or_404(item_id)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _item_page(request, shown, form)
    ContentFeedback.objects.create(
        item_id=shown.id,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"].strip(),
        user=signed_in_user(request),
    )
    messages.info(request, "Thank you for your feedback.")
    return redirect(reverse("patient:learn-item", kwargs={"item_id": shown.id}))
