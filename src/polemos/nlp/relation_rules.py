"""The constructions of ``polemos_relations``: each a pure function ``(ctx) -> list[Relation]`` over one
sentence, with the token helpers they share. Their cue words come from ``data/relation_cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from polemos.models import Actor, Evidence, Relation

if TYPE_CHECKING:
    from polemos.nlp.relations import Cues

Resolver = Callable[[Span], "Actor | None"]

NOT_ACTOR_ENTS: frozenset[str] = frozenset({
    "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "LOC", "FAC", "EVENT", "LAW",
    "WORK_OF_ART", "LANGUAGE", "PRODUCT",
})
SYMMETRIC: frozenset[str] = frozenset({"ALLY", "ENEMY"})
HIERARCHY: frozenset[str] = frozenset({"LEADS", "PART_OF", "CONTROLS"})


@dataclass(frozen=True, eq=False)
class Mention:
    """An actor mention over tokens ``start:end`` of a Doc (compared by identity)."""

    start: int
    end: int
    actor: Actor

    @property
    def generic(self) -> bool:
        """A generic agent ("militias", "protesters") rather than a named actor."""
        return self.actor.kind == "agent" or (self.actor.actor_id or "").startswith("agent:")

    @property
    def person(self) -> bool:
        return self.actor.kind == "person" or (self.actor.actor_id or "").startswith("person:")


@dataclass
class Context:
    """One sentence with its mentions, plus what the rules need from the rest of the Doc."""

    doc: Doc
    sent: Span
    mentions: list[Mention]
    by_token: dict[int, Mention]
    cues: Cues
    earlier: list[Mention] = field(default_factory=list)  # mentions before this sentence, in order
    resolve: Resolver | None = None

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def starting(self, i: int) -> Mention | None:
        m = self.by_token.get(i)
        return m if m is not None and m.start == i else None

    def ending(self, i: int) -> Mention | None:
        """The mention whose last token is ``i - 1``."""
        m = self.by_token.get(i - 1)
        return m if m is not None and m.end == i else None


# --- helpers over tokens -------------------------------------------------------------------------


def actor_key(actor: Actor) -> str:
    """Identity of an actor for deduplication (the network's node key)."""
    return actor.key()


def resolve_words(resolve: Resolver | None, span: Span) -> Actor | None:
    """The actor a resolver finds for a span of words, or None."""
    if resolve is None or len(span) == 0:
        return None
    actor = resolve(span)
    return actor if isinstance(actor, Actor) else None


def make_relation(ctx: Context, rtype: str, a: Mention | Actor, b: Mention | Actor, rule: str,
                  *, negated: bool = False) -> Relation:
    """A relation with the sentence as evidence."""
    sent = ctx.sent
    actor_a = a.actor if isinstance(a, Mention) else a
    actor_b = b.actor if isinstance(b, Mention) else b
    ev = Evidence(sent.start_char, sent.end_char, sent.text, rule)
    return Relation(type=rtype, a=actor_a, b=actor_b, negated=negated, evidence=[ev], rule=rule)


def is_negated(ctx: Context, tokens: Iterable[Token]) -> bool:
    """Whether any of these tokens carries a negation ("not", "n't", "never", "no longer")."""
    cues = ctx.cues
    for tok in tokens:
        for child in tok.children:
            if child.dep_ == "neg" or child.lower_ in cues.negation_words or child.lower_ in cues.negation_determiners:
                return True
            if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
                return True
            if child.lower_ == "longer" and child.i > 0 and tok.doc[child.i - 1].lower_ == "no":
                return True
    return False


def window_negated(ctx: Context, start: int, end: int) -> bool:
    """Negation words between two token offsets (a surface fallback for bad parses)."""
    words = [t.lower_ for t in ctx.doc[max(start, 0):end]]
    if any(w in ctx.cues.negation_words for w in words):
        return True
    return any(a == "no" and b == "longer" for a, b in pairwise(words))


def refine(ctx: Context, m: Mention) -> Mention:
    """A generic mention made specific by "of NAME" or "(NAME)": "militias of al-Hashd al-Sha'bi"."""
    if not m.generic:
        return m
    doc = ctx.doc
    i = m.end
    if i < ctx.sent.end and doc[i].lower_ == "of":
        nxt = _mention_after(ctx, i + 1, skip_det=True)
        if nxt and not nxt.generic and not _is_state(nxt):
            return nxt
    if i < ctx.sent.end and doc[i].text in ("(", ","):
        nxt = ctx.starting(i + 1)
        if nxt and not nxt.generic and not _is_state(nxt):
            return nxt
    return m


def _is_state(m: Mention) -> bool:
    return m.actor.kind == "state" or (m.actor.actor_id or "") == m.actor.country


def _mention_after(ctx: Context, i: int, *, skip_det: bool = True) -> Mention | None:
    """The mention starting at ``i`` (after optional determiners/adjectives when ``skip_det``)."""
    doc, end = ctx.doc, ctx.sent.end
    j = i
    while skip_det and j < end and ctx.at(j) is None and doc[j].pos_ in ("DET", "ADJ", "NUM") and j - i < 4:
        j += 1
    if j < end:
        m = ctx.at(j)
        if m is not None:
            return _head_mention(ctx, m)
    return None


def _head_mention(ctx: Context, m: Mention) -> Mention:
    """Skip a mention that only modifies the next noun: "Iran-aligned Houthi movement", "Sudan's army"."""
    doc, end = ctx.doc, ctx.sent.end
    j = m.end
    if j + 1 < end and (doc[j].text == "-" or doc[j].tag_ == "POS"):
        for k in range(j + 1, min(j + 5, end)):
            nxt = ctx.at(k)
            if nxt is not None and nxt is not m:
                return nxt
            if doc[k].pos_ in ("VERB", "ADP", "PUNCT", "CCONJ") and doc[k].text != "-" and k > j + 2:
                break
        if doc[j].text == "-":
            head = doc[j + 1].head
            named = np_mention(ctx, head) if head.i > j else None
            if named is not None:
                return named
    return m


def is_modifier(ctx: Context, m: Mention) -> bool:
    """A mention that only modifies a noun through a hyphen: "Iran" in "Iran-aligned"."""
    return m.end < ctx.sent.end and ctx.doc[m.end].text == "-"


def np_mention(ctx: Context, tok: Token) -> Mention | None:
    """An actor for the noun phrase headed by ``tok`` that the recogniser left out: resolved by name,
    else a capitalised name taken as it stands ("the Iran-aligned Houthi movement" -> "Houthi movement")."""
    if tok.pos_ not in ("NOUN", "PROPN") or ctx.at(tok.i) is not None:
        return None
    doc = ctx.doc
    start = tok.i
    while start - 1 >= ctx.sent.start and ctx.at(start - 1) is None:
        prev = doc[start - 1]
        if prev.dep_ not in ("compound", "amod", "nmod") or prev.head.i > tok.i or not prev.text[:1].isupper():
            break
        start -= 1
    if start > ctx.sent.start and doc[start - 1].text == "-":
        return None  # a hyphenated compound we cannot split safely
    span = doc[start:tok.i + 1]
    actor = resolve_words(ctx.resolve, span)
    if actor is not None:
        return Mention(start, tok.i + 1, actor)
    if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) and tok.ent_type_ not in NOT_ACTOR_ENTS:
        return Mention(start, tok.i + 1, Actor(name=span.text, start=span.start_char, end=span.end_char))
    return None


