"""The author's own ties (guide §1): "Algeria, our brother and ally", "our allies in the X Federation", "X is our
ally", "the chairman of our party, X" (LEADS). In a document in an actor's own voice, "our" is the author named by its letterhead, so the tie is a relation
between the author and X, stated by the text (rule ``doc.voice.our-relation``). The relational nouns are the
relation cues' (``relation_cues.yaml``: ``relational_nouns``); quoted words are someone else's "our".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from polemos.models import Actor, Evidence, Relation
from polemos.nlp.document.voice_acts import actor_index, proper_name_actor
from polemos.nlp.resources import resources_of

RULE = "doc.voice.our-relation"
_TYPES = frozenset({"ALLY", "ENEMY"})
_OUR = frozenset({"our", "ours"})
_PLACE_PREPS = frozenset({"in", "of", "at", "from"})
_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _quoted(doc: Doc, token: Token) -> bool:
    sent = token.sent
    marks = sum(1 for t in doc[sent.start:token.i] if t.text in _QUOTES)
    return marks % 2 == 1


def _others(noun: Token, index: dict[int, tuple]) -> list[Actor]:  # type: ignore[type-arg]
    """The actors a relational noun with "our" is said of: the one it stands in apposition to ("Algeria, our
    ally"; "Algeria, our brother and ally"), the subject of "is our ally", or the object of "our allies in X"."""
    found: list[Token] = []
    top = noun
    while top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head  # "our brother and ally": the first conjunct carries the apposition
    if top.dep_ == "appos":
        found.append(top.head)
    elif top.dep_ in ("attr", "oprd") and top.head.pos_ in ("AUX", "VERB"):
        found += [c for c in top.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            found += [o for o in child.children if o.dep_ == "pobj"]
    out: list[Actor] = []
    for tok in found:
        hit = index.get(tok.i)
        actor = hit[1] if hit is not None else _proper_name(tok)
        if actor is not None and tok.lower_ not in _OUR and all(actor is not a for a in out):
            out.append(actor)
    return out


def _proper_name(tok: Token) -> Actor | None:
    """A name the recogniser does not know, in capitals ("the Sammilito Garment Workers Federation")."""
    return proper_name_actor(tok) if tok.pos_ == "PROPN" else None


def _leader(noun: Token, index: dict[int, tuple]) -> list[Actor]:  # type: ignore[type-arg]
    """The person a leader noun names: "our chairman, X", "X, our chairman", "the chairman of our party, X"."""
    found = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        found.append(noun.head)
    found += [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > noun.i]
    out: list[Actor] = []
    for tok in found:
        hit = index.get(tok.i)
        if hit is not None and hit[1].kind == "person" and all(hit[1] is not a for a in out):
            out.append(hit[1])
    return out


def author_ties(doc: Doc, author: Actor) -> list[Relation]:
    """Relations of the author with the actors its text calls "our ally", "our enemy", and with those who lead
    it ("the chairman of our party, X"); one per pair."""
    cues = resources_of(doc).cues
    nouns = {w: t for w, t in cues.relational_nouns.items() if t in _TYPES}
    leads = {w for w, t in cues.relational_nouns.items() if t == "LEADS"}
    index = actor_index(doc)
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()

    def add(rtype: str, a: Actor, b: Actor, at: Token) -> None:
        key = (rtype, (a.name if b is author else b.name).lower())
        if key not in seen:
            seen.add(key)
            sent = at.sent
            out.append(Relation(type=rtype, a=a, b=b, rule=RULE,
                                evidence=[Evidence(sent.start_char, sent.end_char, sent.text, RULE)]))

    for tok in doc:
        if tok.lower_ not in _OUR or tok.dep_ != "poss" or _quoted(doc, tok):
            continue
        head = tok.head
        if head.lower_ in cues.author.body_nouns and head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lower_ in leads:  # "the chairman of our party, Levan X"
            # the parser may hang the name on "party" rather than on "chairman"
            for person in _leader(head.head.head, index) or _leader(head, index):
                add("LEADS", person, author, tok)
            continue
        if head.lower_ in leads:  # "our chairman, X"
            for person in _leader(head, index):
                add("LEADS", person, author, tok)
            continue
        for noun in [head] + [c for c in head.children if c.dep_ == "conj"]:
            rtype = nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower())
            if rtype is None or any(c.dep_ == "poss" and c.i != tok.i for c in noun.children):
                continue  # "our enemy's enemy": no actor named
            for other in _others(noun, index):
                add(rtype, author, other, tok)
    return out


__all__ = ["RULE", "author_ties"]
