"""Tests for source/target from syntax (argument heads and noun phrases)."""

from __future__ import annotations

import pytest
import spacy

from polemos.nlp.events.noun_roles import noun_roles, np_span, resolve_pronoun
from polemos.nlp.events.roles import envoy_host, role_words, verb_roles
from polemos.ontology.lexicon import load_lexicon

ACTOR_HEADS = load_lexicon().word_set("actor_heads") | {"camp"}

ASSAULT = {"object": "target", "preps": ["on", "against", "at", "into", "of"], "of": "target"}
AGREE = {"object": "content", "preps": ["with", "to"], "of": "content"}
COERCE = {"object": "target", "preps": ["on", "against", "at", "from", "of"], "of": "target"}
LIGHT = {"launch", "carry", "stage", "reach", "order", "impose", "begin"}


def _tok(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


def _texts(tokens) -> list[str]:  # type: ignore[no-untyped-def]
    return [np_span(t).text for t in tokens]


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Iraqi soldiers attacked the protesters.", "attacked", ["Iraqi soldiers"], ["protesters"]),
        ("The protesters were attacked by Iraqi soldiers.", "attacked", ["Iraqi soldiers"], ["protesters"]),
        ("Three journalists were shot.", "shot", [], ["Three journalists"]),
        ("Russia, Syria and Iran attacked the rebels.", "attacked", ["Russia", "Syria", "Iran"], ["rebels"]),
        ("The camp was attacked by the army and by militias.", "attacked", ["army", "militias"], ["camp"]),
        ("The camp was attacked by militias in collaboration with the police.", "attacked",
         ["militias", "police"], ["camp"]),
        ("Militias, who attacked the camp at night, fled.", "attacked", ["Militias"], ["camp"]),
        ("Suleimani's forces attacked the protesters.", "attacked", ["Suleimani's forces"], ["protesters"]),
        ("Fighting between the army and the rebels raged.", "Fighting", ["army"], ["rebels"]),
        ("Soldiers opened fire on demonstrators.", "opened", ["Soldiers"], ["demonstrators"]),
        ("Police fired tear gas at demonstrators on Monday.", "fired", ["Police"], ["demonstrators"]),
    ],
)
def test_roles_verb_constructions(nlp, text: str, word: str, source: list[str], target: list[str]) -> None:  # type: ignore[no-untyped-def]
    roles = verb_roles(_tok(nlp(text), word), COERCE if word == "fired" else ASSAULT, actor_heads=ACTOR_HEADS)
    assert _texts(roles.source) == source
    assert _texts(roles.target) == target


@pytest.mark.parametrize(
    ("text", "word", "spec", "source", "target"),
    [
        ("The drone killing of Qassem Suleimani shocked Iran.", "killing", ASSAULT, [], ["Qassem Suleimani"]),
        ("The crackdown on protesters continued.", "crackdown", COERCE, [], ["protesters"]),
        ("The storming of the embassy was condemned.", "storming", ASSAULT, [], ["embassy"]),
        ("France launched air strikes against the rebels.", "strikes", ASSAULT, ["France"], ["rebels"]),
        ("Russia's invasion of Ukraine began in February.", "invasion", ASSAULT, ["Russia"], ["Ukraine"]),
        ("Israeli air raids hit Gaza.", "raids", ASSAULT, ["Israeli"], []),
        ("The SDF reached a deal with the Syrian government.", "deal", AGREE, ["SDF"], ["Syrian government"]),
        ("An attack by the rebels killed ten.", "attack", ASSAULT, ["rebels"], []),
        ("Drone attacks claimed by the Houthis hit Abqaiq.", "attacks", ASSAULT, ["Houthis"], []),
    ],
)
def test_roles_noun_constructions(nlp, text: str, word: str, spec: dict[str, object], source: list[str],  # type: ignore[no-untyped-def]
                                  target: list[str]) -> None:
    roles = noun_roles(_tok(nlp(text), word), spec, type_="ASSAULT", light_verbs=LIGHT)
    assert _texts(roles.source) == source
    assert _texts(roles.target) == target


