"""A crowd's violence is a riot, PROTEST (events/merge._riot), however the parser lemmatises the crowd."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    ("Pakistan riots as leader buried\n\nKARACHI, Dec 28 (Wire) - Rioters burned banks, cars and government "
     "offices across Sindh province on Friday."),
    "In Hyderabad, Sindh's second-largest city, a mob set fire to a passenger train on Friday morning.",
])
def test_crowd_burning_property_is_a_riot(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [(e.type, e.mode) for e in nlp(text)._.events]
    assert ("PROTEST", "riot") in types
    assert not any(t == "ASSAULT" for t, _ in types)


def test_soldiers_burning_houses_stay_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in nlp("Soldiers and a mob burned houses in the village on Friday.")._.events] == ["ASSAULT"]
