"""Actors of an event: argument head tokens mapped to `Actor` records.

The actor mention covering a head wins; people and group nouns go to the actors module's resolver;
military sites stand for their country's armed forces; protests stand for their crowd; fighting with no
sides named takes the coordinated pair of actors nearby.
"""

from __future__ import annotations

import weakref
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
    """Two or more line breaks between the last word of ``a`` and the first word of ``b``."""
    doc = a.doc
    last = next((t for t in reversed(a) if not t.is_space), None)
    first = next((t for t in b if not t.is_space), None)
    lo = last.i if last is not None else a.start - 1
    hi = first.i if first is not None else b.end
    # built from the tokens' own white space: `doc.text` would rebuild the whole text on every call
    gap = (doc[lo].whitespace_ if lo >= 0 else "") + "".join(t.text_with_ws for t in doc[lo + 1:hi])
    return gap.count("\n") >= 2


# The actor spans of the latest doc asked about: events ask for them once per argument head.
_spans_memo: list[Any] = [None, None, -1, []]


def actor_spans(doc: Doc) -> list[Span]:
    """The actor mentions of the doc that carry an `Actor` (memoised for the latest doc)."""
    if "actors" not in doc.spans or not Span.has_extension("actor"):
        return []
    group = doc.spans["actors"]
    ref, cached_group, size, spans = _spans_memo
    if ref is not None and ref() is doc and cached_group is group and size == len(group):
        return list(spans)
    spans = [s for s in group if s._.actor is not None]
    _spans_memo[:] = [weakref.ref(doc), group, len(group), spans]
    return list(spans)


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
    sites = lex.word_set("military_sites") | lex.word_set("military_things")
    property_ = lex.word_set("state_property")
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
        elif _phrase_in(head, property_):
            found = _site_owner(np, found, sector="GOV", fallback=context_country_of(head.doc))
        for actor in found:
            if actor.key() not in seen:
                seen.add(actor.key())
                out.append(actor)
    return out


def _phrase_in(head: Token, words: frozenset[str]) -> bool:
    """The head's lemma, or a modifier and the head ("presidential palace"), is one of ``words``."""
    if lemma(head) in words:
        return True
    return any(f"{c.lower_} {lemma(head)}" in words for c in head.lefts if c.dep_ in ("amod", "compound"))


def _site_owner(np: Span, found: list[Actor], *, sector: str = "MIL", fallback: str | None = None) -> list[Actor]:
    """A military site or piece of hardware stands for the armed forces of the country that modifies it ("a
    Syrian air base", "a US military drone"); state property for its government ("the presidential palace", with
    ``fallback``: the country of the text)."""
    country = next((a.country for a in found if a.country), None)
    if country is None:
        for t in np:
            if t.ent_type_ in ("GPE", "NORP") and t.i != np.root.i:
                actor = _resolve(np.doc[t.i:t.i + 1])
                country = actor.country if actor is not None else _country_named(t.text)
                if country:
                    break
    country = country or fallback
    if country is None:
        return found
    return [Actor(name=np.text, country=country, sector=sector, start=np.start_char, end=np.end_char)]


_country_memo: list[Any] = [None, None]


def context_country_of(doc: Doc) -> str | None:
    """The country the doc is about (the actors module's `context_country`), computed once per doc."""
    ref, country = _country_memo
    if ref is not None and ref() is doc:
        return country  # type: ignore[no-any-return]
    from polemos.nlp.actors import context_country

    country = context_country(doc)
    _country_memo[:] = [weakref.ref(doc), country]
    return country


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
    """PLOVER codes protests by their participants; with none named, they are protesters of the country the
    text is about."""
    return Actor(name="protesters", country=context_country_of(token.doc), sector="CVL", kind="agent")


def implied_authority(token: Token, type_: str, mode: str | None, lex: Lexicon) -> Actor | None:
    """Who did an act of repression that names no agent ("thousands were detained", "a curfew was imposed"): the
    authorities of the country the text is about, sector by trigger lemma, else mode (plover.yaml
    `implied_state_source`); None for types that imply no one."""
    table = (lex.tables.get("implied_state_source") or {}).get(type_)
    if not table:
        return None
    sector = table.get(lemma(token)) or (table.get(mode) if mode else None) or table.get("default")
    return Actor(name="authorities", country=context_country_of(token.doc), sector=str(sector) if sector else None,
                 kind="agent")


__all__ = ["actor_spans", "actors_for_heads", "context_country_of", "counterpart", "generic_protesters",
           "implied_authority", "paragraph_sents", "parties_nearby", "span_actor"]
