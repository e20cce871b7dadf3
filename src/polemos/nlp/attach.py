"""Which event trigger a phrase (count, date, place) belongs to: the rule shared by counts, dates and places.

A phrase belongs to the trigger its dependency path reaches first (the trigger itself, the verb whose
subject/object the trigger is, the noun the trigger qualifies), else to the nearest trigger of its
sentence. Paths through a reporting verb or a where/when clause lead nowhere ('blocked'); a path
through a subordinate clause with its own subject ("... as the US opened its embassy in Jerusalem")
belongs to that clause ('clause') when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import CONCURRENT_PREPS, RELATIVE_PRONOUNS, REPORTING
from polemos.nlp.doc_index import DocIndex, doc_index
from polemos.nlp.resources import resources_of

VERBAL = frozenset({"VERB", "AUX"})


CORE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "csubj", "agent"})


# Clause links through which a verb elaborates the event above it ("an attack that killed", "fired, killing").
CLAUSE_LINKS = frozenset({"advcl", "relcl", "acl", "conj", "xcomp"})


def lexicon_type(tok: Token) -> str | None:
    """The PLOVER type the pipeline's trigger lexicon gives a trigger token (before modality recodes it),
    or None when the token matches no entry. Matches are computed once per sentence and kept on the doc."""
    doc = tok.doc
    cache: dict[int, dict[int, str]] = doc.user_data.setdefault("polemos.lexicon_types", {})
    index = doc_index(doc, sents=True)
    k = index.sent_of[tok.i]
    start = index.starts[k]
    if start not in cache:
        from polemos.nlp.triggers import match_triggers

        cache[start] = {m.token.i: m.entry.type for m in match_triggers(doc[start:index.ends[k]], resources_of(doc).lexicon)}
    return cache[start].get(tok.i)


def own_subject(tok: Token, *, passive: bool = True) -> bool:
    """The verb names its own subject (not a relative pronoun standing for its head); with
    ``passive=False`` only an agent counts ("a journalist was killed in ..." names a victim)."""
    deps = ("nsubj", "nsubjpass", "expl") if passive else ("nsubj", "agent")
    return any(c.dep_ in deps and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children)


def trigger_map(triggers: Sequence[Token]) -> dict[int, list[Token]]:
    """Token index -> the triggers it stands for: the trigger itself, the verb it is subject or object
    of, the noun it qualifies ("wave of revolts"), the verb it is a prepositional object of, the
    non-trigger verb it is coordinated with ("met ... and called on")."""
    own: dict[int, list[Token]] = {}
    core: dict[int, list[Token]] = {}
    loose: dict[int, list[Token]] = {}
    for t in triggers:
        own.setdefault(t.i, []).append(t)
        head = t.head
        if t.dep_ in CORE_ARGS and head.pos_ in VERBAL:
            core.setdefault(head.i, []).append(t)
        elif t.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
            gov = head.head
            if head.lower_ == "of" and gov.pos_ in ("NOUN", "PROPN"):
                core.setdefault(gov.i, []).append(t)
            elif gov.pos_ in VERBAL:
                loose.setdefault(gov.i, []).append(t)
        elif t.dep_ == "conj" and t.pos_ in VERBAL and head.pos_ in VERBAL and not own_subject(t):
            # "met at a summit in Brussels and called on Russia": the shared setting carries over
            loose.setdefault(head.i, []).append(t)
    merged: dict[int, list[Token]] = {}
    for table in (own, core, loose):
        for i, ts in table.items():
            merged.setdefault(i, []).extend(ts)
    return merged


def _subordinate(tok: Token) -> bool:
    """A clause of its own under the event's verb: an adverbial or coordinated clause with its own subject."""
    return tok.dep_ in ("advcl", "conj") and tok.pos_ in VERBAL and own_subject(tok)


def owning_trigger(anchor: Token, triggers: Sequence[Token], *,
                   allowed: Callable[[Token], bool] | None = None,
                   subordinate: bool = False) -> tuple[Token | None, str]:
    """The trigger a phrase (by its root token) belongs to, and how: 'syntax', 'nearest', 'blocked',
    'clause' or 'none'.

    A phrase attached to a reporting verb ("said on Sunday") or inside a where/when clause ("Serbia,
    where 24 people were killed last March") describes something else: no owner ('blocked'). With
    ``subordinate``, a phrase inside a non-trigger clause with its own subject ("as the United States
    opened its embassy in Jerusalem") is that clause's: no owner ('clause').
    """
    ok = [t for t in triggers if allowed is None or allowed(t)]
    index = doc_index(anchor.doc)
    ids = tuple(t.i for t in ok)
    key = (ids, anchor.i, subordinate)
    found = index.owners.get(key)
    if found is None:  # the answer depends only on the parse, the triggers and the anchor: ask once
        found = index.owners[key] = _owner_position(anchor, ok, ids, index, subordinate)
    pos, how = found
    return (None if pos is None else ok[pos]), how


def _positions_map(ok: Sequence[Token], ids: tuple[int, ...], index: DocIndex) -> dict[int, list[int]]:
    """`trigger_map` of ``ok`` with positions in ``ok`` for tokens, memoised per trigger list."""
    table = index.maps.get(ids)
    if table is None:
        first: dict[int, int] = {}
        for p, i in enumerate(ids):
            first.setdefault(i, p)
        table = index.maps[ids] = {i: [first[t.i] for t in ts] for i, ts in trigger_map(ok).items()}
    return table


