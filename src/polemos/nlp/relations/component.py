"""The ``polemos_relations`` component: standing relations between actors (ALLY, ENEMY, PART_OF, LEADS,
CONTROLS, COOPERATES) asserted by a sentence, each with its sentence as evidence.

The constructions live in ``relation_rules`` (one pure function per construction over one sentence) and
their cue words in ``data/relation_cues.yaml``, read once when the component is built. ``find_relations``
runs them over a Doc's actor mentions (``doc.spans["actors"]``), adds the authors' stances where the
document speaks as "we" (``stances``, ``voice="author"``), and keeps each relation once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from polemos.knowledge.gazetteer import Gazetteer
from polemos.knowledge.kb import KnowledgeBase
from polemos.knowledge.kb_records import normalise
from polemos.lang.en.words import NAMED_BODY_NOUNS
from polemos.models import Actor, Relation
from polemos.nlp.actors.recognizer import possessed_dependent, resolve_span
from polemos.nlp.relations.context import (
    SYMMETRIC,
    Context,
    Mention,
    Resolver,
    actor_key,
    resolve_words,
    token_indices,
)
from polemos.nlp.relations.mentions import entity_mentions, trim_titles
from polemos.nlp.relations.rules import RULES
from polemos.nlp.relations.signature import find_signature_leaders, find_title_leaders
from polemos.nlp.relations.stances import find_stances
from polemos.nlp.resources import Resources, resources_of
from polemos.ontology.cues import Cues

PRONOUN_WINDOW = 3  # sentences back in which "he"/"she" look for a person


def register_extensions() -> None:
    """Register ``Doc._.relations`` (a fresh list per doc, set by the component)."""
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", default=None)


def make_relation_extractor(nlp: Language, name: str, resources: Resources) -> Callable[[Doc], Doc]:
    """Build the component: sets ``doc._.relations`` from the actor mentions of ``polemos_actors``."""
    resolve = default_resolver(resources.kb)
    cues = resources.cues

    def relation_extractor(doc: Doc) -> Doc:
        doc._.resources = resources
        doc._.relations = find_relations(doc, resolve=resolve, cues=cues)
        return doc

    return relation_extractor


def default_resolver(kb: KnowledgeBase) -> Resolver:
    """Names and demonyms looked up in the KB, else ``polemos.nlp.actors.recognizer.resolve_span``."""
    def fallback(span: Span) -> Actor | None:
        # "its ally": the constructions read the pronoun themselves ("stood by its ally" is no self-alliance)
        return None if possessed_dependent(span) else resolve_span(span)

    return kb_resolver(kb, fallback=fallback)


def kb_resolver(kb: Any, *, fallback: Resolver | None = None) -> Resolver:
    """A resolver for words the recogniser leaves out of ``doc.spans["actors"]``: "Iranian" in
    "pro-Iranian", "Iraq" used as a place but in apposition ("in Iraq, an ally of ...")."""

    demonyms = {normalise(d): e for e in kb if e.kind == "state" for d in e.demonyms}

    def resolve(span: Span) -> Actor | None:
        key = normalise(span.text)
        entry = demonyms.get(key)
        name = entry.name if entry is not None else span.text
        if entry is None and key and kb.agent(key) is None:
            entry = kb.by_alias(span.text)
        if entry is not None and entry.kind != "agent":
            return Actor(name=name, country=entry.country, sector=entry.primary_sector, actor_id=entry.id,
                         kind=entry.kind, start=span.start_char, end=span.end_char)
        return fallback(span) if fallback is not None else None

    return resolve


def doc_mentions(doc: Doc) -> list[Mention]:
    """Actor mentions of ``doc.spans["actors"]``, ordered, overlaps dropped (longest kept)."""
    if "actors" not in doc.spans or not Span.has_extension("actor"):
        return []
    spans = sorted(doc.spans["actors"], key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Mention] = []
    for span in spans:
        actor = span._.actor
        if not isinstance(actor, Actor):
            continue
        if out and span.start < out[-1].end:
            continue
        out.append(Mention(span.start, span.end, actor))
    return out


def find_relations(
    doc: Doc, *, mentions: Sequence[Mention] | None = None, resolve: Resolver | None = None,
    cues: Cues | None = None,
) -> list[Relation]:
    """All relations of a Doc, each once (ALLY/ENEMY pairs unordered), in text order."""
    cues = cues or resources_of(doc).cues
    all_mentions = list(doc_mentions(doc) if mentions is None else mentions)
    all_mentions = trim_titles(doc, split_mentions(doc, all_mentions, resolve), cues, resolve)
    if mentions is None:
        all_mentions = entity_mentions(doc, all_mentions, cues)
    all_mentions = add_name_parts(doc, all_mentions)
    found: list[Relation] = []
    recent: list[list[Mention]] = []  # mentions of the last few sentences, for pronouns
    for sent in doc.sents:
        in_sent = [m for m in all_mentions if m.start >= sent.start and m.end <= sent.end]
        by_token = {i: m for m in in_sent for i in range(m.start, m.end)}
        earlier = [m for ms in recent for m in ms]
        ctx = Context(doc, sent, in_sent, by_token, cues, earlier=earlier, resolve=resolve)
        for rule in RULES:
            found.extend(rule(ctx))
        if sent.text.strip():
            recent = [*recent, in_sent][-PRONOUN_WINDOW:]
    found.extend(find_signature_leaders(doc, cues, resolve))
    found.extend(r for r in find_title_leaders(doc, cues, resolve)  # a surface fallback: the parse may have it
                 if not any(k.type == r.type and k.a.name == r.a.name for k in found))
    found.extend(find_stances(doc, all_mentions, cues, known=found))
    gazetteer = resources_of(doc).gazetteer
    return dedupe_relations(r for r in found if keep_relation(r) and not _place_led(doc, r, gazetteer))


def _place_led(doc: Doc, rel: Relation, gazetteer: Gazetteer) -> bool:
    """A LEADS whose organisation is only a place's name (rule relation.drop.place-led): "Arsen Kanokov, the
    president of Kabardino-Balkaria" heads a region, which is no organisation (guide, section 7). A place is a
    name the gazetteer knows, or one the entity recogniser reads as a place."""
    b = rel.b
    if rel.type != "LEADS" or b.actor_id or b.sector:
        return False
    entry = gazetteer.resolve(b.name)
    if entry is not None and entry.primary:
        return True
    if b.start is None or b.end is None:
        return False
    span = doc.char_span(b.start, b.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.ent_type_ in _PLACE_ENTS for t in span)


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def add_name_parts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Later bare surnames of persons named in full ("Qassem Suleimani" ... "Suleimani") as mentions."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra: list[Mention] = []
    surnames: dict[str, Mention] = {}
    for m in mentions:
        if m.person and m.end - m.start > 1:
            surnames.setdefault(doc[m.end - 1].text, m)
    if not surnames:
        return mentions
    for i in token_indices(doc, ORTH, surnames):
        full = surnames[doc[i].text]
        if i not in taken and i >= full.end and doc[i].text[:1].isupper():
            extra.append(Mention(i, i + 1, full.actor))
    return sorted([*mentions, *extra], key=lambda m: m.start)


def split_mentions(doc: Doc, mentions: list[Mention], resolve: Resolver | None) -> list[Mention]:
    """Split a mention "A of B" into A and B where both halves resolve to different actors."""
    if resolve is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        parts: list[Mention] = [m]
        for i in range(m.start + 1, m.end - 1):
            if doc[i].lower_ != "of":
                continue
            left, right = resolve_words(resolve, doc[m.start:i]), resolve_words(resolve, doc[i + 1:m.end])
            if left and right and actor_key(left) != actor_key(right):
                parts = [Mention(m.start, i, left), Mention(i + 1, m.end, right)]
                break
        out.extend(parts)
    return out


def keep_relation(rel: Relation) -> bool:
    """Drop self-relations, a state paired with its own government, and country-less generic agents."""
    ka, kb = actor_key(rel.a), actor_key(rel.b)
    if ka == kb:
        return False
    base = ka.split(".")[0]
    if len(base) == 3 and base.isupper() and {ka, kb} <= {base, f"{base}.GOV"}:
        return False  # "IRQ" and "IRQ.GOV" are one actor for alliance purposes
    if rel.type == "LEADS" and (rel.b.kind in ("state", "person") or (rel.b.actor_id or "").startswith("person:")
                                or rel.b.kind == "government" and not _named_body(rel.b.name)):
        return False  # heads of state and government are not coded as leading it (guide, section 7)
    for actor in (rel.a, rel.b):
        generic = actor.kind == "agent" or (actor.actor_id or "").startswith("agent:")
        if generic and not actor.country:
            return False
        if not actor.actor_id and actor.name.lower() in _QUALIFIERS:
            return False  # "the Transitional President, X": a qualifier of the title, not an organisation
    return True


def _named_body(name: str) -> bool:
    """A government actor named as a body of its own ("the Transitional Military Council"), which a person
    may be coded as leading, unlike the state or "the government"."""
    return any(word in NAMED_BODY_NOUNS for word in name.lower().split())


# capitalised qualifiers of a title that spaCy may tag as an organisation
_QUALIFIERS = frozenset({"transitional", "interim", "acting", "former", "deputy", "vice", "caretaker", "provisional",
                         "incoming", "outgoing", "late"})


def dedupe_relations(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per (type, pair, negated); later evidence is appended to the first."""
    seen: dict[tuple[str, str, str, bool], Relation] = {}
    for rel in relations:
        ka, kb = actor_key(rel.a), actor_key(rel.b)
        if rel.type in SYMMETRIC and kb < ka:
            ka, kb = kb, ka
        key = (rel.type, ka, kb, rel.negated)
        if key not in seen:
            seen[key] = rel
            continue
        kept = seen[key]
        for ev in rel.evidence:
            if all((ev.start, ev.end) != (e.start, e.end) for e in kept.evidence):
                kept.evidence.append(ev)
    return list(seen.values())
