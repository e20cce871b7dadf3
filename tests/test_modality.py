"""Tests for modality: asserted, negated, denied, future (intent), hypothetical."""

from __future__ import annotations

import pytest

from polemos.nlp.events.modality import ModalityWords, conditional_unless, is_scheduled, modality_of
from polemos.ontology.lexicon import load_lexicon


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Rebels attacked the town.", "attacked", "asserted"),
        ("Rebels did not attack the town.", "attack", "negated"),
        ("Rebels never attacked the town.", "attacked", "negated"),
        ("The army denied firing on protesters.", "firing", "denied"),
        ("The army will attack the town.", "attack", "future"),
        ("Iran plans to impose restrictions.", "impose", "future"),
        ("Syria is willing to withdraw its troops.", "withdraw", "future"),
        ("Israel refused to meet the envoy.", "meet", "negated"),
        ("The talks failed to reach agreement.", "reach", "negated"),
        ("Rebels may attack the capital.", "attack", "hypothetical"),
        ("If troops attack, the city will fall.", "attack", "hypothetical"),
        ("Troops were sent to help repel the assault.", "repel", "hypothetical"),
        ("The minister said that soldiers attacked the village.", "attacked", "asserted"),
        ("The rebels launched an attack.", "attack", "asserted"),
        ("The rebels did not launch an attack.", "attack", "negated"),
        ("There was no attack on the convoy.", "attack", "negated"),
        ("The US said it would not meet the demands.", "meet", "negated"),
        ("China stopped short of criticising the attack.", "criticising", "negated"),
        ("The army refrained from attacking the town.", "attacking", "negated"),
        ("Washington held back from imposing sanctions.", "imposing", "negated"),
        ("The minister declined to criticise the army.", "criticise", "negated"),
        ("The army stopped the convoy short of the border.", "stopped", "asserted"),
        ("Police held back the crowd and then arrested 20 people.", "arrested", "asserted"),
        ("The ministry denied claims that its troops had shelled villages.", "shelled", "denied"),
        ("Reports that troops had shelled villages spread on Monday.", "shelled", "asserted"),
    ],
)
def test_modality_of_cases(nlp, text: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert modality_of(_token(nlp(text), word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Nigeria will withdraw its force unless a ceasefire is arranged.", "withdraw", True),
        ("Nigeria will withdraw its force next week.", "withdraw", False),
    ],
)
def test_modality_conditional_unless(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert conditional_unless(_token(nlp(text), word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Police deployed across Nairobi ahead of three days of opposition protests.", "protests", True),
        ("Police banned a planned march by opposition supporters.", "march", True),
        ("Talks scheduled for Monday were postponed.", "Talks", True),
        ("Security was tightened on the eve of the summit.", "summit", True),
        ("The two leaders are due to meet in Geneva on Friday.", "meet", True),
        ("Police fired tear gas at protests in Nairobi.", "protests", False),
        ("The two leaders met in Geneva on Friday.", "met", False),
        # an intention is no timetable: "plans to" stays with `intent_verbs` (recoded AGREE/THREATEN)
        ("The EU plans to impose sanctions.", "impose", False),
    ],
)
def test_modality_is_scheduled(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert is_scheduled(_token(nlp(text), word)) is expected


def test_modality_relative_on_anyone_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister warned that anyone who joined the demonstrations would be arrested.")
    assert modality_of(_token(doc, "joined")) == "hypothetical"
    assert modality_of(_token(nlp("Police arrested the students who joined the demonstrations."), "joined")) \
        == "asserted"


def test_modality_restraint_words_come_from_plover_yaml(nlp) -> None:  # type: ignore[no-untyped-def]
    words = ModalityWords.from_lists(load_lexicon().words)
    assert {"refrain", "stop short", "hold back"} <= words.restraint
    doc = nlp("The government shied away from condemning the coup.")
    assert modality_of(_token(doc, "condemning"), words) == "negated"
    assert modality_of(_token(doc, "condemning"), ModalityWords(restraint=frozenset())) == "asserted"


def test_modality_restraint_drops_the_held_back_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The European Union imposed travel bans on Belarusian officials but stopped short of sanctioning "
              "President Alexander Lukashenko himself.")
    assert not any(a.name.endswith("Lukashenko") for e in doc._.events for a in [*e.source, *e.target])
    doc = nlp("China called for calm but stopped short of criticising the attack.")
    assert "ACCUSE" not in {e.type for e in doc._.events}
