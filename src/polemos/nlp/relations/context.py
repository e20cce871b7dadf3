"""What the relation constructions share: actor mentions over tokens, the sentence ``Context`` they
run in, and helpers that find mentions by position, phrase, subject or pronoun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy
from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import CLAIM_PREPS
from polemos.models import Actor, Evidence, Relation

if TYPE_CHECKING:
    from polemos.ontology.cues import Cues
Resolver = Callable[[Span], "Actor | None"]


NOT_ACTOR_ENTS: frozenset[str] = frozenset({
    "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "LOC", "FAC", "EVENT", "LAW",
    "WORK_OF_ART", "LANGUAGE", "PRODUCT",
})


SYMMETRIC: frozenset[str] = frozenset({"ALLY", "ENEMY"})


ENTITY_KIND = "entity"  # an organisation named by spaCy's entities only (no KB entry): see relations.mentions


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

    @cached_property
    def words(self) -> list[str]:
        """The sentence's words, lower-cased (phrase cues match these)."""
        return [t.lower_ for t in self.sent]

    @cached_property
    def claimed(self) -> frozenset[int]:
        """Token indices inside what an actor accuses another of, blames it for or denies: a relation cue
        there is the claim's content, not a relation the text states."""
        return claimed_tokens(self)

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def starting(self, i: int) -> Mention | None:
        m = self.by_token.get(i)
        return m if m is not None and m.start == i else None

    def ending(self, i: int) -> Mention | None:
        """The mention whose last token is ``i - 1``."""
        m = self.by_token.get(i - 1)
        return m if m is not None and m.end == i else None


# Links from a claim verb to what is claimed: a clause ("denied that it backs"), a gerund ("denied supporting",
# "accused X of backing") or the preposition that carries one ("blamed X for arming").
_CLAIM_CLAUSES = frozenset({"ccomp", "xcomp", "pcomp", "acl"})


def claimed_tokens(ctx: Context) -> frozenset[int]:
    """`Context.claimed`: the subtrees of the complements of the sentence's claim verbs and nouns."""
    verbs, nouns = ctx.cues.claim_verbs, ctx.cues.claim_nouns
    out: set[int] = set()
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in verbs:
            # the object of "accused Rwanda" is the accused; that of "denied any role" is the claim
            comps = [c for c in tok.children if c.dep_ in _CLAIM_CLAUSES
                     or c.dep_ == "prep" and c.lower_ in CLAIM_PREPS
                     or c.dep_ == "dobj" and ctx.at(c.i) is None and c.pos_ != "PRON"]
        elif tok.pos_ == "NOUN" and (lemma in nouns or tok.lower_ in nouns):
            comps = [c for c in tok.children if c.dep_ in _CLAIM_CLAUSES or c.dep_ == "relcl" and
                     any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
                     or c.dep_ == "prep" and c.lower_ == "of"]
        else:
            continue
        for c in comps:
            out.update(t.i for t in c.subtree)
    return frozenset(out)


def actor_key(actor: Actor) -> str:
    """Identity of an actor for deduplication (the network's node key)."""
    return actor.key()


