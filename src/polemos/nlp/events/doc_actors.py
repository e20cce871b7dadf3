"""The actors of a doc as the event rules see them: its actor spans, the countries it names and the
country it is about (each computed once per doc), and resolving a noun phrase to an actor."""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from polemos.models import Actor
from polemos.nlp.actors.matcher import context_country
from polemos.nlp.actors.recognizer import resolve_span
from polemos.nlp.resources import resources_of

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


# The list of actor spans memoised above, and per token index the positions in it of the spans covering it.
_cover_memo: list[Any] = [None, {}]


def actor_cover(doc: Doc) -> tuple[list[Span], dict[int, list[int]]]:
    """`actor_spans`, and per token index the positions among them of the mentions covering it (built once per
    doc: the event rules ask for every argument head, and scanning every mention each time is quadratic)."""
    spans = actor_spans(doc)
    if not spans:
        return spans, {}
    cached = _spans_memo[3]
    if _cover_memo[0] is not cached:
        cover: dict[int, list[int]] = {}
        for p, s in enumerate(spans):
            for i in range(s.start, s.end):
                cover.setdefault(i, []).append(p)
        _cover_memo[:] = [cached, cover]
    return spans, _cover_memo[1]


def named_countries(doc: Doc) -> frozenset[str]:
    """Countries of the KB actors the doc names (memoised per doc and actor group: extension access is slow)."""
    group = doc.spans.get("actors")
    stamp = [id(group), len(group) if group is not None else 0]  # plain data: user_data must stay serialisable
    key = "polemos.named_countries"
    cached = doc.user_data.get(key)
    if cached is not None and cached[0] == stamp:
        return frozenset(cached[1])
    named = sorted({s._.actor.country for s in actor_spans(doc) if s._.actor.actor_id and s._.actor.country})
    doc.user_data[key] = [stamp, named]
    return frozenset(named)


_country_memo: list[Any] = [None, None]


def context_country_of(doc: Doc) -> str | None:
    """The country the doc is about (the actors module's `context_country`), computed once per doc."""
    ref, country = _country_memo
    if ref is not None and ref() is doc:
        return country  # type: ignore[no-any-return]

    country = context_country(doc)
    _country_memo[:] = [weakref.ref(doc), country]
    return country


def _country_named(text: str, doc: Doc) -> str | None:
    """The country a state name or abbreviation names ("US"), from the knowledge base."""

    entry = resources_of(doc).kb.by_alias(text)
    return entry.country if entry is not None and entry.kind == "state" else None


def span_actor(span: Span) -> Actor:
    return replace(span._.actor, start=span.start_char, end=span.end_char)


def _resolve(np: Span) -> Actor | None:
    return resolve_span(np)
