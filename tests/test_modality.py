"""Tests for modality: asserted, negated, denied, future (intent), hypothetical."""

from __future__ import annotations

import pytest

from polemos.nlp.modality import conditional_unless, is_scheduled, modality_of


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
