"""Which toponym is an event's place (nlp/places/attach.py), and the recognizer's cues it reads, on small
hand-made documents."""

from __future__ import annotations

from typing import Any

import pytest

from polemos.knowledge.gazetteer import load_gazetteer
from polemos.knowledge.geonames import GeoPlace, Mention, Resolution
from polemos.nlp.pipe import make_docs
from polemos.nlp.places.attach import place_for_event
from polemos.nlp.places.geocode import unsupported_alternate
from polemos.nlp.places.recognizer import find_places


def parse(nlp: Any, text: str) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))


def _place_of(nlp: Any, text: str, word: str) -> Any:
    doc = parse(nlp, text)
    trigger = next(t for t in doc if t.text == word)
    return place_for_event(doc, trigger, triggers=[trigger], actors=[])


def test_attach_dateline_is_not_the_event_place(nlp: Any) -> None:
    text = "KABUL, Jan 3 (Reuters) - Gunmen attacked a police post on Monday, officials said."
    doc = parse(nlp, text)
    assert any(s.text == "KABUL" for s in doc.spans["places"])  # recognised, as where the reporter is
    place = _place_of(nlp, text, "attacked")
    assert place is None or place.name != "KABUL"


def test_attach_place_after_the_dateline_is_kept(nlp: Any) -> None:
    place = _place_of(nlp, "KABUL, Jan 3 (Reuters) - Gunmen attacked a police post in Kunduz on Monday.", "attacked")
    assert place is not None and (place.name, place.country) == ("Kunduz", "AFG")
    assert "attach:clause" in place.reasons


@pytest.mark.parametrize(("text", "word", "name"), [
    # a village the index lacks, named as one, beats the known towns a road links
    ("Militants attacked a convoy near the village of Halgan on the road linking Beledweyne with Mogadishu.",
     "attacked", "Halgan"),
    ("Government troops recaptured the town of Moqokori after heavy fighting with Beledweyne militias.", "recaptured",
     "Moqokori"),
])
def test_attach_named_settlement_beats_known_places(nlp: Any, text: str, word: str, name: str) -> None:
    place = _place_of(nlp, text, word)
    assert place is not None and place.name == name and place.precision == "city"
    assert "settlement-noun" in place.reasons


def test_attach_named_settlement_takes_the_country_of_its_context(nlp: Any) -> None:
    text = ("Fighting raged across Somalia on Saturday. Militants attacked a convoy near the village of Halgan "
            "on the road linking Beledweyne with Mogadishu.")
    place = _place_of(nlp, text, "attacked")
    assert place is not None and (place.name, place.country) == ("Halgan", "SOM")


def test_attach_unresolved_acronym_is_no_place(nlp: Any) -> None:
    text = "Forces loyal to the GNA shelled positions on Sunday."
    doc = parse(nlp, text)
    place = _place_of(nlp, text, "shelled")
    assert place is None or place.name != "GNA", [s.text for s in doc.spans["places"]]


def test_attach_reasons_name_the_rule(nlp: Any) -> None:
    place = _place_of(nlp, "The Sri Lankan army has been holding refugees as human shields.", "holding")
    assert place is not None and place.country == "LKA" and place.reasons[-1] == "attach:demonym"


def test_places_part_of_a_known_town(nlp: Any) -> None:
    doc = parse(nlp, "Fighters shelled the airport in Tripoli's Ain Zara district on Sunday.")
    found = {p.name: p for _, p in find_places(doc, load_gazetteer())}
    part = found["Ain Zara district"]
    town = found["Tripoli"]
    assert (part.country, part.lat, part.lon, part.precision) == (town.country, town.lat, town.lon, "point")
    assert part.reasons == ("part-of:Tripoli",)


def _answer(*reasons: str, precision: str = "city") -> Resolution:
    place = GeoPlace(id=1, name="Mastaba", ascii="mastaba", country="JOR", admin1_code=None, admin1=None,
                     admin2_code=None, admin2=None, lat=31.0, lon=36.0, population=0, fclass="P", fcode="PPL",
                     precision=precision)
    return Resolution(mention=Mention("Mastaba", 0, 7), place=place, score=0.0, reasons=reasons, lat=31.0, lon=36.0)


@pytest.mark.parametrize(("reasons", "unsupported"), [
    (("population:0", "name:alternate"), True),
    (("population:0", "name:alternate", "context:country:0.50"), False),
    (("population:0", "name:alternate", "near:amman:30"), False),
    (("population:0",), False),
])
def test_geocode_unsupported_alternate_name(reasons: tuple[str, ...], unsupported: bool) -> None:
    assert unsupported_alternate(_answer(*reasons)) is unsupported


def test_places_one_entity_with_a_comma_is_a_qualified_town(nlp: Any) -> None:
    doc = parse(nlp, "Police cleared protesters from a bridge in Windsor, Ontario, on Sunday.")
    found = [(p.name, p.country, p.admin1) for _, p in find_places(doc, load_gazetteer())]
    assert ("Windsor", "CAN", "Ontario") in found
    assert all(country != "USA" for _, country, _ in found)


def test_places_qualifier_words_inside_the_entity(nlp: Any) -> None:
    text = ("Uganda's military carried out air strikes against Islamist rebels in eastern Democratic Republic of "
            "Congo on Tuesday.")
    found = {p.name: p for _, p in find_places(parse(nlp, text), load_gazetteer())}
    place = found["eastern Democratic Republic of Congo"]
    assert (place.country, place.precision) == ("COD", "region")
    assert "qualifier-words" in place.reasons


def test_places_named_settlement_one_sense_per_document(nlp: Any) -> None:
    text = ("North Korean artillery shelled Yeonpyeong island on Tuesday. Lee ordered reinforcements to Yeonpyeong "
            "and other South Korean islands.")
    doc = parse(nlp, text)
    marks = [s._.place.reasons for s in doc.spans["places"] if s.text == "Yeonpyeong"]
    assert marks == [("settlement-noun",), ("settlement-noun",)]
    place = _place_of(nlp, text, "reinforcements")
    assert place is not None and (place.name, place.country) == ("Yeonpyeong", "KOR")


def test_attach_unknown_street_named_after_a_country(nlp: Any) -> None:
    text = ("Troops deployed in Tripoli, Lebanon, after clashes linked to Syria's civil war. "
            "A sniper shot a soldier at a checkpoint on Syria Street on Friday.")
    place = _place_of(nlp, text, "shot")
    assert place is not None and (place.name, place.country) == ("Syria Street", "LBN")
