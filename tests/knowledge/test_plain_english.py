"""Patient text is plain English: short sentences, UK spelling, no unexplained jargon words.

A reading age of about 11 means sentences of roughly 15 words on average. The limits here are
deliberately simple so that a failing test points at one sentence to rewrite.
"""

from __future__ import annotations

import re

import pytest

from achillespath.knowledge import ContentItem, load_items

MAX_MEAN_WORDS_PER_SENTENCE = 14
MAX_WORDS_PER_SENTENCE = 30
US_SPELLINGS = ("color", "center", "pediatric", "anesthetic", "edema", "embolization", "orthopedic")


def sentences_of(body: str) -> list[list[str]]:
    """Sentences as word lists; list items and headings count as sentences of their own."""
    prose = re.sub(r"[#*\"]", "", body)
    parts = re.split(r"(?<=[.!?;:])\s+|\n\s*\n|\n\s*(?:-|\d+\.)\s+", prose)
    return [words for part in parts if (words := re.findall(r"[A-Za-z0-9&']+", part))]


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_sentences_are_short_on_average(item: ContentItem) -> None:
    sentences = sentences_of(item.body)
    mean = sum(len(words) for words in sentences) / len(sentences)
    assert mean <= MAX_MEAN_WORDS_PER_SENTENCE


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_no_sentence_is_very_long(item: ContentItem) -> None:
    longest = max(sentences_of(item.body), key=len)
    assert len(longest) <= MAX_WORDS_PER_SENTENCE, " ".join(longest)


@pytest.mark.parametrize("item", load_items(), ids=lambda item: item.id)
def test_spelling_is_uk_english(item: ContentItem) -> None:
    text = f"{item.title} {item.summary} {item.body}".lower()
    assert not [word for word in US_SPELLINGS if word in text]
