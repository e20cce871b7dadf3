"""Tests for source/target from syntax (argument heads and noun phrases)."""

from __future__ import annotations

import pytest

from polemos.nlp.roles import envoy_host, noun_roles, np_span, resolve_pronoun, verb_roles
from polemos.nlp.triggers import load_lexicon

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
