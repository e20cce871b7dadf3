"""Date phrases that name a day only against a time the text has just told: "the previous day", "the same day",
"the next morning", "two days later", "hours later", and bare parts of a day ("early in the morning", "in the
evening", "before dawn").

A chain phrase counts from the last day told before it in its sentence, else in the two sentences before it
(guide §5: relative chains resolve); a bare part of a day is a part of the last day its paragraph
named, else of the day the story opened with. None when the text gives no such day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from polemos.nlp.dates.normalise import DateValue, is_range
from polemos.nlp.doc_index import doc_index, doc_text

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}

_PART = r"(?:day|night|evening|morning|afternoon)"

# chain phrases with their shift in days, counted from the day told just before
_CHAIN: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"(?:the )?(?:same|very) {_PART}|that {_PART}|(?:later|earlier) (?:that|the same) {_PART}"
                r"|(?:a few |several |some )?hours (?:later|earlier)|within hours|minutes later"), 0),
    (re.compile(rf"(?:the )?previous {_PART}|the {_PART} before|the eve"), -1),
    (re.compile(rf"(?:the )?(?:next|following) {_PART}"), 1),
)

_COUNTED = re.compile(r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? "
                      r"(?P<way>later|earlier)")

# a part of a day with no day named: the day the story is telling
_DAY_PART = re.compile(r"(?:early |late )?(?:in |during |at |before |around |by )?(?:the )?"
                       r"(?:early |late )?(?:morning|afternoon|evening|night|early hours|small hours|dawn|daybreak"
                       r"|midday|noon|sunset|nightfall|dusk)")

# the phrases above in running text, for those the model does not tag as DATE or TIME
_IN_TEXT = re.compile(
    rf"\b(?:(?:on |at |in )?the (?:same|very|previous|next|following) {_PART}|the {_PART} before"
    rf"|(?:later|earlier) that {_PART}|that (?:evening|night|morning|afternoon)"
    r"|(?:a few |several )?hours (?:later|earlier)"
    r"|(?:a|one|two|three|four|five|six|seven|\d{1,2}) days? (?:later|earlier)"
    r"|(?:early |late )?in the (?:early |late )?(?:morning|afternoon|evening|early hours)|early[- ]morning"
    r"|(?:before|at) (?:dawn|daybreak|nightfall)"
    # days named from the reference date, which the model does not always tag: "Last night the regime ..."
    r"|last night|(?:earlier )?this (?:morning|afternoon|evening)|tonight|yesterday|(?:earlier )?today)\b",
    re.IGNORECASE)

_LEADING = re.compile(r"^(?:(?:on|at|in|by|until|from|during|around|about|later|earlier|and|then|,)\s+)+")


def _normal(text: str) -> str:
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" ,.")
    return _LEADING.sub("", t) if not re.match(r"(?:later|earlier) (?:that|the same)", t) else t


def chain_shift(text: str) -> int | None:
    """Days from the day told just before to the day a chain phrase names ("the previous day" -1); None for
    other phrases."""
    t = _normal(text)
    for pattern, days in _CHAIN:
        if pattern.fullmatch(t):
            return days
    m = _COUNTED.fullmatch(t)
    if m:
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else _NUMBERS[raw]
        return n if m.group("way") == "later" else -n
    return None


def is_day_part(text: str) -> bool:
    """The phrase names only a part of a day ("early in the morning", "in the evening", "before dawn")."""
    return _DAY_PART.fullmatch(_normal(text)) is not None


def phrases_in_text(doc: Doc, covered: set[int]) -> list[Span]:
    """Chain and day-part phrases, and days named from the reference date ("last night", "this morning"), that the
    model did not tag, as spans over tokens not ``covered``."""
    out: list[Span] = []
    for m in _IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) and not any(t.i in covered for t in span):
            out.append(span)
    return out


def _day_before(found: Sequence[tuple[Span, DateValue]], start: int, *,
                named: bool = False) -> tuple[Span, DateValue] | None:
    """The last day-precision phrase before ``start``; with ``named``, the last that names its day itself (a
    weekday or a date, not another chain phrase)."""
    days = [(s, v) for s, v in found if v[1] == "day" and s.start < start
            and not (named and (chain_shift(s.text) is not None or is_day_part(s.text) or is_range(s.text)))]
    return days[-1] if days else None


def anchored_value(span: Span, found: Sequence[tuple[Span, DateValue]]) -> DateValue | None:
    """The day a chain or day-part phrase names, from ``found`` (the body's resolved phrases before it, in text
    order); None when it is neither or the text told no day it can count from."""
    shift = chain_shift(span.text)
    part = shift is None and is_day_part(span.text)
    if shift is None and not part:
        return None
    anchor = _day_before(found, span.start, named=part)
    text = doc_text(span.doc)
    if part and (anchor is None or "\n\n" in text[anchor[0].start_char:span.start_char]):
        # no day named before it in its paragraph: the day the story opened with ("In the afternoon, ...")
        named = [(s, v) for s, v in found if v[1] == "day" and s.start < span.start
                 and chain_shift(s.text) is None and not is_day_part(s.text) and not is_range(s.text)]
        anchor = named[0] if named else None
    if anchor is None:
        return None
    if shift is not None:
        index = doc_index(span.doc, sents=True)
        if index.sent_of[span.start] - index.sent_of[anchor[0].start] > 2:
            return None  # a chain counts from a day of its own sentence or the two before it
    when = date.fromisoformat(anchor[1][0]) + timedelta(days=shift or 0)
    return when.isoformat(), "day"


__all__ = ["anchored_value", "chain_shift", "is_day_part", "phrases_in_text"]
