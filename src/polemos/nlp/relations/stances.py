"""The authors' own voice: where a document speaks as "we" (a statement, a manifesto), its slogans and
stances ("Neither X nor Y!", "we oppose X", "our enemy's enemy is not our friend") become relations of the
authors (``voice="author"``). Called by the ``polemos_relations`` component after the constructions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.tokens import Doc

from polemos.models import Actor, Evidence, Relation
from polemos.nlp.relations.context import (
    Context,
    Mention,
    actor_key,
    conjoined,
    is_negated,
    make_relation,
    mention_after,
    token_indices,
)

if TYPE_CHECKING:
    from polemos.ontology.cues import Cues


STATE_KINDS: frozenset[str] = frozenset({"state", "government", "armed_forces", "police"})


STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


CIVIL_SECTORS: frozenset[str] = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "NGO", "MED", "REF"})


QUOTES: frozenset[str] = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def quoted_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside double quotation marks (a paragraph break closes an open quote)."""
    marks = sorted({*token_indices(doc, ORTH, QUOTES),
                    *(int(i) for i in numpy.flatnonzero(doc.to_array(IS_SPACE)))})
    inside = False
    out: set[int] = set()
    last = -1
    for i in marks:
        if inside:
            out.update(range(last + 1, i))
        tok = doc[i]
        if tok.is_space and tok.text.count("\n") >= 2:
            inside = False
        elif tok.text in QUOTES:
            inside = tok.text != "\u201d" and (tok.text == "\u201c" or not inside)
        elif inside:
            out.add(i)
        last = i
    if inside:
        out.update(range(last + 1, len(doc)))
    return out


def author_speaks(doc: Doc, cues: Cues, quoted: set[int] | None = None) -> bool:
    """Whether the document speaks as "we"/"our" outside quotations (a statement, not a report)."""
    words = [doc[i] for i in token_indices(doc, LOWER, cues.author.pronouns)]
    words = [t for t in words if not t.text.isupper() and t.pos_ == "PRON"]
    if len(words) < cues.author.min_pronouns:
        return False
    quoted = quoted_tokens(doc) if quoted is None else quoted
    return sum(1 for t in words if t.i not in quoted) >= cues.author.min_pronouns


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
    if not author_speaks(doc, cues, set()):
        return []  # not even counting quoted words: most documents stop before quotations are looked for
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
    first = mention_after(ctx, i)
    if first is None:
        return []
    found = [first, *conjoined(ctx, first)]
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
        x = mention_after(ctx, tok.i + 1)
        if x is None or x.end >= sent.end or doc[x.end].lower_ != "nor":
            continue
        y = mention_after(ctx, x.end + 1)
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