def mention_of_token(ctx: Context, tok: Token) -> Mention | None:
    """The mention covering a token, else the nearest non-locative mention inside its phrase."""
    m = ctx.at(tok.i)
    if m is not None:
        return refine(ctx, m)
    if tok.pos_ == "PRON":
        return resolve_pronoun(ctx, tok)
    best: Mention | None = None
    for t in tok.subtree:
        if t.i < ctx.sent.start or t.i >= ctx.sent.end:
            continue
        cand = ctx.at(t.i)
        if cand is None or cand.start != t.i or _after_locative(ctx, cand) or is_modifier(ctx, cand):
            continue
        if best is None or (best.generic and not cand.generic):
            best = cand
    if best is None:
        return np_mention(ctx, tok)
    return refine(ctx, best)


def _after_locative(ctx: Context, m: Mention) -> bool:
    i = m.start - 1
    while i >= ctx.sent.start and ctx.doc[i].pos_ == "DET":
        i -= 1
    return i >= ctx.sent.start and ctx.doc[i].lower_ in ctx.cues.locative_preps


def resolve_pronoun(ctx: Context, tok: Token) -> Mention | None:
    """he/she → the latest person mentioned before; it/they → the latest non-person in this sentence."""
    low = tok.lower_
    before = [*ctx.earlier, *(m for m in ctx.mentions if m.end <= tok.i)]
    if low in ctx.cues.person_pronouns:
        for m in reversed(before):
            if m.person:
                return m
        return None
    if low in ctx.cues.group_pronouns:
        for m in reversed([m for m in ctx.mentions if m.end <= tok.i]):
            if not m.person and not _after_locative(ctx, m):
                return m
    return None


