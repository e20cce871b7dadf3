"""Which toponym of an event's clause is its scene (nlp/places/scene.py), and which place a merged event keeps
(nlp/places/fusion.py), on small hand-made texts."""

from __future__ import annotations

from typing import Any

import pytest

from polemos.knowledge.gazetteer import load_gazetteer
from polemos.knowledge.geonames import DocumentContext, GeoPlace, Mention, Resolution
from polemos.models import Actor, Place
from polemos.nlp.pipe import make_docs
from polemos.nlp.places.attach import place_for_event
from polemos.nlp.places.fusion import fused_place
from polemos.nlp.places.geocode import off_context


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
    said = Place(name="North Kivu", country="COD", precision="admin1", reasons=("context:country:1.00", "attach:clause"))
    assert fused_place(guessed, said) == (said, "own-clause")
    # the other way round the kept clause's place stays
    assert fused_place(said, guessed) == (said, "kept")


def test_fusion_keeps_a_guessed_town_over_its_own_country() -> None:
    town = Place(name="Sokode", country="TGO", precision="city", reasons=("attach:document-focus",))
    country = Place(name="Togo", country="TGO", precision="country", reasons=("attach:clause",))
    assert fused_place(town, country) == (town, "kept")


def _answer(*reasons: str, precision: str = "city", fcode: str = "PPL") -> Resolution:
    place = GeoPlace(id=1, name="Solhan", ascii="solhan", country="TUR", admin1_code=None, admin1=None,
                     admin2_code=None, admin2=None, lat=38.9, lon=41.0, population=15000, fclass="P", fcode=fcode,
                     precision=precision)
    return Resolution(mention=Mention("Solhan", 0, 6), place=place, score=0.0, reasons=reasons, lat=38.9, lon=41.0)


@pytest.mark.parametrize(("reasons", "precision", "countries", "off"), [
    (("population:15000", "context:country:0.14"), "city", {"BFA": 3.0, "TUR": 0.4}, True),
    (("population:15000",), "city", {"BFA": 3.0}, True),
    (("population:15000", "context:country:0.60"), "city", {"BFA": 3.0, "TUR": 2.0}, False),
    (("population:15000", "qualifier:country"), "city", {"BFA": 3.0}, False),
    (("population:15000",), "city", {}, False),  # a document that points nowhere: the resolver's answer stands
    (("population:15000",), "admin1", {"BFA": 3.0}, False),
])
def test_geocode_town_off_the_documents_countries(reasons: tuple[str, ...], precision: str,
                                                  countries: dict[str, float], off: bool) -> None:
    answer = _answer(*reasons, precision=precision)
    assert off_context(answer, DocumentContext(countries=countries)) is off


@pytest.mark.parametrize(("text", "word"), [
    (("Fighting broke out on Friday near the Preah Vihear temple. Thai and Cambodian troops exchanged fire near an "
     "11th-century Hindu temple on their disputed border early on Monday."), "exchanged"),
    (("Heavy shelling on Saturday killed two soldiers near the Preah Vihear temple. More shelling on Sunday damaged "
     "part of the temple."), "damaged"),
])
def test_landmark_named_back(nlp: Any, text: str, word: str) -> None:
    place = _place_of(nlp, text, word)
    assert place is not None and place.name == "Preah Vihear temple"
    assert "attach:landmark-named-back" in place.reasons


def test_town_before_a_premises_noun_is_the_place(nlp: Any) -> None:
    text = "Police raided the Tunis bureau of Al Jazeera television on Monday, the Qatar-based channel said."
    place = _place_of(nlp, text, "raided")
    assert place is not None and (place.name, place.country) == ("Tunis", "TUN")


def test_a_name_listed_with_people_is_no_place(nlp: Any) -> None:
    text = ("Pashinyan was detained on Sunday along with two other opposition lawmakers, Ararat Mirzoyan and Sasun "
            "Mikaelyan, after a meeting with Sargsyan.")
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    assert not any("Mikaelyan" in s.text for s in doc.spans["places"])


def test_a_name_after_near_read_as_a_product_is_a_place(nlp: Any) -> None:
    text = "Somali forces said the U.S. military carried out an air strike near Bulobarde on Sunday."
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    assert any(s.text == "Bulobarde" for s in doc.spans["places"])


def test_fusion_takes_no_town_spelled_like_one_abroad() -> None:
    guessed = Place(name="Guatemala City", country="GTM", precision="city", reasons=("attach:document-focus",))
    alike = Place(name="Matamoros detention centre", country="MEX", precision="point",
                  reasons=("gazetteer:spelled-alike", "attach:clause"))
    assert fused_place(guessed, alike) == (guessed, "kept")


def test_capital_addressed_by_a_warning_is_no_place(nlp: Any) -> None:
    text = "President Lee warned Pyongyang of enormous retaliation on Wednesday."
    place = _place_of(nlp, text, "warned")
    # the government it names is a party: its capital is the place only as the last resort
    assert place is None or place.name != "Pyongyang" or place.reasons[-1] == "attach:party"


def test_unknown_place_takes_the_country_of_the_demonym_governing_it(nlp: Any) -> None:
    text = ("South Korean marines returned fire, firing 80 rounds at North Korean gun positions around Kaemori on "
            "Tuesday, officials in Incheon said.")
    place = _place_of(nlp, text, "returned")
    assert place is not None and (place.name, place.country) == ("Kaemori", "PRK")


def test_deed_placed_nowhere_is_in_the_country_of_the_documents_places(nlp: Any) -> None:
    text = ("Clashes in Tripoli killed ten people. Fighting spread across Tripoli and Beirut, and Lebanon's army "
            "deployed in Tripoli.\n\nOn Saturday gunmen were arrested.")
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    trigger = next(t for t in doc if t.text == "arrested")
    gunmen = Actor(name="gunmen", country="SYR", kind="agent")  # a country borrowed from the context
    place = place_for_event(doc, trigger, triggers=[trigger], actors=[gunmen])
    assert place is not None and place.country == "LBN"
    assert place.reasons[-1] in ("attach:document-country", "attach:document-focus")  # refined to its town


def test_decision_is_placed_where_it_was_announced(nlp: Any) -> None:
    text = ("The Council announced the decision after an emergency meeting in Addis Ababa, saying Sudan's "
            "participation in all its activities was suspended with immediate effect.")
    place = _place_of(nlp, text, "suspended")
    assert place is not None and place.name == "Addis Ababa"


def test_settlement_country_named_at_another_mention(nlp: Any) -> None:
    text = ("He ordered reinforcements to Yeonpyeong and the four other South Korean islands on Wednesday. "
            "Rescuers found two bodies on Yeonpyeong island after North Korea's attack.")
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    from polemos.nlp.places.scene import named_country

    spans = [s for s in doc.spans["places"] if s.text.startswith("Yeonpyeong")]
    assert spans and all(named_country(s, load_gazetteer()) == "KOR" for s in spans)


def test_geocode_a_national_capital_is_never_off_context() -> None:
    answer = _answer("population:700000", "context:country:0.05", fcode="PPLC")
    assert off_context(answer, DocumentContext(countries={"LKA": 5.0, "TUR": 0.2})) is False
