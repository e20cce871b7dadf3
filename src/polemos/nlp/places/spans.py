"""Toponym spans widened to the whole name of a country or division that the parser cut short.

The entity recogniser splits names at hyphens and small words: "Guinea-Bissau" comes out as "Guinea",
"Rio Grande do Sul" as "Rio Grande", "New South Wales" as "Wales". A span is widened by a few words on
either side where the longer text is the main name of a country or a first- or second-order division
in the GeoNames index (`GeoIndex.division_keys`, held in memory): the longer name wins, as a reader would
take it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span
from spacy.util import filter_spans

from polemos.knowledge.geonames import GeoIndex
from polemos.knowledge.geonames.text import fold_cached

#: How many words a span may grow by on its left and on its right.
WIDEN_LEFT = 2
WIDEN_RIGHT = 3
_JOINERS = frozenset({"-", "'"})


def _word_like(span: Span) -> bool:
    return all(t.is_alpha or t.text in _JOINERS for t in span) and span[0].text[:1].isupper() \
        and span[-1].text[:1].isupper()


def whole_name(span: Span, index: GeoIndex) -> Span | None:
    """The longest span around ``span`` (within its sentence) that is the main name of a country or
    division, or None when there is none longer than the span."""
    doc = span.doc
    names = index.division_keys()
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    best: Span | None = None
    for left in range(WIDEN_LEFT + 1):
        for right in range(WIDEN_RIGHT + 1):
            start, end = span.start - left, span.end + right
            if (left, right) == (0, 0) or start < sent.start or end > sent.end:
                continue
            wider = doc[start:end]
            if best is not None and len(wider) <= len(best) or not _word_like(wider):
                continue
            if fold_cached(wider.text) in names:
                best = wider
    return best


def widen_to_names(spans: Sequence[Span], index: GeoIndex) -> list[Span]:
    """The spans, each widened to the whole name it is part of (`whole_name`); overlaps keep the longest."""
    out = []
    for span in spans:
        wider = whole_name(span, index)
        out.append(wider if wider is not None else span)
    return sorted(filter_spans(out), key=lambda s: s.start)


__all__ = ["WIDEN_LEFT", "WIDEN_RIGHT", "whole_name", "widen_to_names"]
