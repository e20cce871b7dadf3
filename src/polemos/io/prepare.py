"""Text prepared for the model: invisible characters out, long texts in parts, offsets mapped back.

Pure text functions. ``clean`` drops zero-width characters, bidi controls and NULs (they hide
words from the tokenizer: ``k\\u200billed``) and shortens runs of punctuation to ``RUN_CHARS``
(20,000 commas are one token each for the model and say nothing), and returns an ``OffsetMap``
from the cleaned text back to the original; ``split`` cuts a text over a length limit into parts at paragraph, then
sentence, then word boundaries; ``remap_extraction`` moves every offset of an ``Extraction``.
``prepare`` and ``Prepared.merge`` put the three together for the extractor, so stored text and
offsets are always those of the original.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation

#: spaCy's default ``nlp.max_length``.
DEFAULT_LIMIT = 1_000_000
#: The longest part the extractor parses at once, cut at paragraph breaks. A part costs about as
#: much per character at 50,000 characters as at 20,000 (the components' per-candidate scans of
#: the whole doc are memoised per doc); at 100,000 about a third more per character, at 200,000
#: twice as much (bench/bench_pathological.py --parts measures it).
PART_CHARS = 50_000

#: Zero-width characters, bidi controls, the BOM/word joiner family, soft hyphen and NUL.
INVISIBLE = (
    "\x00\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
#: The longest run of punctuation, symbols or underscores the model sees; the rest of a run is cut out.
RUN_CHARS = 32
_PUNCT = r"(?:[^\w\s]|_)"
# Invisible characters, and what follows the first RUN_CHARS characters of a run of punctuation.
_REMOVED_RE = re.compile(f"[{re.escape(INVISIBLE)}]+|(?<={_PUNCT}{{{RUN_CHARS}}}){_PUNCT}+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in a cleaned text back to the original: ``original = cleaned + shift``.

    ``cuts[i]`` is the first cleaned offset whose shift is ``shifts[i]`` (both ascending).
    Stores one entry per removed run, so a text without invisible characters costs nothing.
    """

    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    @property
    def identity(self) -> bool:
        return not self.cuts

    def start(self, offset: int) -> int:
        """The original offset of a cleaned start offset (the character there)."""
        i = bisect.bisect_right(self.cuts, offset) - 1
        return offset + (self.shifts[i] if i >= 0 else 0)

    def end(self, offset: int) -> int:
        """The original offset of a cleaned end offset: just after the character before it,
        so a span never takes in invisible characters that follow it."""
        return self.start(offset - 1) + 1 if offset > 0 else self.start(0)


def clean(text: str) -> tuple[str, OffsetMap]:
    """The text without invisible characters (``INVISIBLE``) and with runs of punctuation cut to
    ``RUN_CHARS``, and the map back to ``text``'s offsets."""
    if not _REMOVED_RE.search(text):
        return text, OffsetMap()
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    position = removed = 0  # original offset after the last match; characters removed so far
    for match in _REMOVED_RE.finditer(text):
        pieces.append(text[position:match.start()])
        removed += match.end() - match.start()
        position = match.end()
        cuts.append(position - removed)  # cleaned offset of the next kept character
        shifts.append(removed)
    pieces.append(text[position:])
    return "".join(pieces), OffsetMap(tuple(cuts), tuple(shifts))


