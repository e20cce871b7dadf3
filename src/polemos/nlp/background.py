"""Events told only as the setting or cause of the reported one ("after two days of fighting", "during
protests", "in retaliation for the killing of X"), and nominal triggers that are no events at all.

PLOVER codes the reported event. A nominal event reached from the reported clause through a background
preposition is an earlier or surrounding event: it is dropped unless the text tells something new about it
(a clause of its own: "a gas attack that killed dozens"). A background *clause* with its own verb ("after the
president declared a state of emergency") is a reported event and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from polemos.nlp.triggers import Lexicon, is_verb, lemma

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


__all__ = ["background_marker", "is_setting_only", "not_an_event", "tells_more"]
