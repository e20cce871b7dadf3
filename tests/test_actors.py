"""Tests for the polemos_actors component: KB matches, composition, context country, dates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from polemos.knowledge.kb import KnowledgeBase
from polemos.models import Actor
from polemos.nlp.actors.entities import looks_like_name
from polemos.nlp.actors.matcher import context_country, pluralise
from polemos.nlp.actors.recognizer import ActorRecognizer, resolve_span
from polemos.nlp.pipe import make_docs
from polemos.nlp.resources import default_resources

KB_DIR = Path(__file__).resolve().parent.parent / "src" / "polemos" / "data" / "kb"

PEOPLE = [
    {"id": "person:trump-t", "name": "Donald Trump", "aliases": ["Trump"], "kind": "person", "country": "USA",
     "sector": "GOV", "positions": [{"org": "USA", "title": "President", "office": "head_of_state",
                                     "from": "2017-01-20", "to": "2021-01-20"}]},
    {"id": "person:biden-t", "name": "Joe Biden", "aliases": ["Biden"], "kind": "person", "country": "USA",
     "sector": "GOV", "positions": [{"org": "USA", "title": "President", "office": "head_of_state",
                                     "from": "2021-01-20", "to": "2025-01-20"}]},
    {"id": "person:soleimani-t", "name": "Qassem Soleimani", "aliases": ["Soleimani", "Suleimani"],
     "kind": "person", "country": "IRN", "sector": "MIL"},
    {"id": "person:khamenei-t", "name": "Ali Khamenei", "aliases": ["Khamenei"], "kind": "person",
     "country": "IRN", "sector": "GOV", "positions": [{"org": "IRN", "title": "Supreme Leader",
                                                       "office": "supreme_leader", "from": "1989-06-04"}]},
    {"id": "person:zakharchenko-t", "name": "Alexander Zakharchenko", "aliases": ["Zakharchenko", "Oleksandr Zakharchenko"],
     "kind": "person", "country": "UKR", "sector": "REB"},
    {"id": "person:putin-t", "name": "Vladimir Putin", "aliases": ["Putin"], "kind": "person", "country": "RUS",
     "sector": "GOV"},
    {"id": "group:houthis-t", "name": "Houthis", "aliases": ["Houthi", "Houthi movement", "Ansar Allah"],
     "kind": "armed_group", "country": "YEM", "sector": "REB"},
    {"id": "group:sdf-t", "name": "Syrian Democratic Forces", "aliases": ["SDF"], "kind": "armed_group",
     "country": "SYR", "sector": "REB"},
]


@pytest.fixture(scope="module")
def recognizer(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> ActorRecognizer:
    path = tmp_path_factory.mktemp("kb") / "people.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in PEOPLE), encoding="utf-8")
    # The shipped leaders and groups are left out so these cases test composition, not that data.
    core = [KB_DIR / name for name in ("agents.jsonl", "countries.jsonl", "state_bodies.jsonl")]
    return ActorRecognizer(nlp, replace(default_resources(), kb=KnowledgeBase.load([*core, path], defaults=False)))


def run(nlp: Language, recognizer: ActorRecognizer, text: str, pub: date | None = None) -> Doc:
    doc = nlp(next(make_docs(nlp, [(text, pub)])))
    return recognizer(doc)


def actor_for(doc: Doc, text: str) -> Actor:
    spans = sorted(doc.spans["actors"], key=lambda s: s.text != text)  # exact first, else one containing it
    for span in spans:
        if text in span.text:
            return span._.actor  # type: ignore[no-any-return]
    raise AssertionError(f"no actor span {text!r} in {[s.text for s in doc.spans['actors']]}")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "country", "sector", "ident"), [
    ("Iraqi security forces opened fire on protesters.", "Iraqi security forces", "IRQ", "COP", "IRQ.COP"),
    ("Myanmar's security forces killed at least 114 people.", "Myanmar's security forces", "MMR", "COP", "MMR.COP"),
    ("Chilean soldiers patrolled the streets.", "Chilean soldiers", "CHL", "MIL", "CHL.MIL"),
    ("Britain bombed Syrian government chemical weapons facilities.", "Syrian government", "SYR", "GOV", "SYR.GOV"),
    ("The protests were attacked by Suleimani's forces.", "Suleimani's forces", "IRN", "MIL", "IRN.MIL"),
    ("Drones were launched by Yemen's Houthi rebels.", "Yemen's Houthi rebels", "YEM", "REB", "group:houthis-t"),
    ("The Kurdish-led Syrian Democratic Forces reached a deal.", "Syrian Democratic Forces", "SYR", "REB",
     "group:sdf-t"),
    ("Supporters of President Donald Trump stormed the Capitol.", "Supporters of President Donald Trump", "USA",
     "CVL", None),
    ("Saudi-led coalition forces began an assault.", "Saudi-led coalition forces", "SAU", "MIL", "SAU.COALITION"),
    ("The Iranian regime denied it.", "Iranian regime", "IRN", "GOV", "IRN.GOV"),
    ("Washington imposed sanctions on Tehran.", "Washington", "USA", "GOV", "USA.GOV"),
    ("Fighting between Sudan's army and the RSF raged.", "Sudan's army", "SDN", "MIL", "SDN.MIL"),
    ("At least 170 Afghans and 13 US service members were killed.", "US service members", "USA", "MIL", "USA.MIL"),
    ("At least 170 Afghans and 13 US service members were killed.", "Afghans", "AFG", "CVL", None),
    ("The IRGC fired missiles.", "IRGC", "IRN", "MIL", "IRN.IRGC"),
])
def test_actors_composition(nlp: Language, recognizer: ActorRecognizer, text: str, mention: str, country: str,
                            sector: str, ident: str | None) -> None:
    actor = actor_for(run(nlp, recognizer, text), mention)
    assert (actor.country, actor.sector, actor.actor_id) == (country, sector, ident)


@pytest.mark.slow
def test_actors_offsets_point_into_text(nlp: Language, recognizer: ActorRecognizer) -> None:
    text = "Russian forces launched an invasion of Ukraine."
    doc = run(nlp, recognizer, text)
    actor = actor_for(doc, "Russian forces")
    assert text[actor.start:actor.end] == "Russian forces" and actor.name == "Russian forces"  # type: ignore[misc]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Chilean soldiers patrolled Santiago. At least 11 people died and police detained 1,400.", "police",
     "CHL", "COP"),
    ("Iranian state television said the morality police detained her. Protesters gathered.", "Protesters",
     "IRN", "OPP"),
    (("Ethiopian Prime Minister Abiy Ahmed ordered an offensive against the ruling party of the northern "
     "Tigray region."), "ruling party of the northern Tigray region", "ETH", "PTY"),
])
def test_actors_bare_agent_takes_context_country(nlp: Language, recognizer: ActorRecognizer, text: str,
                                                 mention: str, country: str, sector: str) -> None:
    actor = actor_for(run(nlp, recognizer, text), mention)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("Chilean troops deployed after President Sebastian Pinera declared an emergency.",
     "President Sebastian Pinera", "Sebastian Pinera", "CHL"),
    ("Ethiopian Prime Minister Abiy Ahmed ordered an offensive.", "Ethiopian Prime Minister Abiy Ahmed",
     "Abiy Ahmed", "ETH"),
    ("Ukraine's president, Volodymyr Zelensky, said 137 people died.", "Ukraine's president, Volodymyr Zelensky",
     "Volodymyr Zelensky", "UKR"),
])
def test_actors_title_and_name_is_person(nlp: Language, recognizer: ActorRecognizer, text: str, mention: str,
                                         name: str, country: str) -> None:
    actor = actor_for(run(nlp, recognizer, text), mention)
    assert (actor.name, actor.country, actor.kind, actor.sector) == (name, country, "person", "GOV")


@pytest.mark.slow
@pytest.mark.parametrize(("pub", "ident"), [(date(2019, 5, 1), "person:trump-t"), (date(2022, 5, 1), "person:biden-t")])
def test_actors_office_holder_by_pub_date(nlp: Language, recognizer: ActorRecognizer, pub: date, ident: str) -> None:
    doc = run(nlp, recognizer, "The US president threatened Iran.", pub)
    assert actor_for(doc, "US president").actor_id == ident


@pytest.mark.slow
def test_actors_supreme_leader(nlp: Language, recognizer: ActorRecognizer) -> None:
    doc = run(nlp, recognizer, "Iran's supreme leader vowed revenge.", date(2020, 1, 4))
    assert actor_for(doc, "Iran's supreme leader").actor_id == "person:khamenei-t"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), [
    ("The attack happened in Iraq on Friday.", "Iraq"),
    ("Thousands of anti-government protesters marched.", "government"),
    ("Rebels shelled a police station.", "police"),
    ("Turkey is served at Thanksgiving; he played his trump card.", "trump"),
    ("Chilean soldiers patrolled the streets of Santiago.", "Santiago"),
    ("Opposition to the war grew in Chile.", "Opposition"),
    ("Solidarity with the progressive and revolutionary forces in the region.", "forces"),
    ("Chile joined forces with Peru.", "forces"),
    ("Police cleared Lafayette Square in Washington.", "Lafayette Square"),
    ("Thousands protested against strict COVID-19 lockdowns in Shanghai.", "COVID-19"),
    ("The Saudi-led coalition carried out air strikes on the Yemeni capital Sanaa.", "Yemeni"),
    ("The Saudi-led coalition carried out air strikes on the Yemeni capital Sanaa.", "Sanaa"),
    ("Troops massed on the Iraq border.", "Iraq"),
])
def test_actors_not_actors(nlp: Language, recognizer: ActorRecognizer, text: str, absent: str) -> None:
    doc = run(nlp, recognizer, text)
    assert absent not in [s.text for s in doc.spans["actors"]]


@pytest.mark.slow
def test_actors_context_country(nlp: Language) -> None:
    doc = nlp("Iraqi protesters marched in Baghdad. Police in the Iraqi capital fired tear gas. Iran said nothing.")
    assert context_country(doc) == "IRQ"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "start", "end", "country", "sector"), [
    ("Police fired at Chilean students in Santiago.", 3, 5, "CHL", "EDU"),
    ("Chilean police fired at the crowd.", 4, 6, "CHL", "OPP"),
])
def test_actors_resolve_span(nlp: Language, text: str, start: int, end: int, country: str, sector: str) -> None:
    doc = nlp(text)
    actor = resolve_span(doc[start:end])
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "name", "country", "sector"), [
    ("Iran launched missiles at US bases in Iraq.", "US bases", "US bases", "USA", "MIL"),
    ("Iran shot down a US military drone over the Gulf.", "a US military drone", None, "USA", "MIL"),
    ("Rebels shelled a Syrian air base near Homs.", "a Syrian air base", "Syrian air base", "SYR", "MIL"),
    ("The Syrian army and its allies attacked the town.", "its allies", "allies of Syrian army", "SYR", "MIL"),
    ("The armed groups accused the army of Mali and its Russian allies of attacks.", "its Russian allies",
     "Russian allies of army of Mali", "RUS", "MIL"),
])
def test_actors_resolve_span_owner_of_phrase(nlp: Language, text: str, phrase: str, name: str | None,
                                             country: str, sector: str) -> None:
    doc = nlp(text)
    span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
    assert span is not None
    actor = resolve_span(span)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)
    assert name is None or actor.name == name


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase"), [
    ("Its allies were silent.", "Its allies"),  # nobody before it owns the allies
    ("Thousands protested against strict COVID-19 lockdowns.", "strict COVID-19 lockdowns"),
    ("A US think tank published a report.", "A US think tank"),
])
def test_actors_resolve_span_none(nlp: Language, text: str, phrase: str) -> None:
    doc = nlp(text)
    span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
    assert span is not None
    actor = resolve_span(span)
    assert actor is None or (actor.country, actor.sector) != ("USA", "MIL")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("Security forces in Myanmar arrested journalists.", "Security forces in Myanmar", "Security forces", "MMR"),
    ("Sudanese police fired on protesters in Khartoum.", "protesters in Khartoum", "protesters", "SDN"),
    ("Iran launched missiles at US bases.", "US", "US", "USA"),  # a modifier after "at" is no place
])
def test_actors_name_leaves_out_the_place(nlp: Language, recognizer: ActorRecognizer, text: str, mention: str,
                                         name: str, country: str) -> None:
    actor = actor_for(run(nlp, recognizer, text), mention)
    assert (actor.name, actor.country) == (name, country)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mahsa Amini", True), ("Bashar al-Assad", True), ("Ursula von der Leyen", True),
    ("COVID-19", False), ("NATO", False), ("the pandemic", False),
])
def test_actors_looks_like_name(nlp: Language, text: str, expected: bool) -> None:
    assert looks_like_name(nlp.make_doc(text)[:]) is expected


@pytest.mark.parametrize(("noun", "forms"), [
    ("gunman", ["gunman", "gunmen"]), ("militia", ["militia", "militias"]), ("police", ["police"]),
    ("security force", ["security force", "security forces"]), ("party", ["party", "parties"]),
])
def test_actors_pluralise(noun: str, forms: list[str]) -> None:
    assert pluralise(noun) == forms


@pytest.mark.slow
def test_actors_component_in_pipeline(nlp: Language) -> None:
    doc = nlp("Russian forces shelled Kharkiv.")
    assert [(s.text, s._.actor.actor_id) for s in doc.spans["actors"]][:1] == [("Russian forces", "RUS.MIL")]


def test_actors_matcher_built_from_the_kb_finds_an_alias(nlp: Language) -> None:
    # how long the build takes is bench/bench_startup.py's figure, not a test's
    recognizer = ActorRecognizer(nlp, default_resources())
    doc = nlp.make_doc("The Houthis fired missiles.")
    assert not recognizer.matcher.find(nlp.make_doc("Nothing happened here."))
    assert any("Houthi" in doc[m.start:m.end].text for m in recognizer.matcher.find(doc))


@pytest.mark.slow
@pytest.mark.parametrize(("pub", "surname"), [(date(2019, 5, 1), "Trump"), (date(2022, 5, 1), "Biden")])
def test_actors_office_holder_with_shipped_kb(nlp: Language, pub: date, surname: str) -> None:
    doc = nlp(next(make_docs(nlp, [("The US president threatened Iran.", pub)])))
    actor = next(s._.actor for s in doc.spans["actors"] if "president" in s.text)
    assert actor.kind == "person" and actor.country == "USA" and surname in (actor.actor_id or "").title()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "country", "sector", "ident"), [
    ("The Trump administration imposed sanctions on Iran.", "Trump administration", "USA", "GOV", "USA.GOV"),
    ("The protests were brutally attacked by Suleimani's corps.", "Suleimani's corps", "IRN", "MIL", "IRN.MIL"),
    ("Assad thanked Moscow for its help.", "Assad", "SYR", "GOV", "person:bashar-al-assad"),
    ("Hizbullah and Hezbollah fighters crossed the border.", "Hizbullah", "LBN", "REB", "group:hezbollah"),
    ("Soleimani and Suleimani are one man.", "Soleimani", "IRN", "MIL", "person:qassem-soleimani"),
    ("The Taliban hosted al-Qaeda for years.", "al-Qaeda", "AFG", "REB", "group:al-qaeda"),
    ("U.S. border patrol agents detained Mexican immigrants.", "Mexican immigrants", "MEX", "CVL", None),
])
def test_actors_shipped_kb(nlp: Language, text: str, mention: str, country: str, sector: str,
                           ident: str | None) -> None:
    """Mentions resolved with the shipped KB (the seed's errors: names, possessors, spelling variants)."""
    doc = nlp(text)
    actor = actor_for(doc, mention)
    assert (actor.country, actor.sector, actor.actor_id) == (country, sector, ident)



@pytest.mark.parametrize(("text", "word"), [
    ("Russian forces shelled Kremenchuk on Monday, killing 18 civilians.", "Kremenchuk"),
    ("Fighters withdrew from Sanaa on Friday.", "Sanaa"),
])
def test_actors_town_read_as_person_is_no_person(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert not [s for s in doc.spans["actors"] if s.text == word and s._.actor.kind == "person"]


@pytest.mark.parametrize(("text", "noun", "country"), [
    ("Turkish drones struck a car near Qamishli, killing three fighters.", "fighters", "SYR"),
    ("Russian forces shelled Kremenchuk on Monday, killing 18 civilians.", "civilians", "UKR"),
])
def test_actors_bare_agent_takes_the_country_of_its_sentence_town(nlp: Language, text: str, noun: str,
                                                                 country: str) -> None:
    doc = nlp(text)
    (span,) = [s for s in doc.spans["actors"] if s.text.endswith(noun)]
    assert span._.actor.country == country


def _spans(doc: Doc) -> list[tuple[str, str | None]]:
    return [(s.text, s._.actor.sector) for s in doc.spans["actors"]]


@pytest.mark.parametrize(("text", "word"), [
    ("Argentina's unions staged a general strike on Monday.", "general"),
    ("Workers marched as the general election approached.", "general"),
    ("The general public was angry about the curfew.", "general"),
    ("General Motors cut thousands of jobs.", "General"),
    ("The Peshmerga general command accused Baghdad of lying.", "general"),
])
def test_actors_general_as_adjective_or_name_part_is_no_soldier(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert not [s for s in doc.spans["actors"] if word in s.text.split() and s._.actor.sector == "MIL"], \
        _spans(doc)


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("The inspector general of police ordered the arrests.", "inspector general of police", "COP"),
    ("The attorney general charged the mayor.", "attorney general", "JUD"),
    ("The Secretary-General condemned the attack.", "Secretary-General", "GOV"),
    ("Russia's General Staff said troops withdrew.", "General Staff", "MIL"),
])
def test_actors_compound_titles_with_general(nlp: Language, text: str, mention: str, sector: str) -> None:
    doc = nlp(text)
    assert actor_for(doc, mention).sector == sector, _spans(doc)


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("General Austin said the strikes would go on.", "General Austin", "MIL"),
    ("A general said the strikes would go on.", "general", "MIL"),
    ("The army's generals met the president.", "generals", "MIL"),
    ("Police officers arrested the army chief.", "Police officers", "COP"),
    ("Police officers arrested the army chief.", "army chief", "MIL"),
    ("A militia leader was killed in the attack.", "militia leader", "REB"),
    ("The rebel commander said the town had fallen.", "rebel commander", "REB"),
    ("A police spokesman said five men were held.", "police spokesman", "COP"),
])
def test_actors_agent_modifiers_kept(nlp: Language, text: str, mention: str, sector: str) -> None:
    doc = nlp(text)
    assert actor_for(doc, mention).sector == sector, _spans(doc)


