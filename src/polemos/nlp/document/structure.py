"""Article structure recognised from plain text: headline, dateline (place, date, agency), paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from polemos.lang.en.words import MONTH_ABBREVIATIONS
from polemos.models import ArticleParts

# "KANO, Nigeria, Dec 15 (Reuters) - ", "BEIRUT (AP) — ", "SANAA/DUBAI, March 3 -"
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:/[A-Z][A-Z.'’\- ]*[A-Z.])*)"
    r"(?P<rest>,[^()\n]{1,60}?)?\s*"
    r"(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\)\s*)?"
    r"(?:[-–—]{1,2})\s+")


_HEADLINE_WORDS = 30


@dataclass(frozen=True)
class Dateline:
    """Where the reporter files from: the place words, the date words, the agency."""

    start: int
    end: int
    place: str
    date_text: str | None
    agency: str | None


@dataclass
class DocumentStructure:
    """Character spans of a document's parts; ``headline`` and ``dateline`` are context, not content."""

    headline: tuple[int, int] | None = None
    letterhead: tuple[int, int] | None = None
    byline: tuple[int, int] | None = None
    dateline: Dateline | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    def in_headline(self, start: int) -> bool:
        return self.headline is not None and self.headline[0] <= start < self.headline[1]

    def in_dateline(self, start: int, end: int | None = None) -> bool:
        d = self.dateline
        if d is None:
            return False
        return d.start <= start < d.end or (end is not None and start < d.start < end)

    def in_context(self, start: int, end: int | None = None) -> bool:
        """Whether a span lies in (or runs into) the headline, the byline or the dateline."""
        if self.in_dateline(start, end):
            return True
        return any(part is not None and (part[0] <= start < part[1] or (end is not None and start < part[1] < end))
                   for part in (self.headline, self.byline))

    def paragraph_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.paragraphs):
            if a <= pos < b:
                return i
        return len(self.paragraphs)


# a line this long is not hard-wrapped prose: a text of such lines puts a paragraph on each line
_LONG_LINE = 100


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blank-line separated paragraphs. A text without blank lines is one paragraph, unless it
    puts one paragraph on each line, as text taken from HTML pages and feeds does (a line of over 100
    characters tells it from prose wrapped at a fixed width): then each line is a paragraph."""
    out: list[tuple[int, int]] = []
    pos = 0
    separator = r"\n[ \t]*\n\s*"
    if not re.search(separator, text.strip()) and any(len(line) > _LONG_LINE for line in text.splitlines()):
        separator = r"\n\s*"
    for m in re.finditer(separator, text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADLINE_WORDS and not line.rstrip().endswith((".", ":", ";", '"', "”")) \
        and "\n" not in line.strip()


def _is_letterhead(block: str) -> bool:
    """An issuer's block: its first line in capitals ("AMNESTY INTERNATIONAL", "UNRWA - UNITED NATIONS ...")."""
    first = block.strip().split("\n", 1)[0]
    letters = [c for c in first if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8


# "By Jane Doe", "By JANE DOE and John Roe, Reuters": a short paragraph of names after "By"
_BYLINE = re.compile(r"[Bb][Yy]\s+[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,9}[ \t]*")


def _is_byline(block: str) -> bool:
    return _BYLINE.fullmatch(block.strip()) is not None


# "Chile", "Calif.", "South Sudan": the country or state after a dateline's city
_QUALIFIER = re.compile(r"[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}")
# prose after the dash: a capitalised word in lower case after its first letter ("Thousands", "The"), or
# initials ("U.S. officials")
_PROSE_START = re.compile(r"[\"“]?[A-Z](?:[a-z]|\.[A-Z]\.)")


def _qualified_or_bare(rest: str, place: str, text: str, end: int) -> bool:
    """A dateline with neither date nor agency: "VALPARAISO, Chile - Thousands ..." (the city's country or
    state after it) or "BEIRUT — The ..." (a city of at most three words, then prose). A letterhead's dash is
    followed by more capitals ("UNRWA - UNITED NATIONS RELIEF ...") and stays a letterhead."""
    if _PROSE_START.match(text, end) is None or len(place.split()) > 3:
        return False
    if not rest:
        return True
    return all(_QUALIFIER.fullmatch(part.strip()) for part in rest.split(","))


def find_dateline(text: str, start: int) -> Dateline | None:
    """A dateline at ``start`` ("KABUL, Jan 3 (Reuters) - "); None when the paragraph opens otherwise."""
    m = _DATELINE.match(text, start)
    if not m:
        return None
    rest = (m.group("rest") or "").strip(", ")
    date_text = None
    if rest:
        parts = [p.strip() for p in rest.split(",")]
        dated = [p for p in parts if p[:3].lower() in MONTH_ABBREVIATIONS or re.match(r"\d{1,2} [A-Z]", p)]
        date_text = dated[-1] if dated else None
    if not m.group("agency") and not date_text and not _qualified_or_bare(rest, m.group("place"), text, m.end()):
        return None  # "UNRWA - UNITED NATIONS ..." is a letterhead, not a dateline
    return Dateline(start=m.start(), end=m.end(), place=m.group("place").strip(), date_text=date_text,
                    agency=m.group("agency"))


@lru_cache(maxsize=32)
def read_structure(text: str) -> DocumentStructure:
    """Headline (a short first paragraph without final punctuation), dateline and paragraphs of ``text``.
    Several components ask for the structure of the same text, so the last few answers are kept: the answer
    is shared, and callers read it without changing it."""
    paras = paragraphs(text)
    out = DocumentStructure(paragraphs=paras)
    if not paras:
        return out
    first = 0
    if len(paras) > 1 and _is_letterhead(text[paras[0][0]:paras[0][1]]):
        out.letterhead = paras[0]
        first = 1
    if len(paras) > first + 1 and _is_headline(text[paras[first][0]:paras[first][1]]) \
            and not _is_byline(text[paras[first][0]:paras[first][1]]):
        out.headline = paras[first]
        first += 1
    if len(paras) > first + 1 and _is_byline(text[paras[first][0]:paras[first][1]]):
        out.byline = paras[first]  # the reporter: context, like the headline, and never an actor of an event
        first += 1
    out.dateline = find_dateline(text, paras[first][0])
    return out


def article_parts(structure: DocumentStructure, text: str) -> ArticleParts:
    """The structure as the texts of its parts, for the store and the contract."""

    def part(span: tuple[int, int] | None) -> str | None:
        return " ".join(text[span[0]:span[1]].split()) or None if span else None

    d = structure.dateline
    return ArticleParts(headline=part(structure.headline), letterhead=part(structure.letterhead),
                        byline=part(structure.byline), dateline_place=d.place if d else None,
                        dateline_date=d.date_text if d else None, agency=d.agency if d else None,
                        paragraphs=len(structure.paragraphs))


__all__ = ["Dateline", "DocumentStructure", "article_parts", "find_dateline", "paragraphs", "read_structure"]


