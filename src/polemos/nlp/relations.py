"""The ``polemos_relations`` component: standing relations between actors (ALLY, ENEMY, PART_OF, LEADS,
CONTROLS, COOPERATES) asserted by a sentence, each with its sentence as evidence.

The constructions live in ``relation_rules`` (one pure function per construction over one sentence) and
their cue words in ``data/relation_cues.yaml``, read once when the component is built. ``find_relations``
runs them over a Doc's actor mentions (``doc.spans["actors"]``), adds the authors' stances where the
document speaks as "we" (``stances``, ``voice="author"``), and keeps each relation once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from polemos.errors import KnowledgeBaseError
from polemos.models import RELATION_TYPES, Actor, Relation
from polemos.nlp.relation_context import (
    SYMMETRIC,
    Context,
    Mention,
    Resolver,
    actor_key,
    resolve_words,
    token_indices,
)
from polemos.nlp.relation_rules import RULES
from polemos.nlp.stances import find_stances

CUES_FILE = "relation_cues.yaml"
PRONOUN_WINDOW = 3  # sentences back in which "he"/"she" look for a person


@dataclass(frozen=True)
class AuthorCues:
    """Cues of the authors' own voice: pronouns, stance verbs and heads, the signature line."""

    pronouns: frozenset[str]
    min_pronouns: int
    name: str
    sector: str
    enemy_verbs: frozenset[str]
    ally_verbs: frozenset[str]
    heads: dict[tuple[str, ...], str]
    all_states_nouns: frozenset[str]
    friend_nouns: frozenset[str]
    hostile_events: frozenset[str]
    signature_dashes: frozenset[str]


@dataclass(frozen=True)
class Cues:
    """Every cue word list of the relation constructions (see ``data/relation_cues.yaml``)."""

    relational_nouns: dict[str, str]
    hyphen_participles: dict[str, str]
    hyphen_prefixes: dict[str, str]
    by_participles: dict[str, str]
    object_verbs: dict[str, str]
    prep_verbs: dict[tuple[str, str], str]
    with_phrases: dict[tuple[str, ...], str]
    alliance_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    truce_nouns: dict[tuple[str, ...], str]
    truce_verbs: frozenset[str]
    mutual_verbs: frozenset[str]
    reciprocals: frozenset[tuple[str, ...]]
    defend_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    list_introducers: frozenset[str]
    copulas: frozenset[str]
    locative_preps: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    negation_words: frozenset[str]
    negation_determiners: frozenset[str]
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    author: AuthorCues


_cached: Cues | None = None


