"""Actors of an event: argument head tokens mapped to `Actor` records.

The actor mention covering a head wins; people and group nouns go to the actors module's resolver;
military sites stand for their country's armed forces; protests stand for their crowd; fighting with no
sides named takes the coordinated pair of actors nearby.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from polemos.models import Actor
from polemos.nlp.reciprocal import both_ways, paired_actors
from polemos.nlp.roles import actorish, np_span, resolve_pronoun
from polemos.nlp.triggers import Lexicon, lemma


def paragraph_sents(sent: Span, *, after: bool = False) -> list[Span]:
    """This sentence and the one before it (and after it), when no blank line separates them."""
    doc = sent.doc
    out = [sent]
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        if not _blank_line_between(prev, sent) and prev.text.strip():
            out.insert(0, prev)
    if after and sent.end < len(doc):
        nxt = doc[sent.end].sent
        if not _blank_line_between(sent, nxt) and nxt.text.strip():
            out.append(nxt)
    return out


def _blank_line_between(a: Span, b: Span) -> bool:
    words = [t for t in a if not t.is_space]
    end = words[-1].idx + len(words[-1]) if words else a.start_char
    following = [t for t in b if not t.is_space]
    gap = a.doc.text[end:following[0].idx if following else b.end_char]
    return gap.count("\n") >= 2 or "\n\n" in gap



def actor_spans(doc: Doc) -> list[Span]:
    if "actors" not in doc.spans:
        return []
    return [s for s in doc.spans["actors"] if Span.has_extension("actor") and s._.actor is not None]


def _resolver() -> Callable[..., Any] | None:
    try:
        from polemos.nlp import actors as actors_mod
    except ImportError:  # pragma: no cover - the module always exists in this package
        return None
    for name in ("resolve_span", "resolve_mention", "resolve_np", "actor_for_span"):
        fn = getattr(actors_mod, name, None)
        if callable(fn):
            return fn  # type: ignore[no-any-return]
    return None


def actors_for_heads(heads: Sequence[Token], lex: Lexicon, *, protest_ids: frozenset[int] = frozenset()) -> list[Actor]:
    """Actors for argument heads.

    The actor mention covering the head wins; a people/group head ("soldiers", "affiliate") goes to the
    actors module's resolver, else becomes a generic actor named by its phrase; any other head ("the US
    Capitol", "chemical weapons facilities") stands for the actor mentioned inside its phrase.
    """
    out: list[Actor] = []
    seen: set[str] = set()
    actor_heads = lex.word_set("actor_heads")
    instruments = lex.word_set("instruments")
    sites = lex.word_set("military_sites")
    for head in heads:
        if head.pos_ == "PRON":
            ante = resolve_pronoun(head)
            if ante is None:
                continue
            head = ante
        if head.i in protest_ids:
            # "the protests were attacked": the protesters were
            crowd = generic_protesters(head)
            if crowd.key() not in seen:
                seen.add(crowd.key())
                out.append(crowd)
            continue
        np = np_span(head)
        spans = actor_spans(np.doc)
        covering = [s for s in spans if s.start <= head.i < s.end]
        inside = [s for s in spans if s.start >= np.start and s.end <= np.end]
        found: list[Actor] = [span_actor(s) for s in covering]
        if not found and actorish(head, actor_heads) and lemma(head) not in instruments:
            actor = _resolve(np)
            if actor is None or (actor.start is not None and actor.end is not None
                                 and not actor.start <= head.idx < actor.end):
                # the resolver found only a modifier ("the Islamic State's Afghan affiliate"): keep the phrase
                country = actor.country if actor is not None else None
                actor = Actor(name=np.text, country=country, start=np.start_char, end=np.end_char)
            found = [actor]
        if not found and inside:
            found = [span_actor(inside[0])]
        if not found:
            actor = _resolve(np)
            if actor is None and any(t.ent_type_ in ("NORP", "GPE") for t in np if t.i != head.i):
                actor = Actor(name=np.text, start=np.start_char, end=np.end_char)  # "Iranian targets"
            if actor is not None and not (actor.country or actor.sector):
                actor = None  # "seized power", "the measures": no actor
            found = [actor] if actor is not None else []
        if lemma(head) in sites or head.lower_ in sites:
            found = _site_owner(np, found)
        for actor in found:
            if actor.key() not in seen:
                seen.add(actor.key())
                out.append(actor)
    return out


def _site_owner(np: Span, found: list[Actor]) -> list[Actor]:
    """A military site stands for the armed forces of the country that modifies it ("a Syrian air base")."""
    country = next((a.country for a in found if a.country), None)
    if country is None:
        for t in np:
            if t.ent_type_ in ("GPE", "NORP") and t.i != np.root.i:
                actor = _resolve(np.doc[t.i:t.i + 1])
                country = actor.country if actor is not None else _country_named(t.text)
                if country:
                    break
    if country is None:
        return found
    return [Actor(name=np.text, country=country, sector="MIL", start=np.start_char, end=np.end_char)]


def _country_named(text: str) -> str | None:
    """The country a state name or abbreviation names ("US"), from the knowledge base."""
    from polemos.kb import KnowledgeBase

    entry = KnowledgeBase.load().by_alias(text)
    return entry.country if entry is not None and entry.kind == "state" else None


def span_actor(span: Span) -> Actor:
    return replace(span._.actor, start=span.start_char, end=span.end_char)


def _resolve(np: Span) -> Actor | None:
    fn = _resolver()
    if fn is None:
        return None
    actor = fn(np)
    return actor if isinstance(actor, Actor) else None


def counterpart(actor: Actor, source: list[Actor]) -> bool:
    """Whom a visit can consult: a person, an organisation, or a state or body of another country."""
    if actor.kind == "person" or actor.sector in ("IGO", "NGO"):
        return True
    if not actor.country:
        return False
    return all(actor.country != s.country for s in source)


def parties_nearby(token: Token, lex: Lexicon) -> tuple[list[Actor], list[Actor]]:
    """Fighting that names no sides: the coordinated pair of this sentence, else of the next or previous one."""
    spans = actor_spans(token.doc)
    sents = paragraph_sents(token.sent, after=True)
    order = [token.sent] + [s for s in sents[::-1] if s != token.sent]
    for sent in order:
        pair = paired_actors(sent, spans)
        if pair:
            return both_ways([span_actor(s) for s in pair])
    return [], []


def generic_protesters(token: Token) -> Actor:
    """PLOVER codes protests by their participants; with none named, they are protesters."""
    return Actor(name="protesters", sector="CVL", kind="agent")


__all__ = ["actor_spans", "actors_for_heads", "counterpart", "generic_protesters", "paragraph_sents",
           "parties_nearby", "span_actor"]