def subject_of(ctx: Context, tok: Token, *, named: bool = False) -> Mention | None:
    """The actor doing ``tok``: nsubj of it or of the verbs above it (through conj/xcomp/advcl)."""
    fallback: Mention | None = None
    cur: Token | None = tok
    for _ in range(8):
        if cur is None:
            break
        for child in cur.children:
            if child.dep_ == "nsubj":
                m = mention_of_token(ctx, child)
                if m is not None:
                    if not named or not m.generic:
                        return m
                    fallback = fallback or m
        if cur.head is cur:
            break
        cur = cur.head
    return fallback


def list_after(ctx: Context, i: int, *, need_introducer: bool) -> list[Mention]:
    """Mentions listed from token ``i``: "like the Shiite militias in Iraq and Hezbollah in Lebanon, and X"."""
    doc, end = ctx.doc, ctx.sent.end
    j = i
    while j < end and doc[j].text in (",", "—", "–"):
        j += 1
    introduced = False
    while j < end and doc[j].lower_ in ctx.cues.list_introducers | {"as"}:
        introduced = True
        j += 1
    if need_introducer and not introduced:
        return []
    out: list[Mention] = []
    while j < end:
        tok = doc[j]
        if tok.text in (";", ".", "(", ")") or tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            break
        m = ctx.starting(j)
        if m is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and ctx.at(j) is None:
            head = j
            while head + 1 < end and doc[head + 1].pos_ == "PROPN" and ctx.at(head + 1) is None:
                head += 1
            if head + 1 < end and doc[head + 1].pos_ == "NOUN" and doc[head].head.i == head + 1:
                head += 1  # "Houthi movement"
            m = np_mention(ctx, doc[head])
            if m is not None and m.start != j:
                m = None
        if m is not None:
            if not _after_locative(ctx, m):
                out.append(refine(ctx, m))
            j = m.end
            continue
        j += 1
        if j - i > 45:
            break
    return out


# --- constructions --------------------------------------------------------------------------------