def test_roles_content_object_gives_its_owner_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Iran rejected Iraq's proposal for a ceasefire.")
    roles = verb_roles(_tok(doc, "rejected"), AGREE, actor_heads=ACTOR_HEADS)
    assert _texts(roles.source) == ["Iran"]
    assert _texts(roles.target) == ["Iraq"]


def test_roles_np_span_drops_clauses_and_keeps_of(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ruling party of the Tigray region, which controls the north, was attacked.")
    assert np_span(_tok(doc, "party")).text == "ruling party of the Tigray region"


def test_roles_pronoun_resolves_to_named_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Trump threatened Iran. He ordered the attack.")
    ante = resolve_pronoun(_tok(doc, "He"))
    assert ante is not None and ante.text == "Trump"


def test_roles_reporter_is_antecedent_of_they(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The rebels said they had reached a deal.")
    ante = resolve_pronoun(_tok(doc, "they"))
    assert ante is not None and ante.text == "rebels"


@pytest.mark.parametrize(
    ("text", "word", "target", "things"),
    [
        ("Iran seized a tanker in the Gulf.", "seized", [], ["tanker"]),
        ("Egypt cut diplomatic ties with Qatar.", "cut", ["Qatar"], []),
        ("Militants attacked a checkpoint near the border.", "attacked", [], ["checkpoint"]),
    ],
)
def test_roles_object_things_and_party_preps(nlp, text: str, word: str, target: list[str],  # type: ignore[no-untyped-def]
                                              things: list[str]) -> None:
    spec = {"object": "target", "preps": ["on", "against", "at", "with", "to"]}
    roles = verb_roles(_tok(nlp(text), word), spec, actor_heads=ACTOR_HEADS)
    assert _texts(roles.target) == target
    assert [t.text for t in roles.things] == things


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Kuwait recalled its ambassador to Tehran.", ["Tehran"]),
        ("Morocco recalled its envoy to Algeria on Monday.", ["Algeria"]),
        ("Kuwait recalled its ambassador.", []),
        ("Kuwait recalled its soldiers to Tehran.", []),
    ],
)
def test_roles_envoy_host_is_the_state_posted_to(nlp, text: str, host: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert [t.text for t in envoy_host(obj, frozenset({"ambassador", "envoy"}))] == host


# ---------------------------------------------------------------- whole-pipeline role cases


def _event(nlp, text: str, type_: str):  # type: ignore[no-untyped-def]
    events = [e for e in nlp(text)._.events if e.type == type_]
    assert events, f"no {type_} in {[e.type for e in nlp(text)._.events]}"
    return events[0]


def _names(actors) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name for a in actors]


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        # a goal phrase or an object in the infinitive of an intended act
        ("Germany pledged to deliver four air-defence systems to Kyiv within days.", "AGREE", "Kyiv"),
        ("Washington pledged to help Haitian authorities investigate the killing.", "AGREE", "Haitian authorities"),
        ("Erdogan threatened on Friday to open the border gates and let migrants flood into Europe.", "THREATEN",
         "Europe"),
        # whose the content object is
        ("Nicaraguan President Daniel Ortega rejected opposition demands for early elections.", "REJECT",
         "opposition"),
        # the aim on the verb when the object is a weapon; the victims of a "killing" participle
        ("Russia fired more than 80 missiles at cities across Ukraine, killing at least 19 people.", "ASSAULT",
         "people"),
        ("A suicide bomber blew himself up inside a mosque in Peshawar, killing at least 100 people.", "ASSAULT",
         "people"),
        # the object of a hostile purpose clause
        ("Georgian forces launched an offensive to retake the breakaway region of South Ossetia.", "ASSAULT",
         "South Ossetia"),
        # the possessor inside the phrase of a light verb, with a past form the tagger lemmatises wrongly
        ("Argentina's main unions staged a general strike against President Mauricio Macri's austerity policies.",
         "PROTEST", "Mauricio Macri"),
        # a town goods are sent to
        ("Australia flew tents and medical supplies to the Indonesian city of Palu.", "AID",
         "Indonesian city of Palu"),
    ],
)
def test_roles_targets_in_complements_and_phrases(nlp, text: str, type_: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert target in _names(_event(nlp, text, type_).target)


@pytest.mark.parametrize(
    ("text", "type_", "not_target"),
    [
        ("NATO said Moscow had massed more than 100,000 troops around Ukraine.", "MOBILIZE", "Ukraine"),
        ("The army deployed troops around the parliament building in Tunis.", "MOBILIZE", "parliament building"),
        ("The government imposed an indefinite curfew on the capital.", "COERCE", "capital"),
        ("Congress met to certify Joe Biden's election victory.", "CONSULT", "Joe Biden"),
        ("Britain mobilized army reservists for a possible war.", "MOBILIZE", "army"),
        ("Pakistan refused to deploy peacekeepers in Iraq.", "REJECT", "peacekeepers"),
    ],
)
def test_roles_settings_and_own_forces_are_no_targets(nlp, text: str, type_: str, not_target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in nlp(text)._.events if e.type == type_]
    assert all(not_target not in _names(e.target) for e in events)


def test_roles_adjunct_verb_takes_the_matrix_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, "The United States responded by cutting funding for the election.", "SANCTION")
    assert _names(event.source) == ["United States"]


