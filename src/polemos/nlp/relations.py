"""The ``polemos_relations`` component: standing relations between actors (ALLY, ENEMY, PART_OF, LEADS,
CONTROLS, COOPERATES) asserted by a sentence, each with its sentence as evidence.

The constructions live in ``relation_rules`` (one pure function per construction over one sentence) and
their cue words in ``data/relation_cues.yaml``, read once when the component is built. ``find_relations``
runs them over a Doc's actor mentions (``doc.spans["actors"]``), adds the authors' stances where the
document speaks as "we" (``voice="author"``), and keeps each relation once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span

from polemos.errors import KnowledgeBaseError
from polemos.models import RELATION_TYPES, Actor, Evidence, Relation
from polemos.nlp.relation_rules import (
    RULES,
    SYMMETRIC,
    Context,
    Mention,
    Resolver,
    _conjoined,
    _mention_after,
    actor_key,
    is_negated,
    make_relation,
    resolve_words,
)

CUES_FILE = "relation_cues.yaml"
PRONOUN_WINDOW = 3  # sentences back in which "he"/"she" look for a person
STATE_KINDS: frozenset[str] = frozenset({"state", "government", "armed_forces", "police"})
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
CIVIL_SECTORS: frozenset[str] = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "NGO", "MED", "REF"})
QUOTES: frozenset[str] = frozenset({'"', "\u201c", "\u201d", "``", "''"})


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
    from polemos.kb import KnowledgeBase
    from polemos.nlp import actors

    fallback = getattr(actors, "resolve_span", None)
    return kb_resolver(KnowledgeBase.load(), fallback=fallback if callable(fallback) else None)


def kb_resolver(kb: Any, *, fallback: Resolver | None = None) -> Resolver:
    """A resolver for words the recogniser leaves out of ``doc.spans["actors"]``: "Iranian" in
    "pro-Iranian", "Iraq" used as a place but in apposition ("in Iraq, an ally of ...")."""
    from polemos.kb import normalise

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
    for tok in doc:
        full = surnames.get(tok.text)
        if full is not None and tok.i not in taken and tok.i >= full.end and tok.text[:1].isupper():
            extra.append(Mention(tok.i, tok.i + 1, full.actor))
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


# --- the authors' voice ---------------------------------------------------------------------------


def quoted_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside double quotation marks (a paragraph break closes an open quote)."""
    inside = False
    out: set[int] = set()
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= 2:
            inside = False
        elif tok.text in QUOTES:
            inside = tok.text != "\u201d" and (tok.text == "\u201c" or not inside)
        elif inside:
            out.add(tok.i)
    return out


def author_speaks(doc: Doc, cues: Cues, quoted: set[int]) -> bool:
    """Whether the document speaks as "we"/"our" outside quotations (a statement, not a report)."""
    words = cues.author.pronouns
    n = sum(1 for t in doc if t.lower_ in words and not t.text.isupper() and t.pos_ == "PRON" and t.i not in quoted)
    return n >= cues.author.min_pronouns


def signature_name(text: str, cues: Cues) -> str | None:
    """The name on a signature line ("– Anarchist Communist Group, anarchistcommunism.org"), else None."""
    dashes = "|".join(re.escape(d) for d in sorted(cues.author.signature_dashes, key=len, reverse=True))
    word = r"(?:[A-Z][\w'&.]*(?:-[\w']+)*)"
    pattern = rf"^[ \t]*(?:{dashes})[ \t]*({word}(?:[ \t]+(?:{word}|of|for|and|the))*)[ \t]*(?:,[^\n]*)?[ \t]*$"
    for match in re.finditer(pattern, text, flags=re.MULTILINE):
        name = match.group(1).strip()
        if 2 <= len(name.split()) <= 8:
            return name
    return None


def author_actor(doc: Doc, cues: Cues) -> Actor:
    """The authors as an actor: named by the signature line, else "the authors" of this document."""
    name = signature_name(doc.text, cues)
    if name is not None:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        return Actor(name=name, sector=cues.author.sector, actor_id=f"author:{slug}", kind="author")
    digest = hashlib.sha1(doc.text.strip().encode("utf-8")).hexdigest()[:10]
    return Actor(name=cues.author.name, sector=cues.author.sector, actor_id=f"author:doc-{digest}", kind="author")