def rule_relational_noun(ctx: Context) -> list[Relation]:
    """ "X, an ally of Y", "X, Y's and Z's principal ally", "Y's ally X", "X is not the leader of Y",
    "allies of Y, like A, B and C", "Y and its allies A and B", "Hezbollah leader Nasrallah"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        rtype = ctx.cues.relational_nouns.get(tok.lower_) or ctx.cues.relational_nouns.get(tok.lemma_.lower())
        if rtype is None or tok.pos_ not in ("NOUN", "PROPN") or ctx.at(tok.i) is not None:
            continue
        if tok.lower_ == "part" and not (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of"):
            continue
        owners: list[Mention] = []
        owner_by_of = False
        # "of Y" right after the noun
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
            m = _mention_after(ctx, tok.i + 2)
            if m is not None:
                owners.append(refine(ctx, m))
                owner_by_of = True
        # walk left over adjectives, determiners and possessive owners ("Iran's and Syria's principal")
        k = tok.i - 1
        compound_owner = False
        while k >= sent.start:
            t = doc[k]
            if t.tag_ == "POS" and ctx.ending(k) is not None:
                owners.append(ctx.ending(k))  # type: ignore[arg-type]
                k = ctx.ending(k).start - 1  # type: ignore[union-attr]
                continue
            m = ctx.ending(k + 1)
            if m is not None and not owners and k == tok.i - 1:
                owners.append(m)  # compound: "Hezbollah leader", "a US ally"
                compound_owner = True
                k = m.start - 1
                continue
            if t.tag_ == "PRP$":
                ref = resolve_pronoun(ctx, t)
                if ref is not None:
                    owners.append(ref)
                k -= 1
                continue
            if t.pos_ in ("DET", "ADJ", "NUM", "ADV") or t.lower_ in ("and", "own", "-", "main", "key", "top"):
                k -= 1
                continue
            break
        phrase_start = k + 1
        owners = [o for o in dict.fromkeys(owners)]
        holders: list[Mention] = []
        negated = False
        rule = "noun"
        # apposition before: "X, an ally of Y"
        before = (ctx.ending(k) or np_mention(ctx, doc[k - 1])) if k - 1 >= sent.start and doc[k].text == "," \
            else None
        if before is not None:
            holders.append(before)
            rule = "noun.apposition"
        # copula: "X is (not) the leader of Y"
        elif tok.dep_ in ("attr", "acomp", "oprd") and tok.head.lemma_ in ctx.cues.copulas:
            subj = subject_of(ctx, tok.head)
            if subj is not None:
                holders.append(subj)
                holders.extend(_conjoined(ctx, subj))
                negated = is_negated(ctx, [tok.head, tok]) or window_negated(ctx, subj.end, phrase_start)
                rule = "noun.copula"
        # holder after: "Y's ally X", "its allies A and B", "Hezbollah leader Hassan Nasrallah"
        if not holders and owners and not owner_by_of:
            holders = list_after(ctx, tok.i + 1, need_introducer=False)[:6]
            if holders and ctx.starting(_skip_punct(doc, tok.i + 1, sent.end)) is None:
                holders = []
            if compound_owner and holders:
                holders = holders[:1]
            rule = "noun.after"
        # "allies of Y, like A and B" / "the leader of Y, Z,"
        if not holders and owner_by_of:
            after_owner = owners[0].end
            holders = list_after(ctx, after_owner, need_introducer=True)
            rule = "noun.list"
            if not holders and rtype == "LEADS" and after_owner < sent.end and doc[after_owner].text == ",":
                m = ctx.starting(after_owner + 1)
                if m is not None and m.person:
                    holders = [m]
                    rule = "noun.after"
        if not owners and holders and rtype in SYMMETRIC and rule == "noun.copula":
            # "Russia and Iran are allies"
            for x in range(len(holders)):
                for y in range(x + 1, len(holders)):
                    out.append(make_relation(ctx, rtype, holders[x], holders[y], rule, negated=negated))
            continue
        if rtype == "LEADS":
            holders = [h for h in holders if h.person or not _is_state(h)]
        if rtype == "PART_OF":
            holders = [h for h in holders if not h.person or tok.lower_ == "member"]
        for h in holders:
            for o in owners:
                if h is not o:
                    out.append(make_relation(ctx, rtype, h, o, rule, negated=negated))
    return out


def _skip_punct(doc: Doc, i: int, end: int) -> int:
    while i < end and doc[i].text in (",", "—", "–", ":"):
        i += 1
    return i


def _conjoined(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions coordinated with ``m`` by "and" right after it ("Russia and Iran are ...")."""
    out: list[Mention] = []
    i = m.end
    doc = ctx.doc
    while i + 1 < ctx.sent.end and doc[i].lower_ in ("and", ","):
        nxt = _mention_after(ctx, i + 1)
        if nxt is None:
            break
        out.append(nxt)
        i = nxt.end
    return out


