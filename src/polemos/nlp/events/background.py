"""Events told only as the setting or cause of the reported one ("after two days of fighting", "during
protests", "in retaliation for the killing of X"), and nominal triggers that are no events at all.

PLOVER codes the reported event. A nominal event reached from the reported clause through a background
preposition is an earlier or surrounding event: it is dropped unless the text tells something new about it
(a clause of its own: "a gas attack that killed dozens"). A background *clause* with its own verb ("after the
president declared a state of emergency") is a reported event and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from polemos.lang.en.words import CAUSE_PREPS, CAUSE_RELATIVES
from polemos.nlp.triggers import is_verb, lemma, quantity_head
from polemos.ontology.lexicon import Lexicon

_NOUN_PATH_DEPS = frozenset({"pobj", "prep", "conj", "compound", "appos"})


# Entity types under which a trigger word is part of a date or a name ("in March", "the Rally for Culture").
_NAME_ENTS = frozenset({"DATE", "TIME", "ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})


def background_marker(token: Token, lex: Lexicon) -> Token | None:
    """The background preposition (or "in response/retaliation" noun) that a nominal trigger hangs from
    through noun phrases only, or None (no such marker, or a verb clause in between)."""
    bg_preps = lex.word_set("background_preps")
    bg_nouns = lex.word_set("background_nouns")
    t = token
    for _ in range(8):
        if t.dep_ == "prep" and t.lower_ in bg_preps:
            return t
        if t.dep_ == "pobj" and t.i != token.i and lemma(t) in bg_nouns:
            return t
        if t.head.i == t.i or t.dep_ not in _NOUN_PATH_DEPS:
            return None
        if t.i != token.i and is_verb(t) and t.dep_ != "prep":
            return None
        t = t.head
    return None


def tells_more(token: Token) -> bool:
    """The event noun carries a clause of its own ("an attack that killed dozens", "a raid carried out by X")."""
    return any(c.dep_ in ("relcl", "acl") and is_verb(c) and c.tag_ != "TO" for c in token.children)


def is_setting_only(token: Token, lex: Lexicon, *, news_preps: frozenset[str] = frozenset()) -> bool:
    """A nominal trigger that only sets the scene or names the cause of the reported event; one reached
    through a preposition of ``news_preps`` ("detained during protests") is news of its own."""
    marker = background_marker(token, lex)
    if marker is None or tells_more(token):
        return False
    return not (marker.dep_ == "prep" and marker.lower_ in news_preps)


def not_an_event(token: Token, lex: Lexicon) -> bool:
    """Nominal triggers that name no event: dates ("March"), manner phrases ("in protest of", "in
    retaliation"), and nouns that only qualify a person or thing ("protest leaders", "attack helicopters")."""
    if token.ent_type_ in _NAME_ENTS:
        return True
    if lemma(token) in lex.word_set("manner_nouns") and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children):
        return True
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        head = lemma(token.head)
        return head in lex.word_set("actor_heads") or head in lex.word_set("qualified_heads")
    return False


# "killed in a stampede", "died from the disease", "were killed after an outbreak of cholera".
_SCENE_PREPS = CAUSE_PREPS | {"from", "after"}


def causes(verb: Token) -> list[Token]:
    """What did the verb's act: its subject or agent; for a relative pronoun or a clause on a noun, the noun
    ("the earthquake that killed"); with no subject, the ``in/by/during`` object ("killed in a stampede"), else
    the subject of the clause a participle or conjunct hangs on ("a cyclone hit the coast, killing 20"), with
    the ``in`` objects on the way ("rains led to flooding, destroying homes in the north")."""
    t = verb
    scene: list[Token] = []
    for _ in range(4):
        found: list[Token] = []
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and t.i != verb.i):
                found.append(t.head if c.lower_ in CAUSE_RELATIVES and t.dep_ == "relcl" else c)
            elif c.dep_ == "agent":
                found.extend(p for p in c.children if p.dep_ == "pobj")
        scene += [p for c in t.children if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS
                  for p in c.children if p.dep_ == "pobj"]
        if found:
            return [*scene, *found]
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            return [*scene, t.head]
        if t.dep_ not in ("advcl", "conj", "xcomp") or t.head.i == t.i:
            return scene
        t = t.head
    return scene


def names_non_agent(token: Token, lex: Lexicon) -> bool:
    """The noun (or one of its conjuncts) is a natural hazard or accident (plover.yaml `non_agents`); a name
    whose title word is one ("Cyclone Larry", "the South Asia Earthquake") is one too."""
    words = lex.word_set("non_agents")
    for t in (token, *token.conjuncts):
        compound = " ".join(c.lower_ for c in t.children if c.dep_ == "compound" and c.i < t.i)
        if lemma(t) in words or t.lower_ in words or (compound and f"{compound} {lemma(t)}" in words):
            return True
        if t.pos_ == "PROPN" and any(c.dep_ in ("compound", "nmod") and c.i < t.i and c.lower_ in words
                                     for c in t.children):
            return True
    return False


def _relative_antecedents(verb: Token) -> list[Token]:
    """For a relative clause whose subject is "that"/"which", the noun just before the pronoun when the parse
    hung the clause on an earlier noun ("areas of the earthquake that killed 30,000": the earthquake)."""
    found = []
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ in ("that", "which") and c.i > 0:
            before = c.doc[c.i - 1]
            if before.pos_ in ("NOUN", "PROPN") and before.i != verb.head.i:
                found.append(before)
    return found


def caused_by_non_agent(verb: Token, lex: Lexicon) -> bool:
    """A killing or destruction done by a natural hazard or an accident ("the earthquake that killed 1,400",
    "were killed in a stampede"): no assault, nobody's act."""
    found = causes(verb)
    if verb.dep_ == "relcl":
        found = [*found, *_relative_antecedents(verb)]
    return any(names_non_agent(c, lex) for c in found)


def animal_patients(token: Token, lex: Lexicon) -> bool:
    """The one acted on is animals only ("killing animals", "rounding up chickens, ducks and geese", "hogs were
    slaughtered", "the culling of birds"; plover.yaml `animal_nouns`): no actor is harmed or held (guide §4)."""
    if lemma(token) in lex.word_set("theft_verbs"):
        return False  # stolen cattle are their owners' loss ("rustlers stole 200 cattle")
    if is_verb(token):
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs:  # "slaughtering, burning and burying 6,500 hogs": the last conjunct's object is shared
            objs = [c for v in token.conjuncts if v.i > token.i for c in v.children if c.dep_ == "dobj"][-1:]
        if not objs and token.dep_ in ("acl", "relcl") and token.tag_ == "VBN":
            objs = [token.head]  # "all cattle slaughtered in Canada"
    else:
        objs = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                for p in c.children if p.dep_ == "pobj"]
    if not objs:
        return False
    return all(_animal(quantity_head(t), lex) for o in objs for t in (o, *o.conjuncts))


def _animal(noun: Token, lex: Lexicon) -> bool:
    """Animals, or the trade in them ("movement of livestock", "poultry exports")."""
    words = lex.word_set("animal_nouns")
    if lemma(noun) in words or noun.lower_ in words:
        return True
    if lemma(noun) not in lex.word_set("animal_trade_nouns"):
        return False
    named = [c for c in noun.children if c.dep_ == "compound"]
    named += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    return any(lemma(n) in words or n.lower_ in words for n in named)


