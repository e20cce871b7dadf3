"""A guard on spaCy's tokenizer against long runs of punctuation, which it splits in quadratic time.

spaCy strips suffixes off a run with no white space one at a time, and each ``suffix_search`` scans the
whole rest of the run for a match anchored at its end: 20,000 commas take minutes. Every suffix pattern
ends in ``$``, so only a match that starts near the end can be found; `TailSearch` starts the search
``window`` characters from the end, which finds the same suffix for every text whose suffixes are shorter
than the window (a run of dots longer than it is split into pieces of the window's length).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: How far from the end of a run a suffix may start; far longer than any suffix of ordinary text.
SUFFIX_WINDOW = 64


class TailSearch:
    """``pattern.search`` over the last ``window`` characters of a string (lookbehinds still see before them)."""

    def __init__(self, pattern: re.Pattern[str], window: int = SUFFIX_WINDOW) -> None:
        self.pattern = pattern
        self.window = window

    @property
    def __self__(self) -> re.Pattern[str]:
        # spaCy serialises a tokenizer's suffix_search as ``suffix_search.__self__.pattern``
        return self.pattern

    def __call__(self, string: str) -> re.Match[str] | None:
        return self.pattern.search(string, max(0, len(string) - self.window))


def guard_tokenizer(nlp: Language, *, window: int = SUFFIX_WINDOW) -> None:
    """Make ``nlp``'s tokenizer split long punctuation runs in linear time (see `TailSearch`); idempotent."""
    tokenizer = nlp.tokenizer
    search = getattr(tokenizer, "suffix_search", None)
    if isinstance(search, TailSearch) or search is None:
        return
    pattern = getattr(search, "__self__", None)
    if isinstance(pattern, re.Pattern) and getattr(search, "__name__", "") == "search":
        tokenizer.suffix_search = TailSearch(pattern, window)  # type: ignore[union-attr]


__all__ = ["SUFFIX_WINDOW", "TailSearch", "guard_tokenizer"]
