"""Tests for toponyms and event places (nlp/places.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from polemos.knowledge.gazetteer import load_gazetteer
from polemos.models import Actor
from polemos.nlp.pipe import make_docs
from polemos.nlp.places.attach import country_place, place_for_event
from polemos.nlp.places.recognizer import context_weights, find_places, person_is_place


def parse(nlp: Any, text: str) -> Any:
    return next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))


@pytest.mark.parametrize(("text", "expected"), [
    ("A suicide bombing outside Kabul airport on Thursday killed 13 people.", ("Kabul airport", "AFG", "point")),
    ("Hong Kong's airport cancelled all departing flights.", ("Hong Kong airport", "HKG", "point")),
    ("Forces began an assault on the Yemeni port city of Hodeidah.", ("Hodeidah", "YEM", "city")),
    ("Police fired tear gas at demonstrators in Washington.", ("Washington", "USA", "city")),
    ("Supporters stormed the US Capitol on Wednesday.", ("US Capitol", "USA", "point")),
    ("Abiy ordered an offensive against the ruling party of the northern Tigray region.",
     ("Tigray region", "ETH", "admin1")),
    ("Drones set fire to oil facilities at Abqaiq on Saturday.", ("Abqaiq", "SAU", "city")),
    ("Iran and six world powers reached a deal in Vienna.", ("Vienna", "AUT", "city")),
    ("A minefield explosion near the town of Samarra killed two Iraqi youths.", ("Samarra", "IRQ", "city")),
    ("Gunships killed 46 civilians in a village in the western province of Herat.", ("Herat", "AFG", "admin1")),
])
def test_places_find_places(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    found = [(p.name, p.country, p.precision) for _, p in find_places(parse(nlp, text), load_gazetteer())]
    assert expected in found


def test_places_find_places_context_picks_city(nlp: Any) -> None:
    doc = parse(nlp, "Lebanese troops deployed in Tripoli.")
    (place,) = [p for _, p in find_places(doc, load_gazetteer()) if p.name == "Tripoli"]
    assert place.country == "LBN"


def test_places_component_sets_spans(nlp: Any) -> None:
    doc = parse(nlp, "Talks were held in Vienna.")
    (span,) = doc.spans["places"]
    place = span._.place
    assert (span.text, place.country, place.precision) == ("Vienna", "AUT", "city")
    assert place.lat is not None and abs(place.lat - 48.2) < 0.1
    assert (place.start, place.end) == (19, 25)


def test_places_country_place() -> None:
    place = country_place("IRQ", load_gazetteer())
    assert (place.name, place.country, place.precision) == ("Iraq", "IRQ", "country")


def _trigger(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "words", "expected"), [
    # "in X" in the trigger's clause beats a possessive toponym
    ("Fighting between Sudan's army and the paramilitary Rapid Support Forces raged in Khartoum for a third day.",
     ["Fighting"], [("Khartoum", "SDN")]),
    # a locative phrase beats a landmark that is the object of another verb
    ("Police fired tear gas at demonstrators in Washington on Monday evening, clearing Lafayette Square.",
     ["fired"], [("Washington", "USA")]),
    # countries acting as subjects are not the place; the demonym of the target is
    (("The United States, Britain and France launched air strikes against Syrian government facilities in "
     "response to a gas attack in Douma that killed dozens of people."), ["strikes", "attack"],
     [("Syria", "SYR"), ("Douma", "SYR")]),
    ("The wave of revolts that started on October 2nd against the Iraqi regime were brutally attacked.",
     ["revolts", "attacked"], [("Iraq", "IRQ"), ("Iraq", "IRQ")]),
    (("The popular protests that began in Iran on November 15th were attacked by Suleimani's forces, with at "
     "least 1,500 deaths and massive numbers of arrests."), ["protests", "attacked", "arrests"],
     [("Iran", "IRN"), ("Iran", "IRN"), ("Iran", "IRN")]),
    ("Myanmar's security forces killed at least 114 people on Saturday.", ["killed"], [("Myanmar", "MMR")]),
    ("A minefield explosion near the town of Samarra killed two Iraqi youths.", ["killed"], [("Samarra", "IRQ")]),
    (("Rebels exploded a series of bombs in the capital Kabul, western diplomatic sources in neighboring "
     "Pakistan said."), ["exploded"], [("Kabul", "AFG")]),
    ("The Sri Lankan army has been holding refugees as human shields.", ["holding"], [("Sri Lanka", "LKA")]),
    ("Russian forces launched a full-scale invasion of Ukraine early on Thursday.", ["invasion"],
     [("Ukraine", "UKR")]),
    # a follow-up sentence without a place keeps the lead's place
    (("Supporters of President Donald Trump stormed the US Capitol on Wednesday. Police arrested more than 50 "
     "people."), ["stormed", "arrested"], [("US Capitol", "USA"), ("US Capitol", "USA")]),
    ("Iranian state television said 26 people had been killed in a week of protests.", ["protests"],
     [("Iran", "IRN")]),
    # a town spelled otherwise than in the gazetteer, through the verb that costs the attack
    (("Russian jets carried out a chemical weapons attack that killed more than 80 civilians in Khan Sheikhoun, "
      "Syrian activists said."), ["attack", "killed"], [("Khan Sheikhoun", "SYR"), ("Khan Sheikhoun", "SYR")]),
    ("Iranian security forces opened fire on protesters in the city of Shiraz, killing four people.", ["opened"],
     [("Shiraz", "IRN")]),
    # a summit's place carries to the coordinated verb; the country called on is no place
    ("EU leaders met at a summit in Brussels on Friday and called on Russia to withdraw its troops.", ["called"],
     [("Brussels", "BEL")]),
    ("Venezuelan soldiers fired tear gas at protesters at the Colombian border on Saturday.", ["fired"],
     [("Colombian border", "COL")]),
    # the broker of a truce is not where the fighting was
    ("A ceasefire brokered by Egypt ended the fighting in the north.", ["fighting"], [None]),
    # a place in a subordinate clause is that clause's
    (("Israeli troops shot dead 58 Palestinians during protests along the Gaza border on Monday as the United "
      "States opened its new embassy in Jerusalem."), ["shot", "protests"],
     [("Gaza border", "PSE"), ("Gaza border", "PSE")]),
    # a village the gazetteer lacks takes its country from the text before it
    ("Fighting raged across Yemen on Thursday. Coalition jets bombed a school bus in Dahyan.", ["bombed"],
     [("Dahyan", "YEM")]),
    # a strait is the place, not the country that owns the target; seas and regions from places_extra.csv
    ("Iran's forces downed a US Navy reconnaissance drone over the Strait of Hormuz on Thursday.", ["downed"],
     [("Strait of Hormuz", "IRN")]),
    ("Syrian government forces pounded Eastern Ghouta with rockets.", ["pounded"], [("Eastern Ghouta", "SYR")]),
    # the demonym of what is seized or expelled is not the place; the ground a strike hits is
    ("Russia expelled 15 German diplomats on Monday.", ["expelled"], [("Russia", "RUS")]),
    ("Venezuela rejected a Colombian proposal for talks.", ["rejected"], [("Venezuela", "VEN")]),
    ("Israeli jets struck Syrian army positions overnight.", ["struck"], [("Syria", "SYR")]),
    # "<Country>'s <Name> state": the division, of that country, whether or not the gazetteer knows it
    ("Gunmen abducted 300 schoolgirls in Nigeria's northwestern Zamfara state on Friday.", ["abducted"],
     [("Zamfara state", "NGA")]),
    ("Separatist rebels in Indonesia's Papua province set fire to a plane.", ["set"], [("Papua province", "IDN")]),
    ("Gunmen killed 12 villagers in Ruritania's Xanadu province.", ["killed"], [("Ruritania", None)]),
    # "the capital" alone: the capital of the country the toponyms point to
    (("Car bombs tore through Baghdad's Sadr City district on Thursday, and the government imposed a curfew on "
      "the capital."), ["curfew"], [("Baghdad", "IRQ")]),
    ("Police fired tear gas at protesters in Kenya's capital on Tuesday.", ["fired"], [("Nairobi", "KEN")]),
    # a speech the event was made in locates it; what the speech says about other places does not
    (("Nicaraguan President Daniel Ortega on Saturday rejected opposition demands, saying in a speech in Managua "
      "that he would serve out his term."), ["rejected"], [("Managua", "NIC")]),
    ("The navies launched joint patrols in the Sulu Sea on Monday.", ["patrols"], [("Sulu Sea", None)]),
])
def test_places_place_for_event(nlp: Any, text: str, words: list[str], expected: list[tuple[str, str]]) -> None:
    doc = parse(nlp, text)
    triggers = [_trigger(doc, w) for w in words]
    got = []
    for t in triggers:
        place = place_for_event(doc, t, triggers=triggers, actors=[])
        got.append((place.name, place.country) if place else None)
    assert got == expected


def test_places_target_demonym_is_not_the_place(nlp: Any) -> None:
    doc = parse(nlp, "Iran seized a British oil tanker on Friday.")
    seized = _trigger(doc, "seized")
    actors = [Actor(name="Iran", country="IRN", kind="state", start=0, end=4)]
    place = place_for_event(doc, seized, triggers=[seized], actors=actors)
    assert place is not None and place.country == "IRN"


def test_places_attack_on_people_happens_on_their_ground(nlp: Any) -> None:
    doc = parse(nlp, "Separatist gunmen wounded three Indian soldiers.")
    wounded = _trigger(doc, "wounded")
    actors = [Actor(name="gunmen", start=11, end=17), Actor(name="Indian soldiers", country="IND", start=32, end=47)]
    place = place_for_event(doc, wounded, triggers=[wounded], actors=actors)
    assert place is not None and place.country == "IND"


def test_places_national_measure_takes_its_actors_country(nlp: Any) -> None:
    text = "Police arrested 12 protesters in Marseille on Saturday. President Macron declared a state of emergency."
    doc = parse(nlp, text)
    arrested, state = _trigger(doc, "arrested"), _trigger(doc, "state")
    macron = text.index("Macron")
    actors = [Actor(name="Macron", country="FRA", kind="person", start=macron, end=macron + 6)]
    triggers = [arrested, state]
    lyon = place_for_event(doc, arrested, triggers=triggers, actors=[])
    emergency = place_for_event(doc, state, triggers=triggers, actors=actors)
    assert lyon is not None and (lyon.name, lyon.country) == ("Marseille", "FRA")
    assert emergency is not None and (emergency.name, emergency.country, emergency.precision) == (
        "France", "FRA", "country")


def test_places_unknown_village_country_from_actors(nlp: Any) -> None:
    doc = parse(nlp, "Gunmen raided the village of Zabarmari, killing 43 farmers.")
    actors = [Actor(name="Gunmen", start=0, end=6), Actor(name="farmers", country="NGA", start=50, end=57)]
    place = place_for_event(doc, doc[1], triggers=[doc[1]], actors=actors)
    assert place is not None and (place.name, place.country, place.lat) == ("Zabarmari", "NGA", None)


@pytest.mark.parametrize(("countries", "expected"), [
    (["IRQ"], "IRQ"), (["USA", "IRN", "IRN"], "IRN"), (["USA", "IRN"], "IRN"), ([None], None),
])
def test_places_place_for_event_falls_back_to_actors(nlp: Any, countries: list[str | None],
                                                     expected: str | None) -> None:
    doc = parse(nlp, "They clashed again.")
    actors = [Actor(name=f"a{i}", country=c) for i, c in enumerate(countries)]
    place = place_for_event(doc, doc[1], triggers=[doc[1]], actors=actors)
    assert (place.country if place else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Refugees gathered at the Turkish border crossing on Sunday.", ("Turkish border crossing", "TUR")),
    ("Shells fell near the Lebanese border. Venezuelan", ("Lebanese border", "LBN")),  # a demonym last in the doc
])
def test_places_find_places_border_of_a_demonym(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    found = [(p.name, p.country) for _, p in find_places(parse(nlp, text), load_gazetteer())]
    assert found == [expected]


@pytest.mark.parametrize(("text", "name", "country"), [
    # the document's context decides between namesakes; an admin1 name counts (Imo is NG-IM)
    ("Gunmen killed five police officers in Imo on Tuesday, Nigerian officials said.", "Imo", "NGA"),
    ("Insurgents stormed Palma, killing dozens, as Mozambique's army struggled to respond.", "Palma", "MOZ"),
    ("Police in Palma arrested three men after a street fight, Spanish media reported.", "Palma", "ESP"),
    ("Israeli aircraft struck targets in Tripoli on Sunday, the Lebanese army said.", "Tripoli", "LBN"),
    ("Militias clashed in Tripoli, killing 32 people, the Libyan health ministry said.", "Tripoli", "LBY"),
    # a famous city abroad still beats a small namesake in the one country the text names
    ("US officials met in Paris on Tuesday to discuss sanctions.", "Paris", "FRA"),
    # names the model reads as a person or an organisation
    ("Russian forces shelled Kremenchuk on Monday, killing 18 civilians.", "Kremenchuk", "UKR"),
    ("Protesters gathered in the capital Sanaa on Friday.", "Sanaa", "YEM"),
    ("Gunmen shelled Homs, killing three people.", "Homs", "SYR"),
    # a transliteration without its Arabic article ("Al Qamishli")
    ("A car bomb exploded near Qamishli, killing three people.", "Qamishli", "SYR"),
])
def test_places_find_places_in_context(nlp: Any, text: str, name: str, country: str) -> None:
    found = {(p.name, p.country) for _, p in find_places(parse(nlp, text), load_gazetteer())}
    assert (name, country) in found


CONFLICT_CITIES = [
    ("Tripoli", "LBY"), ("Homs", "SYR"), ("Hama", "SYR"), ("Idlib", "SYR"), ("Aleppo", "SYR"), ("Mosul", "IRQ"),
    ("Kirkuk", "IRQ"), ("Erbil", "IRQ"), ("Basra", "IRQ"), ("Fallujah", "IRQ"), ("Marib", "YEM"), ("Aden", "YEM"),
    ("Taiz", "YEM"), ("Hodeidah", "YEM"), ("Benghazi", "LBY"), ("Misrata", "LBY"), ("Goma", "COD"),
    ("Bunia", "COD"), ("Maiduguri", "NGA"), ("Mogadishu", "SOM"), ("Kismayo", "SOM"), ("Gao", "MLI"),
    ("Timbuktu", "MLI"), ("Mopti", "MLI"), ("Kharkiv", "UKR"), ("Kherson", "UKR"), ("Bakhmut", "UKR"),
    ("Avdiivka", "UKR"), ("Mariupol", "UKR"), ("Rafah", "PSE"), ("Khan Younis", "PSE"), ("Jenin", "PSE"),
    ("Nablus", "PSE"), ("Lashkar Gah", "AFG"), ("Kandahar", "AFG"), ("Quetta", "PAK"), ("Peshawar", "PAK"),
    ("Sittwe", "MMR"), ("Myitkyina", "MMR"), ("Lashio", "MMR"), ("Qamishli", "SYR"), ("Kremenchuk", "UKR"),
]


def test_places_conflict_cities_without_context(nlp: Any) -> None:
    gaz = load_gazetteer()
    texts = [f"A bomb exploded in {city} on Monday, killing three people." for city, _ in CONFLICT_CITIES]
    docs = nlp.pipe(make_docs(nlp, [(t, None) for t in texts]))
    got = {city: {p.country for s, p in find_places(doc, gaz) if s.text == city}
           for (city, _), doc in zip(CONFLICT_CITIES, docs, strict=True)}
    assert {city: got[city] for city, want in CONFLICT_CITIES if got[city] != {want}} == {}


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the demonym of the source names who struck, the town where
    ("A Russian missile strike on a shopping centre in Kremenchuk killed at least 18 people.", "strike",
     ("Kremenchuk", "UKR")),
    ("A Saudi-led coalition air strike hit a prison in Sanaa, killing 70 people.", "strike", ("Sanaa", "YEM")),
    ("Turkish drones struck a car near Qamishli, killing three fighters.", "struck", ("Qamishli", "SYR")),
])
def test_places_demonym_of_source_is_not_the_place(nlp: Any, text: str, word: str,
                                                   expected: tuple[str, str]) -> None:
    doc = parse(nlp, text)
    trigger = _trigger(doc, word)
    place = place_for_event(doc, trigger, triggers=[trigger], actors=[])
    assert place is not None and (place.name, place.country) == expected


@pytest.mark.parametrize(("text", "name", "is_place"), [
    ("Air strikes hit targets outside Sanaa.", "Sanaa", True),
    ("Russian forces shelled Kremenchuk on Monday.", "Kremenchuk", True),
    ("Police questioned Jackson on Monday, Mr Jackson's lawyer said.", "Jackson", False),
    ("Michael Jackson arrived. Police questioned Jackson on Monday.", "Jackson", False),
])
def test_places_person_is_place(nlp: Any, text: str, name: str, is_place: bool) -> None:
    doc = parse(nlp, text)
    i = max(t.i for t in doc if t.text == name)
    assert person_is_place(doc[i:i + 1], load_gazetteer()) is is_place


def test_places_context_weights_count_demonyms_countries_and_unique_places(nlp: Any) -> None:
    doc = parse(nlp, "Nigerian troops moved from Owerri towards Chad.")
    spans = [s for s, _ in find_places(doc, load_gazetteer())]
    weights = context_weights(doc, load_gazetteer(), spans)
    assert weights.get("NGA", 0) >= 2 and weights.get("TCD", 0) >= 1 and "USA" not in weights


@pytest.mark.parametrize(("text", "names"), [
    ("Russian missiles struck the capital on Monday.", []),  # no toponym says which country's
    ("Fighting near Aleppo and Kyiv spread to the capital.", ["Aleppo", "Kyiv"]),  # two countries: unclear
    ("He was sentenced to capital punishment in Tehran.", ["Tehran"]),
    ("Prisoners rioted in East Timor's capital Dili.", ["East Timor", "Dili"]),
])
def test_places_capital_only_when_clear(nlp: Any, text: str, names: list[str]) -> None:
    assert [p.name for _, p in find_places(parse(nlp, text), load_gazetteer())] == names


def test_places_gazetteer_capital() -> None:
    gaz = load_gazetteer()
    assert (gaz.capital("IRQ").name, gaz.capital("IRQ").country) == ("Baghdad", "IRQ")  # type: ignore[union-attr]
    assert gaz.capital("XXX") is None


# ---------------------------------------------------------------- round 3: goals, doers, qualifiers, actors' names

def _place_of(nlp: Any, text: str, word: str, actor_names: Sequence[str] = ()) -> tuple[str, str | None] | None:
    """The place of the event of ``word`` (its first occurrence), with the pipeline's actors of those names."""
    doc = parse(nlp, text)
    trigger = _trigger(doc, word)
    actors = [s._.actor for s in doc.spans.get("actors", []) if s.text in actor_names]
    place = place_for_event(doc, trigger, triggers=[trigger], actors=actors)
    return (place.name, place.country) if place else None