def test_roles_envoys_recalled_from_a_state(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mali recalled its ambassadors from Ivory Coast.")
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert [t.text for t in envoy_host(obj, frozenset({"ambassador"}))] == ["Coast"]


def test_roles_participle_hung_on_a_relative_clause_takes_the_main_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, "Ecuador's President Lenin Moreno on Sunday withdrew a decree that had scrapped fuel subsidies, "
                        "meeting the main demand of indigenous groups.", "CONCEDE")
    assert "Lenin Moreno" in _names(event.source)
    assert "indigenous groups" in _names(event.target)


def test_roles_crewed_craft_stand_for_their_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, "Turkish F-16 jets shot down a Russian warplane near the Syrian border.", "ASSAULT")
    assert [(a.country, a.sector) for a in event.source] == [("TUR", "MIL")]


def test_roles_civilian_craft_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A Ukrainian passenger jet crashed near Tehran, killing all 176 people on board.")
    assert all("jet" not in a.name for e in doc._.events for a in e.source)


def test_roles_negated_actor_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A car bomb killed 20 people in Baghdad on Thursday. No group claimed responsibility.")
    assert all(a.name != "No group" for e in doc._.events for a in e.source)


@pytest.mark.parametrize(
    ("text", "type_", "sides"),
    [
        ("Heavy fighting broke out between Armenian and Azerbaijani forces on Sunday.", "ASSAULT",
         {"ARM", "AZE"}),
        ("Russia and Belarus began ten days of joint military exercises on Thursday.", "COOPERATE",
         {"RUS", "BLR"}),
        (("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held talks in "
          "Almaty, and the two sides agreed to continue negotiations."), "AGREE", {"ARM", "AZE"}),
        ("The navies of Indonesia, Malaysia and the Philippines launched joint patrols in the Sulu Sea.",
         "COOPERATE", {"IDN", "MYS", "PHL"}),
    ],
)
def test_roles_mutual_events_split_their_sides(nlp, text: str, type_: str, sides: set[str]) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, text, type_)
    assert {a.country for a in event.source} == sides
    assert {a.country for a in event.target} == sides


# ---------------------------------------------------------------- word lists, background events, sides


def test_roles_word_lists_come_from_plover_yaml() -> None:
    lex = load_lexicon()
    doc = spacy.blank("en").make_doc("")  # a doc no polemos component saw reads the packaged lists
    for name in ("casualty_verbs", "crewed_craft", "civilian_craft", "infinitive_verbs", "own_forces", "claim_nouns",
                 "conquest_verbs"):
        assert role_words(name, doc) and role_words(name, doc) == lex.word_set(name)
    assert "kill" in role_words("casualty_verbs", doc) and "retake" in role_words("conquest_verbs", doc)