def test_actors_group_noun_before_an_event_noun_is_its_doer(nlp: Language) -> None:
    doc = nlp("Two demonstrators were killed by police gunfire in Lima.")
    assert ("police", "COP") in _spans(doc)
    doc = nlp("Protesters gathered outside the police station.")
    assert not [s for s in doc.spans["actors"] if s.text == "police"]


def test_actors_title_words_before_a_known_person(nlp: Language) -> None:
    doc = nlp("Communist Party General Secretary Xi Jinping met Joe Biden.")
    spans = [s for s in doc.spans["actors"] if "Xi" in s.text]
    assert len(spans) == 1 and spans[0]._.actor.actor_id == "person:xi-jinping"


def test_actors_unknown_official_of_an_igo_keeps_its_sector(nlp: Language) -> None:
    doc = nlp("Arab League Secretary-General Chedli Klibi urged the European Community to act.")
    actor = actor_for(doc, "Chedli Klibi")
    assert (actor.sector, actor.country) == ("IGO", None)


@pytest.mark.parametrize("text", [
    "Gunmen abducted 300 schoolgirls from a school in Jangebe, in Nigeria's Zamfara state, on Friday.",
    "Troops shelled Adigrat in the Tigray region on Friday.",
])
def test_actors_name_before_a_province_is_a_place(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [s for s in doc.spans["actors"] if s._.actor.kind == "person"], _spans(doc)


def test_actors_bare_agent_ignores_a_town_of_another_clause(nlp: Language) -> None:
    doc = nlp("Ethiopia's government and Tigrayan forces agreed to a truce after talks in Pretoria, ending a war "
              "that has killed hundreds of thousands of people.")
    (span,) = [s for s in doc.spans["actors"] if s.text == "people"]
    assert span._.actor.country == "ETH"


def test_actors_person_located_in_a_province_stays_a_person(nlp: Language) -> None:
    doc = nlp("Gunmen killed Musa in the Zamfara region on Friday.")
    assert [s.text for s in doc.spans["actors"] if s._.actor.kind == "person"] == ["Musa"]


def _actor_spans(doc: Doc) -> list[tuple[str, str | None]]:
    return [(s.text, s._.actor.actor_id) for s in sorted(doc.spans["actors"], key=lambda s: s.start)]


@pytest.mark.slow
def test_actors_unknown_namesake_of_kb_person_is_one_actor(nlp: Language, recognizer: ActorRecognizer) -> None:
    doc = run(nlp, recognizer, "Interior Minister Vitaly Zakharchenko apologised for the violence on Saturday. "
                               "Zakharchenko denied that officers had used excessive force.")
    spans = _actor_spans(doc)
    assert ("Interior Minister Vitaly Zakharchenko", None) in spans
    assert not any(ident == "person:zakharchenko-t" for _, ident in spans), spans
    doc = run(nlp, recognizer, "Vitaly Zakharchenko apologised for the violence on Saturday.")
    assert _actor_spans(doc) == [("Vitaly Zakharchenko", None)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention"), [
    ("President Vladimir Putin met the envoy in Moscow.", "President Vladimir Putin"),
    ("Russian President Vladimir V. Putin met the envoy in Moscow.", "Russian President Vladimir V. Putin"),
    ("Putin met the envoy in Moscow.", "Putin"),
    ("Oleksandr Zakharchenko led the attack.", "Oleksandr Zakharchenko"),
    ("Aleksandr Zakharchenko led the attack.", "Zakharchenko"),
])
def test_actors_kb_person_by_full_name_or_surname(nlp: Language, recognizer: ActorRecognizer, text: str,
                                                  mention: str) -> None:
    spans = [s for s in _actor_spans(run(nlp, recognizer, text)) if s[1] is not None and s[1].startswith("person")]
    assert [s[0] for s in spans] == [mention]
