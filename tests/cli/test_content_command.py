"""`achillespath content check` fails when patient information is past its review date."""

from __future__ import annotations

from support.cli_runner import RunCli

from achillespath.knowledge.content import load_items


def test_check_passes_while_every_item_is_within_its_review_date(run_cli: RunCli) -> None:
    run = run_cli("content", "check", "--today", "2026-11-21")
    assert run.status == 0
    assert f"All {len(load_items())} items are within their review dates" in run.out


def test_check_lists_items_past_review_and_exits_1(run_cli: RunCli) -> None:
    earliest = min(item.next_review for item in load_items())
    run = run_cli("content", "check", "--today", earliest.isoformat())
    assert run.status == 1
    assert "review was due on" in run.out


def test_years_later_every_item_is_listed(run_cli: RunCli) -> None:
    run = run_cli("content", "check", "--today", "2035-01-01")
    assert run.status == 1
    assert len(run.out.splitlines()) == len(load_items())


def test_show_prints_the_text_its_sources_and_review_dates(run_cli: RunCli) -> None:
    item = load_items()[0]
    run = run_cli("content", "show", item.id)
    assert run.status == 0
    assert item.title in run.out
    assert "Sources:" in run.out
    assert "Next review due" in run.out


def test_show_of_an_unknown_item_names_the_problem(run_cli: RunCli) -> None:
    run = run_cli("content", "show", "no-such-item")
    assert run.status == 2
    assert run.err.startswith("achillespath content: id: ")


def test_list_gives_one_line_per_item(run_cli: RunCli) -> None:
    run = run_cli("content", "list")
    assert len(run.out.splitlines()) == len(load_items())