def load_cues(path: str | Path | None = None) -> Cues:
    """The cue words from the packaged YAML (read once and kept) or from ``path``."""
    global _cached
    if path is None:
        if _cached is None:
            text = resources.files("polemos.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
            _cached = parse_cues(text, where=f"polemos/data/{CUES_FILE}")
        return _cached
    return parse_cues(Path(path).read_text(encoding="utf-8"), where=str(path))


def parse_cues(text: str, *, where: str = CUES_FILE) -> Cues:
    """Cues from the YAML text; raises KnowledgeBaseError naming the field that is wrong."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(where, f"not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(where, "must be a mapping of cue lists (see the packaged relation_cues.yaml)")

    def words(name: str, value: Any = None) -> list[str]:
        value = data.get(name) if value is None else value
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise KnowledgeBaseError(where, "must be a list of words (quote YAML words like 'no' and 'on')",
                                     field=name)
        return [w.strip().lower() for w in value]

    def typed(name: str, value: Any = None) -> dict[str, str]:
        value = data.get(name) if value is None else value
        if not isinstance(value, dict):
            raise KnowledgeBaseError(where, "must map relation types to word lists", field=name)
        out: dict[str, str] = {}
        for rtype, items in value.items():
            if rtype not in RELATION_TYPES:
                raise KnowledgeBaseError(where, f"{rtype!r} is not one of {', '.join(RELATION_TYPES)}",
                                         field=name)
            for w in words(f"{name}.{rtype}", items):
                out[w] = str(rtype)
        return out

    def phrases(mapping: Mapping[str, str]) -> dict[tuple[str, ...], str]:
        return {tuple(p.replace("-", " - ").split()): t for p, t in mapping.items()}

    prep: dict[tuple[str, str], str] = {}
    for phrase, rtype in typed("prep_verbs").items():
        parts = phrase.split()
        if len(parts) != 2:
            raise KnowledgeBaseError(where, f"{phrase!r} must be a verb lemma and a preposition", field="prep_verbs")
        prep[(parts[0], parts[1])] = rtype
    author = data.get("author")
    if not isinstance(author, dict):
        raise KnowledgeBaseError(where, "must be a mapping (pronouns, verbs, heads, ...)", field="author")
    heads = {p: "ENEMY" for p in phrases(dict.fromkeys(words("author.enemy_heads", author.get("enemy_heads")), ""))}
    heads |= {p: "ALLY" for p in phrases(dict.fromkeys(words("author.ally_heads", author.get("ally_heads")), ""))}
    try:
        min_pronouns = int(author.get("min_pronouns", 2))
    except (TypeError, ValueError):
        raise KnowledgeBaseError(where, "must be a whole number", field="author.min_pronouns") from None
    truce = words("truce_nouns")
    return Cues(
        relational_nouns=typed("relational_nouns"),
        hyphen_participles=typed("hyphen_participles"),
        hyphen_prefixes=typed("hyphen_prefixes"),
        by_participles=typed("by_participles"),
        object_verbs=typed("object_verbs"),
        prep_verbs=prep,
        with_phrases=phrases(typed("with_phrases")),
        alliance_nouns=frozenset(words("alliance_nouns")),
        conflict_nouns=frozenset(words("conflict_nouns")),
        truce_nouns=phrases(dict.fromkeys(truce, "ENEMY")),
        truce_verbs=frozenset(words("truce_verbs")),
        mutual_verbs=frozenset(words("mutual_verbs")),
        reciprocals=frozenset(tuple(p.split()) for p in words("reciprocals")),
        defend_verbs=frozenset(words("defend_verbs")),
        attack_nouns=frozenset(words("attack_nouns")),
        list_introducers=frozenset(words("list_introducers")),
        copulas=frozenset(words("copulas")),
        locative_preps=frozenset(words("locative_preps")),
        person_pronouns=frozenset(words("person_pronouns")),
        group_pronouns=frozenset(words("group_pronouns")),
        negation_words=frozenset(words("negation_words")),
        negation_determiners=frozenset(words("negation_determiners")),
        claim_verbs=frozenset(words("claim_verbs")),
        claim_nouns=frozenset(words("claim_nouns")),
        author=AuthorCues(
            pronouns=frozenset(words("author.pronouns", author.get("pronouns"))),
            min_pronouns=min_pronouns,
            name=str(author.get("name") or "the authors"),
            sector=str(author.get("sector") or "OPP"),
            enemy_verbs=frozenset(words("author.enemy_verbs", author.get("enemy_verbs"))),
            ally_verbs=frozenset(words("author.ally_verbs", author.get("ally_verbs"))),
            heads=heads,
            all_states_nouns=frozenset(words("author.all_states_nouns", author.get("all_states_nouns"))),
            friend_nouns=frozenset(words("author.friend_nouns", author.get("friend_nouns"))),
            hostile_events=frozenset(w.upper() for w in words("author.hostile_events", author.get("hostile_events"))),
            signature_dashes=frozenset(words("author.signature_dashes", author.get("signature_dashes"))),
        ),
    )


def register_extensions() -> None:
    """Register ``Doc._.relations`` (a fresh list per doc, set by the component)."""
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", default=None)


def make_relation_extractor(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the component: sets ``doc._.relations`` from the actor mentions of ``polemos_actors``."""
    resolve = _default_resolver()
    cues = load_cues()

    def relation_extractor(doc: Doc) -> Doc:
        doc._.relations = find_relations(doc, resolve=resolve, cues=cues)
        return doc

    return relation_extractor


def _default_resolver() -> Resolver | None:
    """Names and demonyms looked up in the KB, else ``polemos.nlp.actors.resolve_span``."""
    from polemos.knowledge.kb import KnowledgeBase
    from polemos.nlp import actors

    def fallback(span: Span) -> Actor | None:
        # "its ally": the constructions read the pronoun themselves ("stood by its ally" is no self-alliance)
        return None if actors.possessed_dependent(span) else actors.resolve_span(span)

    return kb_resolver(KnowledgeBase.load(), fallback=fallback)


def kb_resolver(kb: Any, *, fallback: Resolver | None = None) -> Resolver:
    """A resolver for words the recogniser leaves out of ``doc.spans["actors"]``: "Iranian" in
    "pro-Iranian", "Iraq" used as a place but in apposition ("in Iraq, an ally of ...")."""
    from polemos.knowledge.kb import normalise

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
    cues = cues or load_cues()
    all_mentions = list(doc_mentions(doc) if mentions is None else mentions)
    all_mentions = add_name_parts(doc, split_mentions(doc, all_mentions, resolve))
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
    found.extend(find_stances(doc, all_mentions, cues, known=found))
    return dedupe_relations(r for r in found if keep_relation(r))


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
    for actor in (rel.a, rel.b):
        generic = actor.kind == "agent" or (actor.actor_id or "").startswith("agent:")
        if generic and not actor.country:
            return False
    return True


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