def _boundaries(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[int]:
    return [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]


def split(text: str, *, limit: int = DEFAULT_LIMIT) -> list[tuple[int, str]]:
    """Parts of ``text`` no longer than ``limit``, with their start offsets; ``[(0, text)]`` when it fits.

    Cuts fall after a paragraph break if one is in reach, else after a sentence end, else at
    white space, else anywhere; parts are packed greedily, so they are as long as the limit allows.
    """
    if limit < 1:
        raise ValueError(f"part limit must be at least 1 character, got {limit}")
    if len(text) <= limit:
        return [(0, text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = 0
        for pattern in (_PARAGRAPH_BREAK, _SENTENCE_END, _SPACE):
            found = _boundaries(text, pattern, start, end + 1)
            if found:
                cut = found[-1]
                break
        if cut <= start:
            cut = end
        parts.append((start, text[start:cut]))
        start = cut
    parts.append((start, text[start:]))
    return parts


# -- offsets of an extraction ---------------------------------------------------------------

Remap = Callable[[int], int]


def _span(start: int | None, end: int | None, at_start: Remap, at_end: Remap) -> tuple[int | None, int | None]:
    if start is None or end is None:
        return (at_start(start) if start is not None else None, at_end(end) if end is not None else None)
    if end <= start:
        new = at_start(start)
        return new, new + (end - start)
    return at_start(start), at_end(end)


def _evidence(ev: Evidence, at_start: Remap, at_end: Remap, text: str | None) -> Evidence:
    start, end = _span(ev.start, ev.end, at_start, at_end)
    assert start is not None and end is not None
    return replace(ev, start=start, end=end, text=text[start:end] if text is not None else ev.text)


def _actor(actor: Actor, at_start: Remap, at_end: Remap) -> Actor:
    start, end = _span(actor.start, actor.end, at_start, at_end)
    return replace(actor, start=start, end=end)


def _count(count: Count | None, at_start: Remap, at_end: Remap) -> Count | None:
    if count is None:
        return None
    start, end = _span(count.start, count.end, at_start, at_end)
    return replace(count, start=start, end=end)


def _place(place: Place | None, at_start: Remap, at_end: Remap) -> Place | None:
    if place is None:
        return None
    start, end = _span(place.start, place.end, at_start, at_end)
    return replace(place, start=start, end=end)


def remap_extraction(
    extraction: Extraction, at_start: Remap, at_end: Remap | None = None, *, text: str | None = None
) -> Extraction:
    """A copy of ``extraction`` with every offset moved: evidence, triggers, actors, places, counts.

    ``at_start`` maps a start offset, ``at_end`` an end offset (default: ``at_start``); with
    ``text`` (the text the new offsets point into) evidence texts are cut again from it.
    """
    at_end = at_end or at_start

    def event(ev: Event) -> Event:
        return replace(
            ev,
            source=[_actor(a, at_start, at_end) for a in ev.source],
            target=[_actor(a, at_start, at_end) for a in ev.target],
            location=_place(ev.location, at_start, at_end),
            killed=_count(ev.killed, at_start, at_end), injured=_count(ev.injured, at_start, at_end),
            arrested=_count(ev.arrested, at_start, at_end),
            trigger=_evidence(ev.trigger, at_start, at_end, text) if ev.trigger else None,
            evidence=[_evidence(e, at_start, at_end, text) for e in ev.evidence],
        )

    def relation(rel: Relation) -> Relation:
        return replace(rel, a=_actor(rel.a, at_start, at_end), b=_actor(rel.b, at_start, at_end),
                       evidence=[_evidence(e, at_start, at_end, text) for e in rel.evidence])

    return replace(extraction, events=[event(e) for e in extraction.events],
                   relations=[relation(r) for r in extraction.relations],
                   dropped=[event(e) for e in extraction.dropped])


def shift_extraction(extraction: Extraction, offset: int) -> Extraction:
    """A copy of ``extraction`` with every offset moved by ``offset`` characters."""
    if offset == 0:
        return extraction
    return remap_extraction(extraction, lambda i: i + offset)


# -- the extractor's view ----------------------------------------------------------------------

@dataclass
class Prepared:
    """A text as the model gets it: the parts to parse, and how to put their extractions back together."""

    text: str  # the text as given (offsets of the merged extraction point into it)
    parts: list[tuple[int, str]]  # (start in the cleaned text, part text)
    offsets: OffsetMap = field(default_factory=OffsetMap)

    def merge(self, extractions: Sequence[Extraction]) -> Extraction:
        """One extraction of the whole text from one extraction per part, offsets in ``text``."""
        if len(extractions) != len(self.parts):
            raise ValueError(f"{len(extractions)} extractions for {len(self.parts)} parts")
        if len(self.parts) == 1 and self.offsets.identity:
            return extractions[0]
        offsets = self.offsets
        merged = Extraction()
        errors = []
        for (start, _), part in zip(self.parts, extractions, strict=True):
            if part.error is not None:
                errors.append(part.error if len(self.parts) == 1 else f"part at {start}: {part.error}")
                continue
            moved = remap_extraction(part, _shifted(offsets.start, start), _shifted(offsets.end, start),
                                     text=self.text)
            merged.events.extend(moved.events)
            merged.relations.extend(moved.relations)
            merged.dropped.extend(moved.dropped)
        if errors:
            # A failed part fails the document: a partial extraction stored as done would hide a loss.
            return Extraction(error="; ".join(errors))
        return merged


def _shifted(remap: Remap, by: int) -> Remap:
    return lambda offset: remap(offset + by)


def prepare(text: str, *, limit: int = DEFAULT_LIMIT) -> Prepared:
    """The cleaned text cut into parts under ``limit`` (see ``clean`` and ``split``)."""
    cleaned, offsets = clean(text)
    return Prepared(text=text, parts=split(cleaned, limit=limit), offsets=offsets)


__all__ = [
    "DEFAULT_LIMIT", "INVISIBLE", "PART_CHARS", "RUN_CHARS", "OffsetMap", "Prepared", "clean", "prepare", "remap_extraction",
    "shift_extraction", "split",
]