def rule_hyphen(ctx: Context) -> list[Relation]:
    """ "Iran-aligned Houthi movement", "Russian-backed forces", "pro-Iranian militias", "anti-Houthi"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.text != "-" or tok.i - 1 < sent.start or tok.i + 1 >= sent.end:
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        if right.lower_ in ctx.cues.hyphen_participles:
            rtype = ctx.cues.hyphen_participles[right.lower_]
            x = _hyphen_left(ctx, tok.i)
            y = _modified(ctx, right, tok.i)
            rule = f"hyphen.{right.lower_}"
        elif left.lower_ in ctx.cues.hyphen_prefixes and right.text[:1].isupper():
            # "pro-Iranian", "anti-Houthi"; not "anti-government" (whose government?)
            rtype = ctx.cues.hyphen_prefixes[left.lower_]
            x = _hyphen_right(ctx, tok.i + 1)
            y = _modified(ctx, right, tok.i - 1)
            rule = f"hyphen.{left.lower_}"
        else:
            continue
        if x is None or y is None or actor_key(x) == actor_key(y.actor):
            continue
        out.append(make_relation(ctx, rtype, x, y, rule))
    return out


def _hyphen_left(ctx: Context, hyphen: int) -> Actor | None:
    """The actor written before a hyphen: a mention ending there, else the words resolved."""
    m = ctx.ending(hyphen)
    if m is not None:
        return m.actor
    for n in (2, 1):
        start = hyphen - n
        if start < ctx.sent.start:
            continue
        actor = resolve_words(ctx.resolve, ctx.doc[start:hyphen])
        if actor is not None:
            return actor
    return None


def _hyphen_right(ctx: Context, i: int) -> Actor | None:
    """The actor written after "pro-"/"anti-": a mention starting there, else the word resolved."""
    m = ctx.starting(i)
    if m is not None:
        return m.actor
    return resolve_words(ctx.resolve, ctx.doc[i:i + 1])


def _modified(ctx: Context, tok: Token, exclude_before: int) -> Mention | None:
    """The mention a hyphenated modifier belongs to: the noun it modifies (made specific)."""
    doc = ctx.doc
    head = tok.head if ctx.sent.start <= tok.head.i and tok.i < tok.head.i < ctx.sent.end else None
    last = head.i if head is not None else min(tok.i + 3, ctx.sent.end - 1)
    for j in range(tok.i + 1, last + 1):
        m = ctx.at(j)
        if m is not None:
            return refine(ctx, m)
    # one span covering the whole compound ("Iran-aligned Houthi movement"): the recogniser's actor
    m = ctx.at(tok.i)
    if m is not None and m.start <= exclude_before:
        return m
    # "pro-Iranian militias of al-Hashd al-Sha'bi": the generic noun is named by its complement
    if head is not None and head.i + 1 < ctx.sent.end and doc[head.i + 1].lower_ == "of":
        nxt = _mention_after(ctx, head.i + 2)
        if nxt is not None and not nxt.generic and not _is_state(nxt):
            return nxt
    return np_mention(ctx, head) if head is not None else None


def rule_by_agent(ctx: Context) -> list[Relation]:
    """ "the Syrian government, backed by Russia", "the coalition led by Saudi Arabia"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        rtype = ctx.cues.by_participles.get(tok.lemma_.lower())
        if rtype is None or tok.tag_ != "VBN" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "by":
            continue
        if ctx.at(tok.i) is not None:
            continue
        agent = _mention_after(ctx, tok.i + 2)
        if agent is None:
            continue
        patient: Mention | None = None
        # passive clause: "Y is backed by X"
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj:
            patient = mention_of_token(ctx, subj[0])
        if patient is None:
            patient = _nearest_before(ctx, tok.i)
        if patient is None:
            continue
        negated = is_negated(ctx, [tok]) or window_negated(ctx, patient.end, tok.i)
        out.append(make_relation(ctx, rtype, agent, patient, f"by.{tok.lemma_.lower()}", negated=negated))
    return out


