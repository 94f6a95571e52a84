"""The patient knowledge base: plain-English content items with sources and review dates."""

from __future__ import annotations

from achillespath.knowledge.content import (
    AWAITING_REVIEW,
    MAX_REVIEW_INTERVAL_YEARS,
    ContentError,
    ContentItem,
    UnknownContentItemError,
    get_item,
    items_due_for_review,
    latest_allowed_review,
    load_items,
    parse_item,
)

__all__ = [
    "AWAITING_REVIEW",
    "MAX_REVIEW_INTERVAL_YEARS",
    "ContentError",
    "ContentItem",
    "UnknownContentItemError",
    "get_item",
    "items_due_for_review",
    "latest_allowed_review",
    "load_items",
    "parse_item",
]
