"""Reciprocal events: each party is the other's target.

"Armenia and Azerbaijan accused each other", "fighting between the army and the RSF", "Israel and Hamas
agreed to a ceasefire", and fighting that names no parties while the paragraph names a pair ("Heavy
fighting broke out ... Armenia and Azerbaijan accused each other of shelling"). The parties go on both
sides: source [A, B], target [B, A], so the event reads the same whichever side a reader takes as source.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from polemos.models import Actor
from polemos.nlp.triggers import Lexicon, expand_conj, lemma

RECIPROCAL_WORDS = frozenset({"each other", "one another"})


def is_reciprocal_pronoun(token: Token) -> bool:
    """Either word of "each other" / "one another" (the parser heads the pair on one or the other)."""
    doc = token.doc
    before = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
    after = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else ""
    return before in RECIPROCAL_WORDS or after in RECIPROCAL_WORDS


def has_reciprocal_object(trigger: Token) -> bool:
    """The trigger's object (or the object of its preposition) is "each other"/"one another"."""
    for c in trigger.children:
        if c.dep_ in ("dobj", "dative", "pobj") and is_reciprocal_pronoun(c):
            return True
        if c.dep_ == "prep" and any(is_reciprocal_pronoun(p) for p in c.children if p.dep_ == "pobj"):
            return True
    return False


def both_ways(parties: Sequence[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Source and target lists for a reciprocal event between the parties (two or more)."""
    src = list(parties)
    return src, src[1:] + src[:1]


def mutual_noun(token: Token, lex: Lexicon) -> bool:
    """An event noun that needs two sides ("fighting", "clashes", "hostilities")."""
    return lemma(token) in lex.word_set("mutual_nouns")


def paired_actors(sent: Span, actor_spans: Sequence[Span]) -> list[Span]:
    """Actor mentions of a sentence that are coordinated with each other ("Armenia and Azerbaijan")."""
    inside = [s for s in actor_spans if s.start >= sent.start and s.end <= sent.end]
    by_root = {s.root.i: s for s in inside}
    for s in inside:
        group = [by_root[t.i] for t in expand_conj(s.root) if t.i in by_root]
        if len(group) >= 2:
            return group
    return []


__all__ = ["both_ways", "has_reciprocal_object", "is_reciprocal_pronoun", "mutual_noun", "paired_actors"]