def find_stances(doc: Doc, mentions: Sequence[Mention], cues: Cues, *, known: Sequence[Relation] = ()) -> list[Relation]:
    """The authors' stances where the document speaks as "we": slogans ("Neither X nor Y!", "Against X"),
    "we oppose X", "opposition to X", and "our enemy's enemy is not our friend" (a refused alliance)."""
    quoted = quoted_tokens(doc)
    if not author_speaks(doc, cues, quoted):
        return []
    author = author_actor(doc, cues)
    states = named_states(mentions)
    out: list[Relation] = []
    refusals: list[Context] = []
    for sent in doc.sents:
        in_sent = [m for m in mentions if m.start >= sent.start and m.end <= sent.end]
        ctx = Context(doc, sent, in_sent, {i: m for m in in_sent for i in range(m.start, m.end)}, cues)
        out.extend(stance_neither_nor(ctx, author))
        out.extend(stance_heads(ctx, author, states))
        out.extend(stance_we(ctx, author, states, quoted))
        if refuses_enemys_enemy(ctx):
            refusals.append(ctx)
    for ctx in refusals:
        out.extend(enemys_enemies(ctx, author, [*known, *out]))
    for rel in out:
        rel.voice = "author"
    return out


def named_states(mentions: Sequence[Mention]) -> list[Actor]:
    """One actor per state the document names as an actor (its first state or government mention)."""
    seen: dict[str, Actor] = {}
    for m in mentions:
        a = m.actor
        if a.country and a.actor_id in (a.country, f"{a.country}.GOV"):
            seen.setdefault(a.country, a)
    return list(seen.values())


def _stance(ctx: Context, rtype: str, author: Actor, objects: Iterable[Actor], rule: str, at: int) -> list[Relation]:
    """Stances of the authors on each object; their evidence is the line that holds token ``at``."""
    out = [make_relation(ctx, rtype, author, obj, rule) for obj in objects]
    for rel in out:
        rel.evidence = [line_evidence(ctx, at, rule)]
    return out


def line_evidence(ctx: Context, i: int, rule: str) -> Evidence:
    """The line of the sentence holding token ``i``: slogans on lines of their own share one parsed sentence."""
    text, sent = ctx.doc.text, ctx.sent
    pos = ctx.doc[i].idx
    start = max(text.rfind("\n", sent.start_char, pos) + 1, sent.start_char)
    end = text.find("\n", pos, sent.end_char)
    end = sent.end_char if end < 0 else end
    return Evidence(start, end, text[start:end], rule)


def stance_objects(ctx: Context, i: int, states: Sequence[Actor]) -> list[Actor]:
    """What a stance at token ``i`` is about: "all (the) governments/imperialisms" are every state the
    document names; otherwise the named actors listed there ("U.S. imperialism", "X and Y")."""
    doc, end = ctx.doc, ctx.sent.end
    if i < end and doc[i].lower_ == "all":
        for k in range(i + 1, min(i + 7, end)):
            if doc[k].lower_ in ctx.cues.author.all_states_nouns:
                return list(states)
            if doc[k].pos_ in ("VERB", "AUX", "PUNCT", "ADP") and doc[k].lower_ not in ("-",):
                break
        return []
    first = _mention_after(ctx, i)
    if first is None:
        return []
    found = [first, *_conjoined(ctx, first)]
    # named actors only: a bare "forces" or "regimes" took its country from context, not from the slogan
    return [m.actor for m in found if any(t.text[:1].isupper() for t in doc[m.start:m.end] if t.is_alpha)]


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text_with_ws


def stance_neither_nor(ctx: Context, author: Actor) -> list[Relation]:
    """ "Neither Washington nor Tehran!": the authors oppose both, and cast the two as rival camps."""
    doc, sent = ctx.doc, ctx.sent
    out: list[Relation] = []
    for tok in sent:
        if tok.lower_ != "neither":
            continue
        x = _mention_after(ctx, tok.i + 1)
        if x is None or x.end >= sent.end or doc[x.end].lower_ != "nor":
            continue
        y = _mention_after(ctx, x.end + 1)
        if y is None or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i:y.end]):
            continue
        if y.end < sent.end and not (doc[y.end].is_punct or doc[y.end].is_space):
            continue  # "Neither Russia nor China voted ...": a report, not a slogan
        out.extend(_stance(ctx, "ENEMY", author, [x.actor, y.actor], "stance.neither_nor", tok.i))
        camps = make_relation(ctx, "ENEMY", x, y, "stance.neither_nor.camps")
        camps.evidence = [line_evidence(ctx, tok.i, camps.rule)]
        out.append(camps)
    return out


