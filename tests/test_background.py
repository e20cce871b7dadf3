"""Tests for background.py: events told only as a setting or cause, and trigger words that name no event."""

from __future__ import annotations

import pytest

from polemos.nlp.events.background import is_setting_only, not_an_event
from polemos.ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return load_lexicon()


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "setting"),
    [
        ("Soldiers shot dead 15 people during protests along the border.", "protests", True),
        ("Iran fired missiles in retaliation for the killing of its general.", "killing", True),
        ("Bosnia and Slovenia agreed to a ceasefire after two days of fighting.", "fighting", True),
        ("The strikes came in response to a gas attack that killed dozens of people.", "attack", False),
        ("Police arrested 20 people after protesters stormed the parliament.", "protesters", False),
        ("Rebels launched an attack on the town.", "attack", False),
    ],
)
def test_background_setting_only(nlp, lex, text: str, word: str, setting: bool) -> None:  # type: ignore[no-untyped-def]
    assert is_setting_only(_token(nlp(text), word), lex) is setting


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Workers went on strike in protest at the reform.", "protest", True),
        ("Thousands rallied in support of the coup.", "support", True),
        ("The ceasefire signed in March 2001 was violated.", "March", True),
        ("Thousands joined the protest in the capital.", "protest", False),
    ],
)
def test_background_not_an_event(nlp, lex, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert not_an_event(_token(nlp(text), word), lex) is expected