def _owner_position(anchor: Token, ok: Sequence[Token], ids: tuple[int, ...], index: DocIndex,
                    subordinate: bool) -> tuple[int | None, str]:
    """`owning_trigger` with the owner as a position in ``ok``."""
    table = _positions_map(ok, ids, index)
    tok = anchor
    first_verb = True
    for _ in range(40):
        if tok.i in table:
            here = tok.i
            return min(table[tok.i], key=lambda p: (ids[p] != here, abs(ids[p] - anchor.i))), "syntax"
        if tok.pos_ in VERBAL:
            if tok.i != anchor.i and first_verb and tok.lemma_.lower() in REPORTING:
                return None, "blocked"
            first_verb = False
            if tok.dep_ != "ROOT" and any(c.lower_ == "where" or c.lower_ == "when" and tok.dep_ == "relcl"
                                          for c in tok.children):
                return None, "blocked"  # "Susangerd, where, it said, 100 people were killed"
            if subordinate and _subordinate(tok):
                return None, "clause"
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if not ids:
        return None, "none"
    sent_of = doc_index(anchor.doc, sents=True).sent_of
    k = sent_of[anchor.i]
    same = [p for p, i in enumerate(ids) if sent_of[i] == k]
    if same:
        return min(same, key=lambda p: abs(ids[p] - anchor.i)), "nearest"
    return None, "none"


def sentences_back(doc: Doc, token: Token, max_back: int = 2) -> list[Span]:
    """Up to ``max_back`` sentences before the token's, nearest first, within its paragraph."""
    index = doc_index(doc, sents=True)
    idx = index.sent_of[token.i]
    out = []
    for j in range(idx - 1, max(idx - max_back, 0) - 1, -1):
        if "\n\n" in index.text[doc[index.starts[j]].idx:token.idx]:
            break  # another paragraph
        out.append(doc[index.starts[j]:index.ends[j]])
    return out


def depth(tok: Token) -> int:
    """Number of steps from the token up to its sentence root."""
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def previous_sentence_trigger(anchor: Token, triggers: Sequence[Token], *, max_back: int = 2,
                              allowed: Callable[[Token], bool] | None = None) -> Token | None:
    """The main trigger (closest to its sentence root) of the nearest earlier sentence of the same
    paragraph that has one; lets a follow-up sentence ("Four people died.") extend the lead's event."""
    for sent in sentences_back(anchor.doc, anchor, max_back):
        cands = [t for t in triggers if sent.start <= t.i < sent.end and (allowed is None or allowed(t))]
        if cands:
            return min(cands, key=lambda t: (depth(t), t.i))
    return None


def pobj_chain(prep: Token, steps: int = 3) -> list[Token]:
    """Objects of a preposition and of the "of" phrases below them ("in a week of protests")."""
    out: list[Token] = []
    for p in prep.children:
        if p.dep_ == "pobj":
            out.append(p)
            if steps > 0:
                for c in p.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        out.extend(pobj_chain(c, steps - 1))
    return out


def _elaborates(t: Token, host: Token, is_cost: Callable[[Token], bool]) -> bool:
    """Whether trigger token ``t`` only restates or costs the event of ``host``."""
    if host.dep_ == "compound" and host.head.i == t.i or t.dep_ == "compound" and t.head.i == host.i:
        return True  # "car bomb explosion"
    if host.head.i == t.i and host.dep_ in ("nsubj", "nsubjpass") and host.pos_ in ("NOUN", "PROPN"):
        return True  # "a bombing killed 13", "drone attacks set fire to"
    if not is_cost(t):
        return False
    if own_subject(t, passive=False):
        return False
    up = t
    for _ in range(3):  # "an attack that killed 80", "opened fire, killing four"
        if up.dep_ not in CLAUSE_LINKS or up.head.i == up.i:
            break
        up = up.head
        if up.i == host.i:
            return True
    return any(h.i == host.i for c in t.children  # "killed in an air strike"
               if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in CONCURRENT_PREPS)
               for h in pobj_chain(c))


def companions(trigger: Token, triggers: Sequence[Token], *, is_cost: Callable[[Token], bool]) -> set[int]:
    """Indices of the trigger tokens of the sentence that only elaborate this trigger's event, directly
    or through one another: "a bombing killed 13", "killed in a car bomb explosion", "opened fire,
    killing four"."""
    group = {trigger.i: trigger}
    sent_of = doc_index(trigger.doc, sents=True).sent_of
    k = sent_of[trigger.i]
    rest = [t for t in triggers if t.i != trigger.i and sent_of[t.i] == k]
    grown = True
    while grown:
        grown = False
        for t in rest:
            if t.i not in group and any(_elaborates(t, h, is_cost) or _elaborates(h, t, is_cost) and
                                        h.dep_ == "compound" for h in group.values()):
                group[t.i] = t
                grown = True
    return set(group) - {trigger.i}


def concurrent_triggers(trigger: Token, triggers: Sequence[Token]) -> list[Token]:
    """Triggers inside a during/amid/in phrase of this one ("shot dead 58 during protests"): what they
    took place in, they share the time of."""
    out = []
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("during", "amid", "in"):
            heads = {h.i for h in pobj_chain(c)}
            out += [t for t in triggers if t.i in heads and t.i != trigger.i]
    return out


__all__ = [
    "CLAUSE_LINKS",
    "CORE_ARGS",
    "REPORTING",
    "VERBAL",
    "DocIndex",
    "companions",
    "concurrent_triggers",
    "depth",
    "doc_index",
    "lexicon_type",
    "own_subject",
    "owning_trigger",
    "previous_sentence_trigger",
    "sentences_back",
    "trigger_map"
]


