"""Word sense from the document: "the strikes" after an air strike are no labour strike."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from polemos.lang.en.words import RECIPROCAL_WORDS
from polemos.nlp.document.mention import Mention

_MILITARY_STRIKE = re.compile(r"\b(?:air|missile|drone|artillery|rocket|military|aerial|precision|retaliatory|"
                              r"joint)[ -]?strikes?\b|\bairstrikes?\b|\bstrikes? (?:on|against) [a-z]* ?(?:camps?|"
                              r"positions?|targets?|bases?|rebels|militants|fighters)\b", re.IGNORECASE)


def resense(mention: Mention, mentions: list[Mention], text: str) -> None:
    """Re-type a PROTEST read from "strike(s)" as ASSAULT when the document's strikes are military ones, and drop
    the crowd the sentence stage supplied for it (guide §4: an agentless trigger gets no invented actor)."""
    event = mention.event
    trig = (event.trigger.text if event.trigger else "").lower()
    if event.type != "PROTEST" or "strike" not in trig:
        return
    military = bool(_MILITARY_STRIKE.search(text)) or any(
        m.event.type == "ASSAULT" and m.event.trigger is not None and "strike" in m.event.trigger.text.lower()
        for m in mentions if m is not mention)
    if not military or re.search(r"\b(?:workers|unions?|labou?r)\b|\b(?:general|hunger|national) strikes?\b",
                                    mention.sent_text, re.IGNORECASE):
        return
    event.type, event.mode = "ASSAULT", None
    event.source = [a for a in event.source if a.start is not None]
    mention.decide("doc.retype.strike-sense", "retyped", "PROTEST -> ASSAULT: the document's strikes are military")


def resense_ruled_out(mention: Mention, doc: Doc) -> None:
    """"She ruled out resigning": ruling out an act refuses it (REJECT, guide §3), it is not the act; "was not
    ruled out" is a hypothetical and is left to the keep-out rules."""
    event = mention.event
    if event.type == "REJECT" or not 0 <= mention.head_i < len(doc):
        return
    tok = doc[mention.head_i]
    head = tok.head
    if tok.dep_ not in ("xcomp", "dobj", "pcomp", "advcl") or head.i == tok.i or head.lemma_.lower() != "rule":
        return
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in head.children):
        return
    was = event.type
    event.type, event.mode, event.target = "REJECT", None, []
    event.killed = event.injured = event.arrested = None
    mention.decide("doc.retype.ruled-out", "retyped", f"{was} -> REJECT: {tok.text!r} ruled out")


def resense_reciprocal(mention: Mention, doc: Doc) -> None:
    """"residents from both sides threw stones at each other": violence of two crowds at each other is two-sided
    fighting (ASSAULT, all sides source and target, guide §3), not one crowd's riot."""
    event = mention.event
    if event.type != "PROTEST" or event.mode != "riot" or not 0 <= mention.head_i < len(doc):
        return
    tok = doc[mention.head_i]
    words = " ".join(t.lower_ for t in tok.subtree)
    if not any(f" {w} " in f" {words} " for w in RECIPROCAL_WORDS):
        return
    event.type, event.mode = "ASSAULT", None
    named = [a for a in event.source if a.start is not None]
    event.source, event.target = named, list(named)
    mention.decide("doc.retype.reciprocal", "retyped", "PROTEST -> ASSAULT: two sides at each other")


__all__ = ["resense", "resense_reciprocal", "resense_ruled_out"]
