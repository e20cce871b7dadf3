"""Which toponym of an event's clause is its scene (nlp/places/scene.py), and which place a merged event keeps
(nlp/places/fusion.py), on small hand-made texts."""

from __future__ import annotations

from typing import Any

from polemos.models import Place
from polemos.nlp.pipe import make_docs
from polemos.nlp.places.attach import place_for_event
from polemos.nlp.places.fusion import fused_place


def _place_of(nlp: Any, text: str, word: str) -> Any:
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    trigger = next(t for t in doc if t.text == word)
    return place_for_event(doc, trigger, triggers=[trigger], actors=[])


def test_deed_object_town_beats_the_town_its_apposition_names(nlp: Any) -> None:
    text = "Russian jets bombed Gori, a town of about 50,000 people some 25 km south of Tskhinvali, on Saturday."
    place = _place_of(nlp, text, "bombed")
    assert place is not None and place.name == "Gori"
    assert "attach:deed-object" in place.reasons


def test_town_beats_the_country_of_the_same_clause(nlp: Any) -> None:
    text = ("Kenyan troops and soldiers from the African Union mission in Somalia began joint patrols on the road "
            "to Beledweyne on Monday.")
    place = _place_of(nlp, text, "patrols")
    assert place is not None and (place.name, place.country) == ("Beledweyne", "SOM")
    assert "attach:most-specific" in place.reasons


def test_fusion_prefers_the_place_the_clause_gives_over_a_guess() -> None:
    guessed = Place(name="Kampala", country="UGA", precision="city", reasons=("attach:sentence",))
    said = Place(name="North Kivu", country="COD", precision="admin1", reasons=("attach:clause",))
    assert fused_place(guessed, said) == (said, "own-clause")
    # the other way round the kept clause's place stays
    assert fused_place(said, guessed) == (said, "kept")