@pytest.mark.parametrize(("text", "word", "actor_names", "expected"), [
    # aid and deployments happen where they go, though that country is a party
    ("The United Arab Emirates flew 30 tonnes of food and medicine to flood-stricken Pakistan on Tuesday.", "flew",
     ("United Arab Emirates", "Pakistan"), ("Pakistan", "PAK")),
    ("The United States sent an aircraft carrier and thousands of troops to Haiti on Thursday.", "sent",
     ("United States", "Haiti"), ("Haiti", "HTI")),
])
def test_places_goal_of_aid_and_deployment(nlp: Any, text: str, word: str, actor_names: tuple[str, ...],
                                           expected: tuple[str, str] | None) -> None:
    assert _place_of(nlp, text, word, actor_names) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the doers' nationality comes after what the paragraph or a clause of the sentence says of the scene
    ("Gunmen attacked two hotels in Mumbai on Wednesday. Indian commandos stormed the hotel on Thursday.", "stormed",
     ("Mumbai", "IND")),
    (("Sri Lankan troops killed the rebel leader on Monday as they tried to flee the last strip of land in "
      "Mullaitivu district."), "killed", ("Mullaitivu district", "LKA")),
    ("Brazilian police detained 1,500 people a day after rioters stormed the presidential palace in Brasilia.",
     "detained", ("Brasilia", "BRA")),
    # talk keeps its speaker's country
    ("Three suicide bombers attacked Istanbul's Ataturk airport on Tuesday. Turkish officials blamed the Islamic State.",
     "blamed", ("Turkey", "TUR")),
    # ... and a doer's nationality beats a stray demonym of what the event is about
    ("The Latvian court cancelled restrictions on the use of the Russian language.", "cancelled", ("Latvia", "LVA")),
    ("The Sri Lankan army has been holding refugees as human shields.", "holding", ("Sri Lanka", "LKA")),
    # a country the model reads as a person's name, after "in"
    ("French warplanes struck rebel positions in central Mali on Friday.", "struck", ("Mali", "MLI")),
    # "across the country": the country the text is about, not the city of the lead
    (("Thousands of protesters marched through central Tehran on Saturday. Authorities said 450 people had been "
      "arrested across the country."), "arrested", ("Iran", "IRN")),
    # the earlier sentence's place is the one it says the event was in, not a modifier ("A US air strike")
    ("A US air strike hit a hospital in the Afghan city of Kunduz on Saturday. The charity condemned the bombing.",
     "condemned", ("Kunduz", "AFG")),
])
def test_places_scene_before_doers_nationality(nlp: Any, text: str, word: str, expected: tuple[str, str]) -> None:
    assert _place_of(nlp, text, word) == expected


