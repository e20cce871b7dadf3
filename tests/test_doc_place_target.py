"""A town struck is the attack's location, never its target (document stage, rule doc.actor.place-target)."""

from __future__ import annotations

from document_helpers import run_document

from polemos.models import Event


def _events(nlp, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return list(run_document(nlp, text)._.events)


def test_the_town_struck_is_the_location_not_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Saudi-led coalition carried out air strikes on the Yemeni capital Sanaa early on "
                          "Tuesday, killing at least 14 people.")
    strike = next(e for e in events if e.type == "ASSAULT")
    assert not strike.target and strike.location is not None and strike.location.name == "Sanaa"
    assert "doc.actor.place-target" in [d.rule for d in strike.decisions]


def test_the_people_hit_stay_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Russian forces shelled the town of Avdiivka on Monday, wounding three civilians.")
    assert [t.name for e in events if e.type == "ASSAULT" for t in e.target] == ["civilians"]
