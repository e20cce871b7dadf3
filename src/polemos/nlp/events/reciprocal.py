"""Reciprocal events: each party is the other's target.

"Armenia and Azerbaijan accused each other", "fighting between the army and the RSF", "Israel and Hamas
agreed to a ceasefire", and fighting that names no parties while the paragraph names a pair ("Heavy
fighting broke out ... Armenia and Azerbaijan accused each other of shelling"). The parties go on both
sides: source [A, B], target [B, A], so the event reads the same whichever side a reader takes as source.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from polemos.lang.en.words import RECIPROCAL_WORDS
from polemos.models import Actor
from polemos.nlp.triggers import expand_conj, lemma
from polemos.ontology.lexicon import Lexicon


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


def coordinated_heads(heads: Sequence[Token], actor_spans: Sequence[Span]) -> list[Token]:
    """Subjects the parser folded into one noun phrase ("US President Donald Trump and North Korean leader Kim
    Jong Un met", parsed with Kim as the head and the rest as modifiers): with an "and" inside the phrase, the
    people it names, each as a head; other heads unchanged."""
    out: list[Token] = []
    for head in heads:
        if head.pos_ != "PROPN":  # tested first: a verb's subtree may be its whole sentence
            out.append(head)
            continue
        left = [t for t in head.subtree if t.i < head.i]
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
            out.append(head)
            continue
        lo, hi = min(t.i for t in left), head.i + 1
        people = [s for s in actor_spans if lo <= s.start and s.end <= hi and s._.actor.kind == "person"]
        out.extend([s.root for s in people] if len(people) >= 2 else [head])
    return out


