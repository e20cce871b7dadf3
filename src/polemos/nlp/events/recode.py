"""Modality applied to a candidate (PLOVER): an intended cooperative act is AGREE, an intended hostile act
THREATEN, a refused cooperative act REJECT; a scheduled, negated or hypothetical act is no event."""

from __future__ import annotations

from polemos.models import Decision
from polemos.nlp.events.candidate import (
    Candidate,
)
from polemos.nlp.events.modality import (
    ASSERTED,
    FUTURE,
    NEGATED,
    ModalityWords,
    conditional_unless,
    is_scheduled,
    modality_of,
)
from polemos.nlp.triggers import (
    governor,
)
from polemos.ontology.lexicon import Lexicon


def _recode(cand: Candidate, lex: Lexicon, words: ModalityWords, *, keep_unasserted: bool) -> Candidate | None:
    """Apply modality: intentions become AGREE/THREATEN, refusals REJECT; the rest is dropped or marked."""
    if is_scheduled(cand.token, words):
        # only on the calendar ("protests due to start on Wednesday", "ahead of the talks"): nothing happened yet,
        # and no one's promise or threat
        cand.modality = FUTURE
        return cand if keep_unasserted else None
    cand.modality = modality_of(cand.token, words)
    if cand.match.entry.pos == "noun" and cand.modality == ASSERTED:
        gov = governor(cand.token)
        if gov is not None and cand.token.dep_ in ("dobj", "nsubjpass"):
            cand.modality = modality_of(gov, words)
    polarity = lex.polarity(cand.type)
    if cand.modality == FUTURE:
        if cand.type in ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"):
            return cand
        new = "THREATEN" if polarity == "conflictual" or conditional_unless(cand.token) else "AGREE"
        cand.rule += f" +intent:{cand.type}->{new}"
        cand.decisions.append(Decision("events.retype.intent", "retyped", f"{cand.type}->{new}"))
        cand.type, cand.mode, cand.retyped = new, None, True
        return cand
    if cand.modality == NEGATED and polarity == "cooperative" and cand.type != "REQUEST":
        cand.rule += f" +refusal:{cand.type}->REJECT"
        cand.decisions.append(Decision("events.retype.refusal", "retyped", f"{cand.type}->REJECT"))
        cand.type, cand.mode, cand.modality, cand.retyped = "REJECT", None, ASSERTED, True
        return cand
    if cand.modality != ASSERTED and not keep_unasserted:
        return None
    return cand