def _nearest_before(ctx: Context, i: int) -> Mention | None:
    """The closest mention before token ``i`` in the sentence that is not a place complement."""
    for m in sorted((m for m in ctx.mentions if m.end <= i), key=lambda m: -m.end):
        if not _after_locative(ctx, m):
            return refine(ctx, m)
    return None


def rule_with_phrase(ctx: Context) -> list[Relation]:
    """ "al-Hashd al-Sha'bi in collaboration with the Iraqi government", "X, allied with Y"."""
    out: list[Relation] = []
    sent = ctx.sent
    words = [t.lower_ for t in sent]
    for n in sorted({len(p) for p in ctx.cues.with_phrases}, reverse=True):
        for k in range(len(words) - n + 1):
            phrase = tuple(words[k:k + n])
            rtype = ctx.cues.with_phrases.get(phrase)
            if rtype is None:
                continue
            i = sent.start + k
            other = _mention_after(ctx, i + n)
            if other is None:
                continue
            first = _with_first(ctx, i)
            if first is None:
                continue
            negated = window_negated(ctx, max(first.end, i - 3), i)
            out.append(make_relation(ctx, rtype, first, refine(ctx, other), "with." + "_".join(phrase),
                                     negated=negated))
    return out


def _with_first(ctx: Context, i: int) -> Mention | None:
    """The first argument of "… in collaboration with Y": the subject if the phrase hangs on a verb
    with an actor subject and no closer actor; otherwise the nearest actor before the phrase."""
    near = _nearest_before(ctx, i)
    if near is not None:
        return near
    return subject_of(ctx, ctx.doc[i])


def rule_verbs(ctx: Context) -> list[Relation]:
    """ "X controlled Y", "Iran backs Hezbollah", "X allied with Y", "X fought against Y"."""
    out: list[Relation] = []
    for tok in ctx.sent:
        if tok.pos_ != "VERB" or ctx.at(tok.i) is not None:
            continue
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "agent") for c in tok.children):
            continue  # passives are rule_by_agent's
        subj: Mention | None = None
        if lemma in ctx.cues.object_verbs:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                obj = mention_of_token(ctx, objs[0])
                if obj is not None:
                    subj = subject_of(ctx, tok)
                    if subj is not None and subj is not obj:
                        out.append(make_relation(ctx, ctx.cues.object_verbs[lemma], subj, obj, f"verb.{lemma}",
                                                 negated=is_negated(ctx, [tok])))
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            rtype = ctx.cues.prep_verbs.get((lemma, prep.lower_))
            if rtype is None:
                continue
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            obj = mention_of_token(ctx, pobj[0]) if pobj else None
            subj = subj or subject_of(ctx, tok)
            if obj is None or subj is None or subj is obj:
                continue
            out.append(make_relation(ctx, rtype, subj, obj, f"verb.{lemma}_{prep.lower_}",
                                     negated=is_negated(ctx, [tok])))
    return out


