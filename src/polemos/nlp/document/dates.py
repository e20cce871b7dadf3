"""Dates across sentences: an undated mention is not dated to the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from polemos.nlp.document.mention import Mention
from polemos.nlp.document.merge import same_act_words


def _dated_words(doc: Doc, start: int, end: int) -> bool:
    if "dates" not in doc.spans:
        return False
    return any(start <= s.start_char < end for s in doc.spans["dates"])


def resolve(mention: Mention, doc: Doc, pub_date: date | None) -> None:
    """An event dated to the publication day by no words of its own sentence stays undated (guide §5)."""
    event = mention.event
    if pub_date is None or event.date != pub_date.isoformat():
        return
    starts = [ev.start for ev in event.evidence] if mention.merged else []
    if _dated_words(doc, mention.sent_start, mention.sent_end):
        return
    if any(_dated_words(doc, s, s + 1) for s in starts):
        return
    event.date, event.date_precision = None, None
    mention.decide("doc.date.undated", "redated", f"no date words; not {pub_date.isoformat()}")


_GAP_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
# "The strike came two days after ...", "The arrests came three days after ...": an incident named back by a noun,
# then a stated gap to the act the sentence tells
_CAME_AFTER = re.compile(r"\b(?:the|this|that|these|those)\s+([a-z]+)\s+(?:came|followed|happened|occurred|took place)"
                         r"\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)"
                         r"\s+(after|before)\b", re.IGNORECASE)


def _gap_days(number: str, unit: str) -> int | None:
    n = int(number) if number.isdigit() else _GAP_NUMBERS.get(number.lower())
    if n is None:
        return None
    return n * (7 if unit.lower().startswith("week") else 1)


def resolve_chain(mention: Mention, earlier: list[Mention], doc: Doc) -> None:
    """"The strike came two days after an envoy met Putin": an undated act told after "N days after" takes the date
    of the incident the sentence's noun names back, less the gap (guide §5: relative chains resolve); a gap in
    weeks gives the month."""
    event = mention.event
    if event.date is not None:
        return
    rel = mention.trigger_start - mention.sent_start
    for m in _CAME_AFTER.finditer(mention.sent_text):
        if m.end() > rel:
            continue
        days = _gap_days(m.group(2), m.group(3))
        span = doc.char_span(mention.sent_start + m.start(1), mention.sent_start + m.end(1))
        if days is None or span is None:
            continue
        noun = span[0].lemma_.lower()
        anchor = next((k for k in reversed(earlier) if k is not mention and k.event.date_precision == "day"
                       and k.event.date and same_act_words(k.lemma, noun)), None)
        if anchor is None:
            continue
        base = date.fromisoformat(str(anchor.event.date)[:10])
        when = base - timedelta(days=days) if m.group(4).lower() == "after" else base + timedelta(days=days)
        weeks = m.group(3).lower().startswith("week")
        event.date = when.isoformat()[:7] if weeks else when.isoformat()
        event.date_precision = "month" if weeks else "day"
        mention.decide("doc.date.chain", "redated", f"{m.group(0)!r} from {anchor.event.date}")
        return


__all__ = ["resolve", "resolve_chain"]
