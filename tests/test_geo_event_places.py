"""An event's place: relative clauses of place, towns named in apposition to a town noun, parties that are
countries, and which place a merged event keeps (nlp/places/fusion.py), on small hand-made documents."""

from __future__ import annotations

from typing import Any

import pytest

from polemos.models import Place
from polemos.nlp.pipe import make_docs
from polemos.nlp.places.attach import place_for_event
from polemos.nlp.places.fusion import fused_place, locations_agree, within


def _place_of(nlp: Any, text: str, word: str) -> Any:
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    trigger = next(t for t in doc if t.text == word)
    return place_for_event(doc, trigger, triggers=[trigger], actors=[])


def test_attach_relative_clause_of_place(nlp: Any) -> None:
    text = ("In Coutts, Alberta, where protesters have blocked another crossing, the police said on Monday they "
            "had arrested 11 people.")
    place = _place_of(nlp, text, "blocked")
    assert place is not None and place.name == "Coutts" and place.country == "CAN"
    assert "attach:where-clause" in place.reasons


def test_attach_town_in_apposition_to_a_town_noun(nlp: Any) -> None:
    text = ("Fighting raged across Libya on Sunday. Heavy clashes on Monday centred on Ain Zara, a southern "
            "suburb, where government forces said they had killed seven fighters.")
    place = _place_of(nlp, text, "clashes")
    assert place is not None and place.name == "Ain Zara" and place.country == "LBY"


def test_attach_countries_as_parties_give_way_to_the_town_named_before(nlp: Any) -> None:
    text = ("Protesters blocked the Ambassador Bridge in Windsor, Ontario for a week. The bridge, which carries "
            "a quarter of all trade between Canada and the United States, reopened after protesters had blocked "
            "it since Feb. 7.")
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    trigger = [t for t in doc if t.text == "blocked"][1]
    place = place_for_event(doc, trigger, triggers=[trigger], actors=[])
    assert place is not None and place.name == "Windsor"
    assert "attach:previous-sentence-party" in place.reasons


_KATSINA = Place(name="Katsina", country="NGA", admin1="Katsina", precision="admin1")
_KANKARA = Place(name="Kankara", country="NGA", admin1="Katsina", precision="city")
_KANO = Place(name="Kano", country="NGA", admin1="Kano", precision="city")
_NIGERIA = Place(name="Nigeria", country="NGA", precision="country")
_NIAMEY = Place(name="Niamey", country="NER", admin1="Niamey", precision="city")
_SURREY = Place(name="Surrey", country="GBR", admin1="England", admin2="Surrey", precision="admin2")
_GUILDFORD = Place(name="Guildford", country="GBR", admin1="England", admin2="Surrey", precision="city")


@pytest.mark.parametrize(("a", "b", "agree"), [
    (_KATSINA, _KANKARA, True),    # a town in its division
    (_NIGERIA, _KANO, True),       # a town in its country
    (_KATSINA, _KANO, False),      # a town of another division
    (_KANKARA, _KANO, False),      # two towns
    (_NIGERIA, _NIAMEY, False),    # another country
    (_SURREY, _GUILDFORD, True),   # a town in its county
    (_SURREY, _KANKARA, False),
    (None, _KANO, True),
])
def test_locations_agree(a: Place | None, b: Place | None, agree: bool) -> None:
    assert locations_agree(a, b) is agree
    assert locations_agree(b, a) is agree


def test_fused_place_refines_only_inside() -> None:
    assert fused_place(_KATSINA, _KANKARA) == (_KANKARA, "refined")
    assert fused_place(_NIGERIA, _NIAMEY) == (_NIGERIA, "kept")   # a finer place abroad does not spread
    assert fused_place(_KANKARA, _NIGERIA) == (_KANKARA, "kept")
    assert fused_place(None, _KANO) == (_KANO, "taken")
    assert fused_place(_KANO, None) == (_KANO, "kept")
    assert within(_GUILDFORD, _SURREY) and not within(_KANO, _KATSINA)


def test_attach_nationality_of_an_announced_acts_object_is_no_place(nlp: Any) -> None:
    place = _place_of(nlp, "The rebel spokesman vowed to capture more Israeli soldiers.", "vowed")
    assert place is None or place.country != "ISR"


def test_country_inside_an_actor_has_its_point(nlp: Any) -> None:
    from polemos.nlp.places.listing import find_document_places

    [(_, places)] = list(find_document_places([("t", "Indonesia's President toured the area on Monday.", None)],
                                              nlp=nlp))
    indonesia = next(p for p in places if p["text"] == "Indonesia")
    assert indonesia["country"] == "IDN" and indonesia["lat"] is not None and indonesia["lon"] is not None


def test_country_fallback_becomes_the_town_the_document_is_about(nlp: Any) -> None:
    text = ("Gunmen stormed a hotel in Tripoli on Monday. The siege of the Tripoli hotel lasted hours.\n\n"
            "Libyan forces attacked the gunmen.")
    place = _place_of(nlp, text, "attacked")
    assert place is not None and (place.name, place.country) == ("Tripoli", "LBY")
    assert "attach:document-focus" in place.reasons


def test_document_focus_needs_a_town_named_twice(nlp: Any) -> None:
    place = _place_of(nlp, "Gunmen stormed a hotel in Tripoli on Monday.\n\nLibyan forces attacked the gunmen.",
                      "attacked")
    assert place is None or "attach:document-focus" not in place.reasons


def test_document_focus_leaves_out_the_headline(nlp: Any) -> None:
    text = ("Tripoli siege ends as Tripoli hotel reopens\n\n"
            "Gunmen stormed a hotel on Monday.\n\nLibyan forces attacked the gunmen.")
    place = _place_of(nlp, text, "attacked")
    assert place is None or "attach:document-focus" not in place.reasons