def test_places_border_noun_inside_an_actor_is_no_place(nlp: Any) -> None:
    doc = parse(nlp, "Chinese coast guard vessels fired water cannon at fishing boats near the Vietnamese coast.")
    assert [p.name for _, p in find_places(doc, load_gazetteer())] == ["Vietnamese coast"]


@pytest.mark.parametrize(("text", "name", "country"), [
    # a town the gazetteer lacks: the demonym of its settlement noun, not a country acting elsewhere
    ("North Korean artillery shelled the South Korean island of Yeonpyeong. South Korea returned fire.",
     "Yeonpyeong", "KOR"),
    (("Militants abducted dozens of girls from the town of Zangwari last month. The United States offered help, "
      "and relatives marched in Abuja."), "Zangwari", "NGA"),
])
def test_places_unknown_town_country(nlp: Any, text: str, name: str, country: str) -> None:
    doc = parse(nlp, text)
    trigger = next(t for t in doc if t.pos_ == "VERB")
    place = place_for_event(doc, trigger, triggers=[trigger], actors=[])
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(("name", "expected"), [
    ("Northern Mali", ("MLI", "region")), ("south-eastern Ukraine", ("UKR", "region")), ("North Darfur", None),
    ("Central Asia", None),  # a town Asia in the Philippines is no part of it
])
def test_places_gazetteer_resolve_qualified(name: str, expected: tuple[str, str] | None) -> None:
    entry = load_gazetteer().resolve_qualified(name)
    got = (entry.country, entry.precision) if entry is not None else None
    if name == "North Darfur":  # the extras know it under its own name: no qualifier needed
        assert load_gazetteer().resolve(name) is not None
        return
    assert got == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Fighting spread across Northern Mali on Friday.", [("Northern Mali", "MLI")]),
    ("Smugglers moved cocaine from South America to Europe.", [("South America", None)]),
    # a side of a divided country is not the region of that name
    ("President Lee vowed retaliation if the North attacked again.", []),
])
def test_places_find_places_qualifiers(nlp: Any, text: str, names: list[tuple[str, str | None]]) -> None:
    found = [(p.name, p.country) for _, p in find_places(parse(nlp, text), load_gazetteer())]
    assert [f for f in found if f[0] != "Europe"] == names
