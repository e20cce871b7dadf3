"""Test doubles shared by the foundation tests: an extractor with the real `extract` signature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from polemos.models import Actor, Count, Event, Evidence, Extraction, Place, Relation

Span = tuple[int, int]


def fake_extraction(text: str) -> Extraction:
    """One ASSAULT event per occurrence of 'fired' (offsets into ``text``), and one ALLY relation if 'ally'."""
    events = []
    start = text.find("fired")
    while start >= 0:
        end = text.find(".", start)
        end = len(text) if end < 0 else end + 1
        events.append(Event(
            type="ASSAULT", mode="firearms",
            source=[Actor("police", "KEN", "COP", start=max(start - 7, 0), end=start - 1)],
            target=[Actor("protesters", "KEN", "CVL"), Actor("students", "KEN", "EDU", actor_id="kb:students")],
            location=Place("Nairobi", "KEN", admin1="Nairobi", lat=-1.29, lon=36.82, precision="city"),
            date="2023-07-12", date_precision="day",
            killed=Count(low=6, text="at least six"), injured=Count(low=50, best=None, high=None),
            trigger=Evidence(start, start + 5, "fired"), evidence=[Evidence(start, end, text[start:end])],
            rule="fake",
        ))
        start = text.find("fired", end)
    relations = []
    if (i := text.find("ally")) >= 0:
        relations.append(Relation("ALLY", Actor("Russia", "RUS", "GOV", actor_id="kb:RUS"), Actor("Belarus", "BLR", "GOV"),
                                  evidence=[Evidence(i, i + 4, "ally")], rule="fake"))
        relations.append(Relation("ALLY", Actor("Russia", "RUS", "GOV"), Actor("Iran", "IRN", "GOV"), negated=True))
    return Extraction(events=events, relations=relations)


class FakeExtractor:
    """Records every call; extracts with ``fake_extraction``; fails on texts containing ``fail_on``."""

    def __init__(self, *, fail_on: str | None = None) -> None:
        self.calls: list[tuple[str, date | None, list[Span]]] = []
        self.fail_on = fail_on

    def extract(self, text: str, *, pub_date: date | None = None, skip: Sequence[Span] | None = None) -> Extraction:
        self.calls.append((text, pub_date, list(skip or [])))
        if self.fail_on and self.fail_on in text:
            raise RuntimeError("component crashed")
        return fake_extraction(text)
