"""Tests for reciprocal.py: each party of a mutual event is the other's target."""

from __future__ import annotations

import pytest

from polemos.models import Actor
from polemos.nlp.events.reciprocal import both_ways, has_reciprocal_object


def test_reciprocal_both_ways_puts_each_party_on_both_sides() -> None:
    a, b = Actor("Armenia", "ARM", "GOV"), Actor("Azerbaijan", "AZE", "GOV")
    source, target = both_ways([a, b])
    assert [x.name for x in source] == ["Armenia", "Azerbaijan"]
    assert [x.name for x in target] == ["Azerbaijan", "Armenia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Azerbaijan accused each other of shelling villages.", True),
        ("The two sides blamed one another for the collapse.", True),
        ("Armenia accused Azerbaijan of shelling villages.", False),
    ],
)
def test_reciprocal_object(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("accuse", "blame"))
    assert has_reciprocal_object(verb) is expected


def _sides(event) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    return {a.country for a in event.source}, {a.country for a in event.target}


def test_reciprocal_accusation_and_unnamed_fighting(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Heavy fighting erupted along the border on Sunday, killing at least 23 people. "
              "Armenia and Azerbaijan accused each other of shelling villages.")
    by_type = {e.type: e for e in doc._.events}
    assert _sides(by_type["ACCUSE"]) == ({"ARM", "AZE"}, {"ARM", "AZE"})
    assert _sides(by_type["ASSAULT"]) == ({"ARM", "AZE"}, {"ARM", "AZE"})


def test_reciprocal_agreement_ignores_the_broker(nlp) -> None:  # type: ignore[no-untyped-def]
    events = nlp("Israel and Hamas agreed to an Egyptian-brokered ceasefire on Friday after 11 days of fighting.")._.events
    assert [e.type for e in events] == ["AGREE"]
    assert {a.name for a in events[0].target} == {"Israel", "Hamas"}


def test_reciprocal_coordinated_heads_splits_a_folded_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    from polemos.nlp.events.doc_actors import actor_spans
    from polemos.nlp.events.reciprocal import coordinated_heads

    doc = nlp("US President Donald Trump and North Korean leader Kim Jong Un met in Singapore.")
    verb = next(t for t in doc if t.lemma_ == "meet")
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    names = {s._.actor.name for h in coordinated_heads(heads, actor_spans(doc))
             for s in actor_spans(doc) if s.start <= h.i < s.end}
    assert names == {"Donald Trump", "Kim Jong Un"}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Thai and Cambodian soldiers clashed near the temple on Friday.", {"THA", "KHM"}),
        ("Pakistani and Afghan forces clashed at a border crossing.", {"PAK", "AFG"}),
    ],
)
def test_reciprocal_coordinated_nationalities_on_one_noun(nlp, text: str, countries: set[str]) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in nlp(text)._.events if e.type == "ASSAULT"]
    assert len(events) == 1
    event = events[0]
    assert {a.country for a in event.source} == countries
    assert {a.country for a in event.target} == countries
    assert {a.sector for a in event.source} == {"MIL"}