def stance_heads(ctx: Context, author: Actor, states: Sequence[Actor]) -> list[Relation]:
    """ "AGAINST ALL GOVERNMENTS", "Opposition to X", "full opposition to all the authoritarian governments",
    "Solidarity with X": a stance nobody in the sentence holds is the authors'."""
    doc, sent = ctx.doc, ctx.sent
    words = [t.lower_ for t in sent]
    out: list[Relation] = []
    for k in range(len(words)):
        phrase = next((p for p in sorted(ctx.cues.author.heads, key=len, reverse=True)
                       if tuple(words[k:k + len(p)]) == p), None)
        if phrase is None:
            continue
        i = sent.start + k
        if len(phrase) == 1 and not _line_start(doc, i):
            continue  # a lone "against" heads only a slogan line
        head = doc[i]
        if any(c.dep_ == "poss" for c in head.children) or ctx.ending(i) is not None:
            continue  # "Iraq's opposition to X", "the Iraqi opposition to X": someone else's stance
        objects = stance_objects(ctx, i + len(phrase), states)
        rtype = ctx.cues.author.heads[phrase]
        out.extend(_stance(ctx, rtype, author, objects, "stance." + "_".join(phrase), i))
    return out


def stance_we(ctx: Context, author: Actor, states: Sequence[Actor], quoted: set[int]) -> list[Relation]:
    """ "We oppose all global and regional imperialisms", "we are against X", "we support X"."""
    out: list[Relation] = []
    cues = ctx.cues.author
    for tok in ctx.sent:
        if tok.lower_ != "we" or tok.dep_ != "nsubj" or tok.i in quoted:
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if is_negated(ctx, [verb]):
            continue
        rtype = "ENEMY" if lemma in cues.enemy_verbs else "ALLY" if lemma in cues.ally_verbs else None
        start: int | None = None
        if rtype is not None:
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            start = objs[0].left_edge.i if objs else None
        elif lemma == "be":
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)
            rtype, start = ("ENEMY", prep.i + 1) if prep is not None else (None, None)
        if rtype is None or start is None:
            continue
        out.extend(_stance(ctx, rtype, author, stance_objects(ctx, start, states), f"stance.we_{lemma}", tok.i))
    return out


def refuses_enemys_enemy(ctx: Context) -> bool:
    """ "Our enemy's enemy is not our friend" (in the authors' words)."""
    lemmas = [t.lemma_.lower() for t in ctx.sent]
    words = {t.lower_ for t in ctx.sent}
    return (lemmas.count("enemy") >= 2 and bool(words & ctx.cues.author.friend_nouns)
            and bool(words & ctx.cues.author.pronouns) and bool(words & ctx.cues.negation_words))


def side(actor: Actor) -> str:
    """The camp an actor stands for: a state's organs and office holders are that state."""
    if actor.country and (actor.kind in STATE_KINDS or (actor.sector or "") in STATE_SECTORS):
        return actor.country
    return actor_key(actor)


def enemys_enemies(ctx: Context, author: Actor, relations: Sequence[Relation]) -> list[Relation]:
    """A refused alliance (negated ALLY) between the authors and each enemy of one of their enemies, the
    enmities taken from the relations so far and the hostile events of the document."""
    mine = actor_key(author)
    enemies: dict[str, Actor] = {}
    hostile: dict[str, dict[str, Actor]] = {}

    def link(a: Actor, b: Actor) -> None:
        hostile.setdefault(side(a), {}).setdefault(side(b), b)
        hostile.setdefault(side(b), {}).setdefault(side(a), a)

    for rel in relations:
        if rel.type != "ENEMY" or rel.negated:
            continue
        ka, kb = actor_key(rel.a), actor_key(rel.b)
        if mine in (ka, kb):
            other = rel.b if ka == mine else rel.a
            enemies.setdefault(side(other), other)
        else:
            link(rel.a, rel.b)
    events = ctx.doc._.events if ctx.doc.has_extension("events") and ctx.doc._.events else []
    for event in events:
        if event.type in ctx.cues.author.hostile_events and event.modality == "asserted":
            for a in event.source:
                for b in event.target:
                    link(a, b)
    out: list[Relation] = []
    for camp in enemies:
        for other_side, actor in hostile.get(camp, {}).items():
            if other_side == camp or (actor.sector or "") in CIVIL_SECTORS or other_side == mine:
                continue
            target = enemies.get(other_side, actor)
            out.append(make_relation(ctx, "ALLY", author, target, "stance.enemys_enemy", negated=True))
    return out

