"""`achillespath content`: the patient information, and which items are due for review."""

from __future__ import annotations

import argparse
from datetime import date

from achillespath.cli.arguments import iso_date
from achillespath.cli.errors import InputError
from achillespath.knowledge.content import (
    ContentError,
    UnknownContentItemError,
    get_item,
    items_due_for_review,
    load_items,
)
from achillespath.sources import cite

__all__ = ["EXIT_DUE_FOR_REVIEW", "register"]

EXIT_DUE_FOR_REVIEW = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("content", help="patient information: list, show, check reviews")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check", help="list items past their review date; exit 1 if there are any"
    )
    check.add_argument("--today", type=iso_date, default=None, help="the date to check against")
    actions.add_parser("list", help="every item with its review dates")
    show = actions.add_parser("show", help="one item's text with its sources")
    show.add_argument("id")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "check":
            return _check(args.today or date.today())
        if args.action == "list":
            return _list()
        return _show(args.id)
    except ContentError as error:
        raise InputError(str(error)) from None


def _check(today: date) -> int:
    items = load_items()
    due = items_due_for_review(items, today)
    for item in due:
        print(f"{item.id}: review was due on {item.next_review:%d %B %Y} ({item.title})")
    if due:
        return EXIT_DUE_FOR_REVIEW
    print(f"All {len(items)} items are within their review dates on {today:%d %B %Y}.")
    return 0


def _list() -> int:
    for item in load_items():
        print(
            f"{item.id}: {item.title} (reviewed {item.last_reviewed}, "
            f"next review {item.next_review}, {item.status})"
        )
    return 0


def _show(item_id: str) -> int:
    try:
        item = get_item(item_id)
    except UnknownContentItemError as error:
        raise InputError(f"id: {error}") from None
    print(f"# {item.title}\n\n{item.summary}\n\n{item.body.strip()}\n")
    print("Sources:")
    for number, source_id in enumerate(item.sources, start=1):
        print(f"{number}. {cite(source_id).citation}")
    print(
        f"\nLast reviewed {item.last_reviewed:%d %B %Y}. Next review due "
        f"{item.next_review:%d %B %Y}. Written by {item.author}; reviewer: {item.reviewer}."
    )
    return 0
