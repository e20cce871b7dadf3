"""Tests for anaphora.py: "the measures", "the move", "vowed to retaliate" point back at an earlier act."""

from __future__ import annotations

import pytest

from polemos.nlp.events.anaphora import pointing_object
from polemos.ontology.lexicon import load_lexicon


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
        # event nouns outside the generic list point back too
        ("Turkey condemned the massacre.", "condemned", "massacre"),
        ("China rejected the criticism on Thursday.", "rejected", "criticism"),
        ("Tehran rejected a criticism.", "rejected", None),
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


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        # the act of the noun's own type: the killing, not the state of emergency
        (("Egyptian security forces cleared two protest camps in Cairo on Wednesday, killing at least 278 people. "
          "The interim government then declared a state of emergency. Turkey condemned the massacre."),
         "ACCUSE", ["Egyptian security forces"]),
        # the criticism is the condemnation, not the accusation told as a participle of the arrests
        (("Hong Kong police arrested 53 activists on Wednesday, accusing them of trying to subvert state power. "
          "Britain and the United States swiftly condemned the mass arrests. China's foreign ministry rejected the "
          "criticism on Thursday."), "REJECT", ["Britain", "United States"]),
        # "the offer" is what was offered, by its lemma
        (("Boko Haram leader Abubakar Shekau threatened to sell the schoolgirls. The United States offered to send a "
          "team of experts, and President Goodluck Jonathan accepted the offer."), "AGREE", ["United States"]),
        # several welcomers: the deal's parties, not each other
        (("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. The United Nations and several Gulf "
          "states welcomed the deal."), "SUPPORT", ["Saudi Arabia", "Iran"]),
    ],
)
def test_anaphora_event_noun_names_its_act(nlp, text: str, type_: str, target: list[str]) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in nlp(text)._.events if e.type == type_]
    assert events and [a.name for a in events[-1].target] == target
    assert not {a.key() for a in events[-1].target} & {a.key() for a in events[-1].source}


def test_anaphora_event_noun_needs_an_act_of_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    # no earlier criticism: "the criticism" names no one, not the first act of the passage
    text = "The army seized the state broadcaster on Monday. The president rejected the criticism."
    events = [e for e in nlp(text)._.events if e.type == "REJECT"]
    assert events and events[0].target == []
