"""Landmarks the model did not tag as places, the town the document is about, and a relative clause of
place that names a town (nlp/places/spans.py, recognizer.py, attach.py), on small hand-made documents."""

from __future__ import annotations

from typing import Any

from polemos.knowledge.gazetteer import load_gazetteer
from polemos.models import Place
from polemos.nlp.pipe import make_docs
from polemos.nlp.places.attach import place_for_event
from polemos.nlp.places.recognizer import _foreign_landmark, find_places


def parse(nlp: Any, text: str) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))


def _place_of(nlp: Any, text: str, word: str, nth: int = 0) -> Any:
    doc = parse(nlp, text)
    trigger = [t for t in doc if t.text == word][nth]
    return place_for_event(doc, trigger, triggers=[trigger], actors=[])


def test_landmark_name_read_as_an_organisation_is_a_place(nlp: Any) -> None:
    text = ("Cambodia and Thailand traded accusations on Sunday. Troops fired rockets near the Preah Vihear "
            "temple on Saturday.")
    place = _place_of(nlp, text, "fired")
    assert place is not None and place.name.startswith("Preah Vihear") and place.country == "KHM"


def test_landmark_owned_by_a_town(nlp: Any) -> None:
    doc = parse(nlp, "A bomb exploded as the crowd left a rally in Rawalpindi's Liaquat Bagh park on Thursday.")
    found = {p.name: p for _, p in find_places(doc, load_gazetteer())}
    assert found["Rawalpindi"].country == "PAK"
    assert found["Liaquat Bagh"].country == "PAK" and found["Liaquat Bagh"].reasons == ("part-of:Rawalpindi",)


def test_landmark_name_read_as_a_town_abroad_is_no_answer(nlp: Any) -> None:
    doc = parse(nlp, "Police detained the activists near the Brest hotel in Kenya.")
    span = next(s for s in doc if s.text == "Brest")
    named = [doc[span.i:span.i + 1]]
    abroad = Place(name="Brest", country="FRA")
    assert _foreign_landmark(named[0], abroad, named, {"KEN": 3.0, "FRA": 0.2})
    assert not _foreign_landmark(named[0], abroad, named, {"KEN": 3.0, "FRA": 2.0})
    assert not _foreign_landmark(named[0], abroad, [], {"KEN": 3.0})


def test_focus_town_may_be_a_settlement_the_index_lacks(nlp: Any) -> None:
    text = ("Somali forces said on Monday they had retaken the village of Halgan after a week of fighting.\n\n"
            "Many residents had fled from Halgan to Mogadishu before the fighting.\n\n"
            "Somali troops killed six fighters, the army said.")
    place = _place_of(nlp, text, "killed")
    assert place is not None and (place.name, place.country) == ("Halgan", "SOM")
    assert place.reasons[-1] == "attach:document-focus"


def test_where_clause_of_a_country_gives_the_town_it_names(nlp: Any) -> None:
    text = ("More than 500 people fled across the border to Kyrgyzstan, where the government has given them "
            "shelter in a tent camp near Jalal-Abad.")
    place = _place_of(nlp, text, "given")
    assert place is not None and place.name == "Jalal-Abad" and place.country == "KGZ"
    assert place.reasons[-1] == "attach:where-clause-town"


def test_letterhead_place_line_is_a_place(nlp: Any) -> None:
    text = ("CIVIC FORUM\nStatement of the Executive Board - Tbilisi, 3 June 2024\n\n"
            "Police dispersed hundreds of people who had gathered on Chavchavadze Avenue to oppose the Russian law.")
    doc = parse(nlp, text)
    found = {s.text: s._.place for s in doc.spans["places"]}
    assert found["Tbilisi"].country == "GEO"
    place = _place_of(nlp, text, "gathered")
    assert place is None or place.country != "RUS"


def test_a_base_or_backer_is_no_event_place(nlp: Any) -> None:
    place = _place_of(nlp, "Soldiers and Iranian-backed militias attacked the positions at dawn.", "attacked")
    assert place is None or place.country != "IRN"
    place = _place_of(nlp, "Police raided the offices of the Qatar-based broadcaster on Monday.", "raided")
    assert place is None or place.name != "Qatar" or "attach:actors-country" in place.reasons
