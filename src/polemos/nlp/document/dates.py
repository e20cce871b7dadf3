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


# "A day earlier, police had opened fire", "A day before the offensive, gunmen killed ...": a sentence that opens
# with a gap from the time just told, or from an incident it names
_OPENS_WITH_GAP = re.compile(r"^\W*(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+"
                             r"(earlier|later|before|after)\b(?:\s+(?:the|this|that)\s+([a-z -]+?))?\s*,",
                             re.IGNORECASE)


def _shifted(base_iso: str, days: int, *, back: bool, weeks: bool) -> tuple[str, str]:
    base = date.fromisoformat(base_iso[:10])
    when = base - timedelta(days=days) if back else base + timedelta(days=days)
    return (when.isoformat()[:7], "month") if weeks else (when.isoformat(), "day")


def _noun_anchor(doc: Doc, start: int, end: int, mention: Mention, earlier: list[Mention]) -> Mention | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span[-1].lemma_.lower()
    return next((k for k in reversed(earlier) if k is not mention and k.event.date_precision == "day"
                 and k.event.date and k.trigger_start < mention.trigger_start and same_act_words(k.lemma, noun)),
                None)


def _previous_sentence_anchor(mention: Mention, earlier: list[Mention]) -> Mention | None:
    before = [k for k in earlier if k.sent_start < mention.sent_start and not k.in_headline]
    if not before:
        return None
    last = max(k.sent_start for k in before)
    dated = [k for k in before if k.sent_start == last and k.event.date_precision == "day" and k.event.date]
    return dated[0] if dated and len({k.event.date for k in dated}) == 1 else None


def resolve_chain(mention: Mention, earlier: list[Mention], doc: Doc) -> None:
    """"The strike came two days after an envoy met Putin", "A day earlier, police had opened fire": an undated
    act told across a stated gap takes the date of the incident the sentence names back (or of the time the
    previous sentence told) shifted by the gap (guide §5: relative chains resolve); a gap in weeks gives the
    month."""
    event = mention.event
    rel = mention.trigger_start - mention.sent_start
    opening = _OPENS_WITH_GAP.match(mention.sent_text)
    if opening is not None and opening.end() <= rel:
        days = _gap_days(opening.group(1), opening.group(2))
        if opening.group(4):
            anchor = _noun_anchor(doc, mention.sent_start + opening.start(4), mention.sent_start + opening.end(4),
                                  mention, earlier)
        else:
            anchor = _previous_sentence_anchor(mention, earlier)
        # undated, or dated by the sentence stage to the time just told, which the gap moves away from
        if (days is not None and anchor is not None and anchor.event.date
                and event.date in (None, anchor.event.date)):
            event.date, event.date_precision = _shifted(
                str(anchor.event.date), days, back=opening.group(3).lower() in ("earlier", "before"),
                weeks=opening.group(2).lower().startswith("week"))
            mention.decide("doc.date.chain-opening", "redated", f"{opening.group(0)!r} from {anchor.event.date}")
            return
    if event.date is not None:
        return
    for m in _CAME_AFTER.finditer(mention.sent_text):
        if m.end() > rel:
            continue
        days = _gap_days(m.group(2), m.group(3))
        anchor = _noun_anchor(doc, mention.sent_start + m.start(1), mention.sent_start + m.end(1), mention, earlier)
        if days is None or anchor is None or not anchor.event.date:
            continue
        event.date, event.date_precision = _shifted(str(anchor.event.date), days, back=m.group(4).lower() == "after",
                                                    weeks=m.group(3).lower().startswith("week"))
        mention.decide("doc.date.chain", "redated", f"{m.group(0)!r} from {anchor.event.date}")
        return


__all__ = ["resolve", "resolve_chain"]
