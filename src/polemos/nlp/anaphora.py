"""Events that point back at an earlier one.

"The EU imposed new sanctions on Russia. Moscow condemned the measures": the target of the condemnation
is whoever took "the measures", the source of the event reported just before. A definite noun such as
"the measures", "the move", "the decision" or "the attack" as an event's object is resolved that way when
the event names no target of its own. "X claimed responsibility" names the source of the latest attack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from polemos.models import Actor, Event
from polemos.nlp.event_actors import actors_for_heads
from polemos.nlp.triggers import Lexicon, is_noun, is_verb, lemma

_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "its", "their", "his", "her"})
_POINTING_PREPS = frozenset({"against", "over", "to", "of", "on", "at", "about"})
_SENTENCES_BACK = 2


def pointing_object(trigger: Token, lex: Lexicon) -> Token | None:
    """The definite noun that refers back to an earlier act ("condemned the measures", "anger over the move"),
    or a bare response verb ("vowed to retaliate")."""
    nouns = lex.word_set("anaphor_nouns")
    heads: list[Token] = []
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "pobj" and is_verb(trigger)):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in _POINTING_PREPS:
            heads.extend(p for p in c.children if p.dep_ == "pobj")
    for c in trigger.children:  # "vowed to retaliate", "threatened to respond"
        if c.dep_ == "xcomp" and lemma(c) in lex.word_set("response_verbs") and not any(
                g.dep_ in ("dobj", "prep") for g in c.children):
            return c
    for h in heads:
        if not is_noun(h) or lemma(h) not in nouns:
            continue
        if any(d.dep_ in ("det", "poss") and d.lower_ in _DEFINITE for d in h.children):
            return h
    return None


def antecedent_source(event: Event, trigger: Token, earlier: Sequence[tuple[Event, Token]]) -> list[Actor]:
    """The source of the latest earlier event (in this or the two sentences before) whose source differs
    from this event's."""
    own = {a.key() for a in event.source}
    sents = list(trigger.doc.sents)
    index = next((k for k, s in enumerate(sents) if s.start <= trigger.i < s.end), 0)
    window = {s.start for s in sents[max(0, index - _SENTENCES_BACK):index + 1]}
    for other, tok in reversed(earlier):
        if tok.i >= trigger.i or tok.sent.start not in window or not other.source:
            continue
        if {a.key() for a in other.source} & own:
            continue
        return [replace(a) for a in other.source]
    return []


def resolve_pointing_targets(items: Sequence[tuple[Event, Token]], lex: Lexicon) -> None:
    """Fill the empty target of events whose object points back at an earlier act (in place)."""
    for k, (event, trigger) in enumerate(items):
        if event.target or pointing_object(trigger, lex) is None:
            continue
        event.target = antecedent_source(event, trigger, items[:k])


def claims_of_responsibility(doc: Doc, events: list[Event], lex: Lexicon) -> None:
    """'X claimed responsibility' gives the source of the latest attack that has none."""
    for tok in doc:
        if lemma(tok) != "claim" or not any(lemma(c) in ("responsibility", "credit") for c in tok.children
                                             if c.dep_ == "dobj"):
            continue
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subs:
            continue
        for event in reversed(events):
            if event.trigger is not None and event.trigger.start < tok.idx and event.type == "ASSAULT":
                if not event.source:
                    event.source = actors_for_heads(subs, lex)
                break


__all__ = ["antecedent_source", "claims_of_responsibility", "pointing_object", "resolve_pointing_targets"]