def rule_conflict(ctx: Context) -> list[Relation]:
    """ "fighting between A and B", "the war against Y" (waged by the possessor or the subject)."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.lower_ not in ctx.cues.conflict_nouns and tok.lemma_.lower() not in ctx.cues.conflict_nouns:
            continue
        if ctx.at(tok.i) is not None or tok.i + 1 >= sent.end:
            continue
        nxt = doc[tok.i + 1]
        if nxt.lower_ == "between":
            a = _mention_after(ctx, tok.i + 2)
            if a is None:
                continue
            j = a.end
            if j < sent.end and doc[j].lower_ == "and":
                b = _mention_after(ctx, j + 1)
                if b is not None:
                    out.append(make_relation(ctx, "ENEMY", refine(ctx, a), refine(ctx, b), "conflict.between"))
            continue
        if nxt.lower_ not in ("against", "on", "with") or tok.pos_ not in ("NOUN", "VERB"):
            continue
        if nxt.lower_ in ("on", "with") and tok.lower_ not in ("war", "warfare", "jihad"):
            continue
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        target = (mention_of_token(ctx, pobj[0]) if pobj else None) or _mention_after(ctx, tok.i + 2)
        if target is None:
            continue
        target = refine(ctx, target)
        waged = _possessor(ctx, tok) or subject_of(ctx, tok, named=True)
        if waged is None or waged is target:
            continue
        out.append(make_relation(ctx, "ENEMY", waged, target, f"conflict.{tok.lower_}_{nxt.lower_}",
                                 negated=is_negated(ctx, [tok])))
    return out


def _possessor(ctx: Context, tok: Token) -> Mention | None:
    """The mention that owns a noun: "Israel's war", "its war" (resolved)."""
    for child in tok.children:
        if child.dep_ == "poss":
            if child.tag_ == "PRP$":
                return resolve_pronoun(ctx, child)
            m = ctx.at(child.i)
            if m is not None:
                return m
    return None


def rule_defend(ctx: Context) -> list[Relation]:
    """ "to help repel the Turkish assault": the defender is the enemy of the assailant."""
    out: list[Relation] = []
    doc = ctx.doc
    for tok in ctx.sent:
        if tok.lemma_.lower() not in ctx.cues.defend_verbs or tok.pos_ != "VERB":
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() not in ctx.cues.attack_nouns and obj.lower_ not in ctx.cues.attack_nouns:
                continue
            assailant = _possessor(ctx, obj)
            if assailant is None:
                for mod in obj.children:
                    if mod.i < obj.i and mod.dep_ in ("amod", "compound", "nmod"):
                        m = ctx.at(mod.i)
                        if m is not None:
                            assailant = m
                            break
                        actor = resolve_words(ctx.resolve, doc[mod.i:mod.i + 1])
                        if actor is not None:
                            assailant = Mention(mod.i, mod.i + 1, actor)
                            break
            if assailant is None:
                continue
            defender = subject_of(ctx, tok, named=True)
            if defender is None or actor_key(defender.actor) == actor_key(assailant.actor):
                continue
            out.append(make_relation(ctx, "ENEMY", defender, assailant, f"defend.{tok.lemma_.lower()}",
                                     negated=is_negated(ctx, [tok])))
    return out


def rule_of_organisation(ctx: Context) -> list[Relation]:
    """ "the Quds force of the Iranian Revolutionary Guards", "the IRGC's Quds Force" → PART_OF."""
    out: list[Relation] = []
    doc = ctx.doc
    for m in ctx.mentions:
        if not _is_organisation(m):
            continue
        j = m.end
        if j < ctx.sent.end and doc[j].lower_ == "of":
            whole = _mention_after(ctx, j + 1)
            if whole is not None and _is_organisation(whole) and _skip_det(ctx, whole.start) == _skip_det(ctx, j + 1):
                out.append(make_relation(ctx, "PART_OF", m, whole, "of.organisation"))
        if j + 1 < ctx.sent.end and doc[j].tag_ == "POS":
            part = ctx.starting(j + 1)
            if part is not None and _is_organisation(part):
                out.append(make_relation(ctx, "PART_OF", part, m, "possessive.organisation"))
    return out


def _skip_det(ctx: Context, i: int) -> int:
    while i < ctx.sent.end and ctx.doc[i].pos_ == "DET":
        i += 1
    return i


def _is_organisation(m: Mention) -> bool:
    """A named organisation (not a state, person or generic agent)."""
    return not (m.generic or m.person or _is_state(m))



def _parties(ctx: Context, verb: Token) -> list[Mention]:
    """The subject of a verb and the mentions coordinated with it: "Armenia and Azerbaijan accused ..."."""
    subj = subject_of(ctx, verb)
    if subj is None:
        return []
    return list(dict.fromkeys([subj, *_conjoined(ctx, subj)]))


def _pairs(ctx: Context, rtype: str, parties: list[Mention], rule: str) -> list[Relation]:
    return [make_relation(ctx, rtype, a, b, rule)
            for k, a in enumerate(parties) for b in parties[k + 1:] if actor_key(a.actor) != actor_key(b.actor)]


def _phrase_at(words: list[str], k: int, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    for phrase in sorted(phrases, key=len, reverse=True):
        if tuple(words[k:k + len(phrase)]) == phrase:
            return phrase
    return None


def rule_truce(ctx: Context) -> list[Relation]:
    """ "a ceasefire between A and B", "A and B agreed to a truce", "A agreed to a ceasefire with B": the
    parties of a truce were at war (whether or not it is reached)."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    words = [t.lower_ for t in sent]
    for k in range(len(words)):
        phrase = _phrase_at(words, k, ctx.cues.truce_nouns)
        if phrase is None or ctx.at(sent.start + k) is not None:
            continue
        j = sent.start + k + len(phrase)
        nxt = doc[j].lower_ if j < sent.end else ""
        if nxt == "between":
            a = _mention_after(ctx, j + 1)
            if a is not None and a.end < sent.end and doc[a.end].lower_ == "and":
                b = _mention_after(ctx, a.end + 1)
                if b is not None:
                    out.extend(_pairs(ctx, "ENEMY", [refine(ctx, a), refine(ctx, b)], "truce.between"))
            continue
        verb: Token | None = doc[j - 1]
        for _ in range(4):  # ceasefire <- to <- agreed; truce <- reached
            if verb is None or verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head if verb.head is not verb else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ctx.cues.truce_verbs:
            continue
        parties = _parties(ctx, verb)
        if nxt == "with":
            other = _mention_after(ctx, j + 1)
            if other is not None:
                parties.append(refine(ctx, other))
        out.extend(_pairs(ctx, "ENEMY", parties, "truce.parties"))
    return out


