"""Patient text is in our own words: nothing of eight words or more comes from the seed pages.

The seed pages (a patient page and a clinic page) were given to the team as starting points.
Facts carry over; sentences do not. The folder sits beside the repository in the shared
workspace; on a machine without it the test is skipped with a reason, not passed silently.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from achillespath.knowledge import ContentItem, load_items

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
RUN_LENGTH = 8


def words_of(text: str) -> list[str]:
    """Lower-case words with punctuation, quotes and Markdown dropped."""
    return re.findall(r"[a-z0-9']+", text.replace("’", "'").lower())


def sentences_of(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n\s*\n|\n\s*[•*-]\s+", text) if part]


def runs_of(words: list[str], length: int) -> set[tuple[str, ...]]:
    return {tuple(words[start : start + length]) for start in range(len(words) - length + 1)}


def seed_texts() -> list[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed pages not found at {SEEDS.resolve()}")
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def item_words(item: ContentItem) -> str:
    return " ".join(words_of(f"{item.title}\n{item.summary}\n{item.body}"))


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_no_seed_sentence_of_eight_or_more_words_appears_in_an_item(item: ContentItem) -> None:
    text = f" {item_words(item)} "
    for seed in seed_texts():
        for sentence in sentences_of(seed):
            words = words_of(sentence)
            if len(words) >= RUN_LENGTH:
                assert f" {' '.join(words)} " not in text, sentence


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_no_run_of_eight_words_is_shared_with_a_seed_page(item: ContentItem) -> None:
    seed_runs = set().union(*(runs_of(words_of(seed), RUN_LENGTH) for seed in seed_texts()))
    # Title, summary and body are shown apart, so a run may not span two of them.
    fields = (item.title, item.summary, item.body)
    shared = set().union(*(runs_of(words_of(field), RUN_LENGTH) for field in fields)) & seed_runs
    assert not shared, [" ".join(run) for run in sorted(shared)]


def test_the_copy_check_catches_a_copied_sentence() -> None:
    seed = seed_texts()[0]
    long_sentence = next(s for s in sentences_of(seed) if len(words_of(s)) >= RUN_LENGTH)
    copied = words_of(f"In our words: {long_sentence}")
    assert runs_of(copied, RUN_LENGTH) & runs_of(words_of(seed), RUN_LENGTH)
