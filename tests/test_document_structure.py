"""Tests for nlp/document/structure.py: headline, dateline, letterhead and paragraphs from plain text."""

from __future__ import annotations

import pytest

from polemos.nlp.document.structure import find_dateline, paragraphs, read_structure

ARTICLE = ("Rebels seize river port after two-day battle\n\n"
           "LOMA, March 4 (Wire) - Rebels captured the river port of Tessa on Monday, residents said.\n\n"
           "The army said it would retake the town.")


def test_read_structure_headline_and_dateline() -> None:
    s = read_structure(ARTICLE)
    assert s.headline is not None and ARTICLE[s.headline[0]:s.headline[1]].startswith("Rebels seize")
    assert s.dateline is not None
    assert (s.dateline.place, s.dateline.date_text, s.dateline.agency) == ("LOMA", "March 4", "Wire")
    assert len(s.paragraphs) == 3
    assert s.in_context(ARTICLE.index("LOMA")) and not s.in_context(ARTICLE.index("captured"))


@pytest.mark.parametrize("opening", ["UNICEF - UNITED NATIONS CHILDREN'S FUND\n", "The army said on Monday - "])
def test_find_dateline_none_without_agency_or_date(opening: str) -> None:
    assert find_dateline(opening + "text", 0) is None


def test_read_structure_letterhead_before_headline() -> None:
    text = "PEACE NOW NETWORK\nStatement - Tessa, 4 March 2024\n\nStop the shelling\n\nWe condemn the attack."
    s = read_structure(text)
    assert s.letterhead is not None and text[s.letterhead[0]:s.letterhead[1]].startswith("PEACE NOW")
    assert s.headline is not None and text[s.headline[0]:s.headline[1]] == "Stop the shelling"


def test_paragraphs_single_block() -> None:
    assert paragraphs("One sentence. Another.") == [(0, 22)]