MOBILIZE_LIGHT = {"deploy", "fire", "launch", "impose"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government deployed the army after clashes in the capital.", "clashes"),
        ("Police fired tear gas during protests against the election result.", "protests"),
        ("The government deployed the army after clashes and protests in the capital.", "protests"),
        ("The United States imposed sanctions over the invasion of Ukraine.", "invasion"),
    ],
)
def test_roles_light_verb_gives_no_source_to_a_background_event(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    roles = noun_roles(_tok(nlp(text), word), ASSAULT, type_="ASSAULT", light_verbs=MOBILIZE_LIGHT,
                       actor_heads=ACTOR_HEADS)
    assert roles.construction != "light-verb"
    assert not {"government", "Police", "United States"} & set(_texts(roles.source))


def test_roles_light_verb_still_gives_its_content_noun_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = noun_roles(_tok(nlp("France launched air strikes against the rebels."), "strikes"), ASSAULT,
                       type_="ASSAULT", light_verbs=MOBILIZE_LIGHT, actor_heads=ACTOR_HEADS)
    assert _texts(roles.source) == ["France"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Clashes broke out between police and students protesting against job quotas.", ["students"]),
        ("Clashes broke out between police and students who were protesting against the quotas.", ["students"]),
    ],
)
def test_roles_clause_after_between_sides_is_the_nearest_sides(nlp, text: str, source: list[str]) -> None:  # type: ignore[no-untyped-def]
    protest = {"object": "target", "preps": ["against"], "of": "source"}
    roles = verb_roles(_tok(nlp(text), "protesting"), protest, actor_heads=ACTOR_HEADS)
    assert _texts(roles.source) == source


def test_roles_coordinated_subjects_of_a_participle_elsewhere_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Workers and students protesting against the reform marched through the capital.")
    protest = {"object": "target", "preps": ["against"], "of": "source"}
    roles = verb_roles(_tok(doc, "protesting"), protest, actor_heads=ACTOR_HEADS)
    assert _texts(roles.source) == ["Workers", "students"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Interior minister Kithure Kindiki warned that anyone who joined the demonstrations would be arrested.",
         "THREATEN"),
        ("Police arrested those who joined the rally.", "COERCE"),
        ("Those who took part in the protests were detained.", "COERCE"),
    ],
)
def test_roles_people_who_join_a_protest_are_its_protesters(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, text, type_)
    assert [(a.name, a.sector) for a in event.target] == [("protesters", "CVL")]


def test_roles_people_who_join_something_else_are_not_protesters(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police arrested anyone who joined the attack.")
    assert all(a.name != "protesters" for e in doc._.events for a in e.target)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Saudi Arabia and Iran agreed to restore relations. The two regional rivals cut ties in 2016.", "SANCTION"),
        ("Armenia and Azerbaijan signed a ceasefire. Both countries accused Russia of arming rebels.", "ACCUSE"),
        ("India and Pakistan held talks. The two neighbours later accused the UN of bias.", "ACCUSE"),
    ],
)
def test_roles_the_two_rivals_are_the_pair_named_before(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    pair = {"Saudi Arabia": {"SAU", "IRN"}, "Armenia": {"ARM", "AZE"}, "India": {"IND", "PAK"}}[text.split(" and ")[0]]
    assert {a.country for a in _event(nlp, text, type_).source} == pair


def test_roles_two_countries_without_the_is_no_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    from polemos.nlp.events.participants import two_sides
    lex = load_lexicon()
    doc = nlp("Saudi Arabia and Iran agreed to restore relations. Two countries condemned the deal.")
    assert two_sides(_tok(doc, "countries"), lex.word_set("pair_nouns")) == []
    doc = nlp("Saudi Arabia and Iran agreed to restore relations. The two countries condemned the attack.")
    assert [t.text for t in two_sides(_tok(doc, "countries"), lex.word_set("pair_nouns"))] == ["Arabia", "Iran"]
    assert two_sides(_tok(doc, "countries")) == []  # "side" only without the word list