def rule_mutual(ctx: Context) -> list[Relation]:
    """ "Armenia and Azerbaijan accused each other of shelling", "A and B attacked one another"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    words = [t.lower_ for t in sent]
    for k in range(len(words)):
        if _phrase_at(words, k, ctx.cues.reciprocals) is None:
            continue
        verb = doc[sent.start + k].head
        while verb.dep_ in ("dobj", "pobj", "prep", "det", "amod") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.cues.mutual_verbs:
            continue
        parties = _parties(ctx, verb)
        out.extend(_pairs(ctx, "ENEMY", parties, f"mutual.{verb.lemma_.lower()}"))
    return out


def _plain_list(ctx: Context, i: int) -> list[Mention]:
    """Mentions listed from token ``i`` as "A and B" or "A, B and C" (determiners allowed), else []."""
    doc, end = ctx.doc, ctx.sent.end
    out: list[Mention] = []
    closed = False
    while i < end and not closed:
        m = _mention_after(ctx, i)
        if m is None:
            return []
        out.append(refine(ctx, m))
        i = m.end
        if i < end and doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ == "and":
            i += 1
        if i < end and doc[i].lower_ == "and":
            closed = True  # the last member follows
            m = _mention_after(ctx, i + 1)
            if m is None:
                return []
            out.append(refine(ctx, m))
        elif i < end and doc[i].text == ",":
            i += 1
        else:
            return []
    return out


def rule_alliance(ctx: Context) -> list[Relation]:
    """ "a coalition of A and B", "an alliance between A, B and C": the members are allies."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.lemma_.lower() not in ctx.cues.alliance_nouns or ctx.at(tok.i) is not None:
            continue
        if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in ("of", "between", "among"):
            continue
        members = _plain_list(ctx, tok.i + 2)
        if len(members) < 2:
            continue
        out.extend(_pairs(ctx, "ALLY", members, f"alliance.{tok.lemma_.lower()}"))
    return out


RULES: tuple[Callable[[Context], list[Relation]], ...] = (
    rule_relational_noun, rule_hyphen, rule_by_agent, rule_with_phrase, rule_verbs, rule_conflict,
    rule_defend, rule_of_organisation, rule_truce, rule_mutual, rule_alliance,
)