def token_indices(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (ORTH, LOWER) is one of ``values``, without walking every token
    (building a spaCy Token costs more than the rest of this component's work on it)."""
    ids = [doc.vocab.strings[v] for v in values]
    return [int(i) for i in numpy.flatnonzero(numpy.isin(doc.to_array(attr), ids))]


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
        nxt = mention_after(ctx, i + 1, skip_det=True)
        if nxt and not nxt.generic and not is_state(nxt):
            return nxt
    if i < ctx.sent.end and doc[i].text in ("(", ","):
        nxt = ctx.starting(i + 1)
        if nxt and not nxt.generic and not is_state(nxt):
            return nxt
    # "the human rights group Appeal", "the terrorist coalition JNIM": the name right after the noun
    nxt = ctx.starting(i) if i < ctx.sent.end else None
    if nxt is not None and not nxt.generic and not is_state(nxt) and not nxt.person:
        return nxt
    return m


def is_state(m: Mention) -> bool:
    return m.actor.kind == "state" or (m.actor.actor_id or "") == m.actor.country


def mention_after(ctx: Context, i: int, *, skip_det: bool = True) -> Mention | None:
    """The mention starting at ``i`` (after optional determiners/adjectives when ``skip_det``)."""
    doc, end = ctx.doc, ctx.sent.end
    j = i
    while skip_det and j < end and ctx.at(j) is None and j - i < 4 \
            and (doc[j].pos_ in ("DET", "ADJ", "NUM") or doc[j].lower_ in ctx.cues.titles):  # "by Judge X"
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
    if m is not None and m.generic:
        # "the opposition Civil Contract party": the name among the noun's modifiers
        named = next((c for c in (ctx.at(t.i) for t in tok.lefts) if c is not None and not c.generic
                      and not is_state(c)), None)
        if named is not None:
            return named
    if m is not None:
        return refine(ctx, m)
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and tok.head.head.i < tok.i:
        # "X, which is allied to Y", "a militia that is part of Y": the noun the clause is about
        noun = tok.head.head
        m = ctx.at(noun.i)
        if m is None or m.generic:
            m = apposed_to(ctx, noun) or m
        return m or (np_mention(ctx, noun) if noun.pos_ == "PROPN" else None)
    if tok.pos_ == "PRON":
        return resolve_pronoun(ctx, tok)
    best: Mention | None = None
    for t in tok.subtree:
        if t.i < ctx.sent.start or t.i >= ctx.sent.end:
            continue
        cand = ctx.at(t.i)
        if cand is None or cand.start != t.i or after_locative(ctx, cand) or is_modifier(ctx, cand):
            continue
        if t.i != tok.i and _possessor_of(ctx, cand, tok):
            continue  # "in solidarity with Syria's Kurds": the Kurds, not Syria
        if best is None or (best.generic and not cand.generic):
            best = cand
    if best is None:
        return np_mention(ctx, tok)
    return refine(ctx, best)


def _possessor_of(ctx: Context, m: Mention, head: Token) -> bool:
    """Whether mention ``m`` is the possessor of ``head`` ("Syria" of "Syria's Kurds")."""
    doc = ctx.doc
    return m.end < ctx.sent.end and doc[m.end].tag_ == "POS" and doc[m.end - 1].head.i == head.i


def after_locative(ctx: Context, m: Mention) -> bool:
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
            if not m.person and not after_locative(ctx, m):
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
                elif child.pos_ in ("NOUN", "PROPN"):
                    return fallback  # "a country already battling X": the clause's own subject is no actor
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
        if ctx.at(j) is None and tok.lower_ in ctx.cues.titles:
            j += 1  # "commander General Jean Kahwaji"
            continue
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
            if not after_locative(ctx, m):
                out.append(refine(ctx, m))
            j = m.end
            continue
        j += 1
        if j - i > 45:
            break
    return out


def skip_punct(doc: Doc, i: int, end: int) -> int:
    while i < end and doc[i].text in (",", "—", "–", ":"):
        i += 1
    return i


def conjoined(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions coordinated with ``m`` by "and" right after it ("Russia and Iran are ...")."""
    out: list[Mention] = []
    i = m.end
    doc = ctx.doc
    while i + 1 < ctx.sent.end and doc[i].lower_ in ("and", ","):
        nxt = mention_after(ctx, i + 1)
        if nxt is None:
            break
        out.append(nxt)
        i = nxt.end
    return out




def relational_type(ctx: Context, tok: Token) -> str | None:
    """The relation type of a relational noun ("ally", "leader"), also one the tokenizer split at its hyphen
    ("Secretary-General", "Commissioner-General": read at its last part)."""
    nouns = ctx.cues.relational_nouns
    start = noun_start(ctx, tok)
    if start < tok.i:
        return nouns.get(f"{ctx.doc[start].lower_}-{tok.lower_}")
    return nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())


def noun_start(ctx: Context, tok: Token) -> int:
    """The first token of a hyphenated noun ending at ``tok`` ("Secretary - General"), or of the same noun
    written in two words ("the secretary general of ..."), else ``tok.i``."""
    doc, nouns = ctx.doc, ctx.cues.relational_nouns
    if tok.i - 2 >= ctx.sent.start and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ \
            and not doc[tok.i - 1].whitespace_ and f"{doc[tok.i - 2].lower_}-{tok.lower_}" in nouns:
        return tok.i - 2
    if tok.i - 1 >= ctx.sent.start and f"{doc[tok.i - 1].lower_}-{tok.lower_}" in nouns:
        return tok.i - 1
    return tok.i


def before_comma(ctx: Context, k: int) -> Mention | None:
    """The mention that ends right before the comma at ``k``, past a parenthesis: "X (ACR), the armed wing"."""
    doc, start = ctx.doc, ctx.sent.start
    if k - 1 < start or k >= ctx.sent.end or doc[k].text != ",":
        return None
    j = k
    if doc[j - 1].text == ")":
        opening = next((i for i in range(j - 2, max(start, j - 10) - 1, -1) if doc[i].text == "("), None)
        if opening is None or opening - 1 < start:
            return None
        j = opening
    return ctx.ending(j) or np_mention(ctx, doc[j - 1])


def apposed_to(ctx: Context, noun: Token) -> Mention | None:
    """The named actor a common noun stands in apposition to: "the June 5 Movement, a coalition (led by ...)",
    "members of the Basij, a volunteer militia (that ...)"."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return None
    # the name right before the apposition's comma first: the parse may hang the apposition on an earlier noun
    # ("Solhan had been protected by the Volunteers (VDP), a civilian militia that ...": not Solhan)
    m = before_comma(ctx, noun.left_edge.i - 1)
    if m is None or m.generic:
        m = ctx.at(noun.head.i)
    return m if m is not None and not m.generic else None


def possessor(ctx: Context, tok: Token) -> Mention | None:
    """The mention that owns a noun: "Israel's war", "its war" (resolved)."""
    for child in tok.children:
        if child.dep_ == "poss":
            if child.tag_ == "PRP$":
                return resolve_pronoun(ctx, child)
            m = ctx.at(child.i)
            if m is not None:
                return m
    return None
