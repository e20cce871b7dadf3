"""Tests for anaphora.py: "the measures", "the move", "vowed to retaliate" point back at an earlier act."""

from __future__ import annotations

import pytest

from polemos.nlp.anaphora import pointing_object
from polemos.nlp.triggers import load_lexicon


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Moscow condemned the measures as illegal.", "condemned", "measures"),
        ("Tehran rejected the decision.", "rejected", "decision"),
        ("Russia vowed to retaliate.", "vowed", "retaliate"),
        ("Moscow condemned new measures against its banks.", "condemned", None),
        ("Moscow condemned Washington.", "condemned", None),
    ],
)
def test_anaphora_pointing_object(nlp, lex, text: str, verb: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = pointing_object(next(t for t in doc if t.text == verb), lex)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("The European Union imposed new sanctions on Russia on Monday. Moscow condemned the measures as illegal.",
         "ACCUSE", "European Union"),
        ("The United States expelled 60 Russian diplomats on Monday. Moscow denounced the move and vowed to retaliate.",
         "THREATEN", "United States"),
    ],
)
def test_anaphora_target_is_the_earlier_actor(nlp, text: str, type_: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in nlp(text)._.events if e.type == type_]
    assert events and [a.name for a in events[0].target] == [target]
