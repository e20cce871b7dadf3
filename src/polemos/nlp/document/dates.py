"""Dates across sentences: an undated mention is not dated to the publication day."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from polemos.nlp.document.mention import Mention


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


__all__ = ["resolve"]
