"""Words that read as acts but are not ones the guide codes: a text that was never adopted, a rally that is only the
setting of a speech or a welcome, a warning about a state of affairs rather than one's own action."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from polemos.lang.en.words import CELEBRATION_VERBS, SPEECH_VERBS, TEXT_NOUNS, WARNING_VERBS
from polemos.nlp.document.mention import Mention


def _token(mention: Mention, doc: Doc | None) -> Token | None:
    if doc is None or not 0 <= mention.head_i < len(doc):
        return None
    return doc[mention.head_i]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_failed_text(mention: Mention, doc: Doc | None) -> bool:
    """"A draft statement condemning the violence was not adopted": the act is the content of a text (draft,
    resolution) that the sentence says did not pass."""
    tok = _token(mention, doc)
    if tok is None:
        return False
    noun = tok.head if tok.dep_ in ("acl", "relcl") else None
    if noun is None or noun.lemma_.lower() not in TEXT_NOUNS:
        return False
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.i != noun.i and _negated(verb)


def is_setting_rally(mention: Mention, doc: Doc | None) -> bool:
    """"Maduro told a rally of supporters", "speaking at a rally", "rallied to welcome them": a rally that is the
    audience of a speech or a welcome or celebration, not a protest (guide notes: welcome rallies are not coded)."""
    if mention.event.type != "PROTEST":
        return False
    tok = _token(mention, doc)
    if tok is None:
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CELEBRATION_VERBS for c in tok.children):
        return True
    if tok.lemma_.lower() != "rally" or not mention.noun:
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in SPEECH_VERBS:
        return True
    return (tok.dep_ == "pobj" and head.lower_ in ("at", "to") and head.head.lemma_.lower() in SPEECH_VERBS)


def is_warning_of_state(mention: Mention, doc: Doc | None) -> bool:
    """"warned that famine is likely": a THREATEN whose warning says how things are or will be (a copula clause
    about no actor), not what the speaker will do (guide §3: warnings of one's own forceful action)."""
    if mention.event.type != "THREATEN":
        return False
    tok = _token(mention, doc)
    if tok is None or tok.lemma_.lower() not in WARNING_VERBS or doc is None:
        return False
    actors = list(doc.spans.get("actors", []))
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() != "be":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and all(s.pos_ == "NOUN" and not any(a.start <= s.i < a.end for a in actors) for s in subjects):
            return True
    return False


def is_thing_threat(mention: Mention, doc: Doc | None) -> bool:
    """"The fighting threatens to derail a conference": what a thing or an event puts at risk is no one's threat
    (guide §3: THREATEN is an actor's threat)."""
    if mention.event.type != "THREATEN" or any(a.start is not None for a in mention.event.source):
        return False
    tok = _token(mention, doc)
    if tok is None or doc is None or tok.lemma_.lower() != "threaten":
        return False
    actors = list(doc.spans.get("actors", []))
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not any(a.start <= s.i < a.end for a in actors)
                                  for s in subjects)


__all__ = ["is_failed_text", "is_setting_rally", "is_thing_threat", "is_warning_of_state"]
