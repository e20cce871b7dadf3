"""Where a document says when it was written: the dateline ("KANO, Nigeria, Dec 15 (Reuters) -"), a letterhead's
place line ("Press release - Manama, 13 April 2011", "(New York, June 7, 2005) -"), and the headline.

Their dates are the reference that weekdays, "yesterday" and "last week" resolve against (guide §5), never the
date of an event; a headline's event is dated only by the headline's own words."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from spacy.tokens import Doc

from polemos.nlp.dates.normalise import resolve_date
from polemos.nlp.doc_index import doc_index, doc_text
from polemos.nlp.document.structure import read_structure
from polemos.nlp.pipe import get_pub_date

# "(New York, June 7, 2005) - ": a place line in brackets opening the lead of a press release
_BRACKETED_PLACE_LINE = re.compile(r"\((?P<place>[A-Z][^()\n]{1,40}?),\s*(?P<date>[^()\n]{3,30}?)\)\s*[-–—]")

# "Press release - Manama, 13 April 2011", "PRESS BRIEFING NOTES - 20 September 2016": a letterhead line's date
_LINE_DATE = re.compile(r"(?:\b\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|\b[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*$")

# a dateline's date that lies further than this from the publication date is not taken as the reference
_MAX_DRIFT = timedelta(days=7)


class DocumentTime(NamedTuple):
    """The character ranges whose dates date no event, the headline's range, the reference date, and the
    sections a dated heading opens ("1. Judgment of 10 May 2013"): (heading start, section end)."""

    context: tuple[tuple[int, int], ...]
    headline: tuple[int, int] | None
    reference: date | None
    sections: tuple[tuple[int, int], ...] = ()


def document_time(doc: Doc) -> DocumentTime:
    """The doc's `DocumentTime`, read once per doc from its text and publication date."""
    memo = doc_index(doc).memo
    found = memo.get("dates.document-time")
    if found is None:
        found = memo["dates.document-time"] = _read(doc_text(doc), get_pub_date(doc))
    return found


def reference_date(doc: Doc) -> date | None:
    """The date relative phrases resolve against: the dateline's (or place line's) date, else publication."""
    return document_time(doc).reference


def in_context(doc: Doc, start_char: int) -> bool:
    """Whether a character lies in the dateline, letterhead or a bracketed place line."""
    return any(a <= start_char < b for a, b in document_time(doc).context)


def in_headline(doc: Doc, start_char: int) -> bool:
    """Whether a character lies in the headline."""
    h = document_time(doc).headline
    return h is not None and h[0] <= start_char < h[1]


def section_heading(doc: Doc, start_char: int) -> tuple[int, int] | None:
    """The (start, end) characters of the dated heading whose section holds ``start_char``, if any."""
    for a, b in document_time(doc).sections:
        if a <= start_char < b:
            return a, text_end(doc_text(doc), a)
    return None


def text_end(text: str, start: int) -> int:
    """The end of the line that starts at ``start``."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_HEADING_WORDS = 12


def _sections(text: str, paragraphs: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sections opened by a short heading paragraph that names a date, each up to the next heading."""
    headings = [(a, b) for a, b in paragraphs
                if "\n" not in text[a:b].strip() and len(text[a:b].split()) <= _HEADING_WORDS
                and not text[a:b].rstrip().endswith((".", ":", ";", '"', "”"))]
    out = []
    for n, (a, b) in enumerate(headings):
        if re.search(r"\b\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\b|\b[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\b", text[a:b]):
            out.append((a, headings[n + 1][0] if n + 1 < len(headings) else len(text)))
    return tuple(out)


def _read(text: str, pub: date | None) -> DocumentTime:
    structure = read_structure(text)
    ranges: list[tuple[int, int]] = []
    written: list[str] = []
    if structure.dateline is not None:
        d = structure.dateline
        ranges.append((d.start, d.end))
        if d.date_text:
            written.append(d.date_text)
    if structure.letterhead is not None:
        a, b = structure.letterhead
        ranges.append((a, b))
        for line in text[a:b].splitlines():
            m = _LINE_DATE.search(line.strip())
            if m:
                written.append(m.group(0))
    for a, _b in structure.paragraphs[:4]:
        m = _BRACKETED_PLACE_LINE.match(text, a)
        if m:
            ranges.append((m.start(), m.end()))
            written.append(m.group("date"))
    reference = pub
    for phrase in written:
        value = resolve_date(phrase, pub)
        if value is None or value[1] != "day":
            continue
        when = date.fromisoformat(value[0])
        if pub is None or abs(when - pub) <= _MAX_DRIFT:
            reference = when
        break
    return DocumentTime(context=tuple(ranges), headline=structure.headline, reference=reference,
                        sections=_sections(text, structure.paragraphs[1:]))


__all__ = ["DocumentTime", "document_time", "in_context", "in_headline", "reference_date", "section_heading"]
