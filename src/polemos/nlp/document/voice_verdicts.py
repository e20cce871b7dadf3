"""The author's verdicts (guide §1: condemnations and criticism are the author's ACCUSE): a judgement the document
passes in its own voice, or in the words of its spokesperson, with no verb of condemnation: "The silence of X is
shameful", "... may constitute crimes against humanity", "is a betrayal", "nothing can justify the slaughter".

Only a verdict word as the predicate counts (the complement of "be", "constitute", "amount to"; the object of a
negated "justify"), never a mention ("found guilty of crimes against humanity" is a court's finding, not a
verdict of the document). The one blamed is the subject of the verdict (its doer, "the silence of X"; "killing
... organised by the authorities"), else, in a spokesperson's quote, the state the quote names. The words come
from plover.yaml's ``author_voice`` table (``verdict_words``, ``verdict_verbs``). Rule ``doc.voice.verdict``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from polemos.models import Actor
from polemos.nlp.document.voice_acts import Act, Addressees, proper_name_actor

RULE = "doc.voice.verdict"
_COPULAS = frozenset({"be", "remain", "seem", "become"})
_RESPONSIBLE = frozenset({"responsible", "accountable"})
_REPORTING = frozenset({"say", "tell", "state", "claim", "allege", "add", "according", "report", "insist"})
_STATE_KINDS = frozenset({"state", "government", "armed_forces", "police"})
_QUOTES = re.compile(r"[\"“”]")


def _quoted(doc: Doc, sent: Span) -> bool:
    """Whether the sentence lies inside a quotation of its paragraph (an odd number of marks before it)."""
    para = doc.text.rfind("\n\n", 0, sent.start_char)
    before = doc.text[para + 1 if para >= 0 else 0:sent.start_char]
    inside = sent.text.lstrip()[:1] in "\"“"
    return inside or len(_QUOTES.findall(before)) % 2 == 1


def _paragraph(doc: Doc, pos: int) -> tuple[int, int]:
    a = doc.text.rfind("\n\n", 0, pos)
    b = doc.text.find("\n\n", pos)
    return (a + 2 if a >= 0 else 0), (b if b >= 0 else len(doc.text))


def _verdict(sent: Span, words: frozenset[str], verbs: frozenset[str],
             harms: frozenset[str] = frozenset()) -> tuple[Token, Token | None] | None:
    """(the verdict's word, the subject it is said of) when the sentence passes a verdict as its predicate."""
    lowered = sent.text.lower()
    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        head = tok.head
        judged = low in words or lemma in words or tok.dep_ == "attr" and any(
            c.dep_ == "amod" and c.lower_ in words for c in tok.children)  # "an unreliable partner"
        if tok.dep_ in ("acomp", "attr") and judged and head.lemma_.lower() in _COPULAS:
            return tok, _subject(head)
        if tok.dep_ == "acomp" and low in _RESPONSIBLE and head.lemma_.lower() in _COPULAS and any(
                p.lower_ == "for" and any(o.lemma_.lower() in harms for o in p.children if o.dep_ == "pobj")
                for p in tok.children if p.dep_ == "prep"):
            return tok, _subject(head)  # "the Group, which ... is responsible for multiple terrorist attacks"
        if tok.dep_ in ("dobj", "attr", "pobj") and tok.pos_ == "NOUN":
            verb = head.head if tok.dep_ == "pobj" else head
            phrase = " ".join(t.lower_ for t in tok.subtree)
            if verb.lemma_.lower() in verbs and any(w in phrase.split() or " " in w and w in phrase for w in words):
                return tok, _subject(verb)
        if lemma == "justify" and any(c.dep_ == "nsubj" and c.lower_ in ("nothing", "none") for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            return tok, obj
    if "nothing can justify" in lowered:
        return sent[0], None
    return None


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp" and verb.head is not verb:
        return _subject(verb.head)  # "Russia has proved to be an unreliable partner"
    if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        return verb.head  # "the Group, which ... is responsible for": the antecedent
    return subj


def _blamed(subject: Token | None, sent: Span, addressees: Addressees) -> list[Actor]:
    """The actors the verdict blames: the subject, its doers ("the silence of X"), and the agents inside it
    ("killing ... organised by the authorities")."""
    if subject is None:
        return []
    found: list[Actor] = []
    actor = addressees.actor_at(subject)
    if actor is None and subject.pos_ == "PROPN":
        actor = proper_name_actor(subject)  # "the Hafiz Gul Bahadur Group, which ..."
    if actor is not None:
        found.append(actor)
    found += addressees.of_noun(subject)
    together = [t for t in sent if t.lower_ == "with" and t.i > 0 and t.doc[t.i - 1].lower_ == "together"]
    for tok in [*subject.subtree, *together]:
        if tok.dep_ == "agent" or tok in together:
            found += [a for o in tok.children if o.dep_ == "pobj" for a in [addressees.actor_at(o)] if a is not None]
    for conj in subject.conjuncts:
        actor = addressees.actor_at(conj)
        if actor is not None:
            found.append(actor)
    return list({id(a): a for a in found}.values())




def _states_in(doc: Doc, span: tuple[int, int], addressees: Addressees) -> list[Actor]:
    out: list[Actor] = []
    for i, (_, actor) in addressees.index.items():
        if span[0] <= doc[i].idx < span[1] and actor.kind in _STATE_KINDS and not addressees.is_author(doc[i]) and \
                all(actor is not a for a in out):
            out.append(actor)
    return out[:1]


def find_verdicts(doc: Doc, addressees: Addressees, *, verdict_words: frozenset[str],
                  verdict_verbs: frozenset[str], harm_nouns: frozenset[str] = frozenset(),
                  speaks_for_author: Callable[[str], bool],
                  skip: Callable[[int], bool]) -> list[Act]:
    """The author's verdicts: in its own sentences (no reporting verb, no quotation), and in quotations whose
    paragraph attributes them to someone speaking for it ("said X, director at <the author>")."""
    out: list[Act] = []
    for sent in doc.sents:
        if skip(sent.start_char):
            continue
        quoted = _quoted(doc, sent)
        para = _paragraph(doc, sent.start_char)
        if quoted:
            if not speaks_for_author(doc.text[para[0]:para[1]]):
                continue
        elif any(t.lemma_.lower() in _REPORTING for t in sent):
            continue
        found = _verdict(sent, verdict_words, verdict_verbs, harm_nouns)
        if found is None:
            continue
        word, subject = found
        targets = _blamed(subject, sent, addressees)
        if not targets and quoted:
            targets = _states_in(doc, para, addressees)
        out.append(Act(type="ACCUSE", verb=word, targets=targets, rule=RULE, sent=sent))
    return out


__all__ = ["RULE", "find_verdicts"]
