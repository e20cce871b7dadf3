"""Modality applied to a candidate (PLOVER): an intended cooperative act is AGREE, an intended hostile act
THREATEN, a refused cooperative act REJECT; a scheduled, negated or hypothetical act is no event."""

from __future__ import annotations

from spacy.tokens import Token

from polemos.lang.en.words import (
    ATTEMPT_NOUNS,
    CAPABILITY_WORDS,
    OFFER_WORDS,
    PLAN_INTENT_WORDS,
    SEND_FORCES_VERBS,
    VOW_VERBS,
    VOWED_FORCE_VERBS,
)
from polemos.models import Decision
from polemos.nlp.events.candidate import (
    Candidate,
)
from polemos.nlp.events.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    ModalityWords,
    conditional_unless,
    governed_by,
    is_rule_out,
    is_scheduled,
    modality_of,
)
from polemos.nlp.triggers import (
    governor,
    lemma,
)
from polemos.ontology.lexicon import Lexicon

#: Cooperative acts that a hope, an expectation or an attempt leaves unpromised.
_FORESEEABLE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})

_UP_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "conj", "acomp", "dobj", "pobj", "prep"})


def is_capability(token: Token) -> bool:
    """The act is only what someone may or can do ("banks would be able to freeze accounts", "gives the
    authorities powers to ban gatherings"): a capability, neither an act nor an offer or threat."""
    t = token
    for _ in range(4):
        if t.dep_ not in _UP_DEPS or t.head.i == t.i:
            return False
        head = t.head
        infinitive = t.dep_ in ("xcomp", "acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in t.children)
        if infinitive and lemma(head) in CAPABILITY_WORDS:
            return True
        if infinitive and any(c.dep_ == "dobj" and lemma(c) in CAPABILITY_WORDS for c in head.children):
            return True  # "give authorities powers to ban", however the parser hung "ban"
        t = head
    return False


# Meetings one can withdraw from before they happen: pulling out of one refuses to meet (PLOVER REJECT, mode
# meet, CAMEO 125); leaving talks under way halts negotiations (SANCTION withdraw, CAMEO 164, as walk.v.sanction).
_MEETINGS = frozenset({"meeting", "summit", "visit", "trip", "conference", "session", "tour"})


def quits_meeting(token: Token) -> str | None:
    """The lemma of the meeting a withdrawal verb leaves ("pulled out of a meeting with Pashinyan", "withdrew
    from the summit"), or None when it leaves a place or anything else."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]
    for c in token.children:
        if c.dep_ in ("prep", "prt") and c.lower_ == "out":
            preps += [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            preps += [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"]
    for p in preps:
        for obj in p.children:
            if obj.dep_ == "pobj" and lemma(obj) in _MEETINGS:
                return lemma(obj)
    return None


def _counterpart(token: Token) -> bool:
    """The meeting names whom it is with: an object ("will visit Albania") or a "with" phrase."""
    return any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with") for c in token.children)


def _attempted(token: Token) -> bool:
    """"a coordinated effort to topple Henry", "a bid to arrest him": the act is only tried for."""
    return (token.dep_ == "acl" and token.head.i != token.i and lemma(token.head) in ATTEMPT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _vows_force(token: Token) -> bool:
    """"vowed that Pakistan would respond with full force", "promised that the UNM would face the harshest
    verdict": the vow's clause says force will be used."""
    return lemma(token) in VOW_VERBS and any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in VOWED_FORCE_VERBS
                                             for c in token.children)


def _negated_description(token: Token) -> bool:
    """A negated verb of a relative clause in the present or the past perfect ("who do not accept", "that had not
    visited"): a description of the noun, not a refusal on an occasion."""
    if token.dep_ != "relcl" or token.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ in ("VBP", "VBZ") or (a.lower_ == "had" and token.tag_ == "VBN") for a in auxes) or (
        not auxes and token.tag_ in ("VBP", "VBZ"))


def _recode(cand: Candidate, lex: Lexicon, words: ModalityWords, *, keep_unasserted: bool) -> Candidate | None:
    """Apply modality: intentions become AGREE/THREATEN, refusals REJECT; the rest is dropped or marked."""
    gov = governor(cand.token) if cand.match.entry.pos == "noun" else None
    if is_scheduled(cand.token, words) or (gov is not None and cand.token.dep_ == "dobj"
                                            and gov.pos_ in ("VERB", "AUX") and is_scheduled(gov, words)):
        # only on the calendar ("protests due to start on Wednesday", "ahead of the talks"): nothing happened yet,
        # and no one's promise or threat
        cand.modality = FUTURE
        return cand if keep_unasserted else None
    cand.modality = modality_of(cand.token, words)
    if cand.type != "ASSAULT" and _attempted(cand.token):
        # an attempted attack is ASSAULT (guide §3); an attempted arrest or overthrow is none of it
        cand.modality = HYPOTHETICAL
        cand.decisions.append(Decision("events.modality.attempt", "dropped", f"only a {cand.token.head.text!r}"))
        return cand if keep_unasserted else None
    if cand.type == "AGREE" and cand.match.entry.pos == "verb" and _vows_force(cand.token):
        cand.rule += " +vowed-force:AGREE->THREATEN"
        cand.decisions.append(Decision("events.retype.vowed-force", "retyped", "AGREE->THREATEN: force promised"))
        cand.type, cand.mode, cand.retyped = "THREATEN", None, True
    if cand.type == "RETREAT" and cand.match.entry.pos == "verb" and (met := quits_meeting(cand.token)):
        cand.rule += " +quit-meeting:RETREAT->REJECT"
        cand.decisions.append(Decision("events.retype.quit-meeting", "retyped", f"RETREAT->REJECT: leaves a {met}"))
        cand.type, cand.mode, cand.retyped = "REJECT", "meet", True
    if cand.match.entry.pos == "noun" and cand.modality == ASSERTED:
        gov = governor(cand.token)
        if gov is not None and cand.token.dep_ in ("dobj", "nsubjpass"):
            cand.modality = modality_of(gov, words)
            if cand.modality == NEGATED and is_rule_out(gov):
                cand.modality = HYPOTHETICAL  # "further talks were not ruled out": possible, not refused
    polarity = lex.polarity(cand.type)
    if cand.modality in (FUTURE, ASSERTED) and cand.match.entry.pos == "verb" and is_capability(cand.token):
        cand.modality = HYPOTHETICAL
        cand.decisions.append(Decision("events.modality.capability", "dropped", "what someone may do, not an act"))
        return cand if keep_unasserted else None
    if cand.modality == FUTURE:
        if cand.type == "REQUEST" and cand.match.entry.pos == "verb":
            # "his lawyer said he would appeal", "will ask the council to meet": a request not yet made is a
            # plan, no offer or threat to anyone (guide §1)
            cand.decisions.append(Decision("events.modality.plan", "dropped", "a request not yet made"))
            return cand if keep_unasserted else None
        if cand.type == "ACCUSE" and cand.mode == "investigate":
            # "said the government would investigate what had happened": a plan (guide §1's own example)
            cand.decisions.append(Decision("events.modality.plan", "dropped", "an investigation not yet opened"))
            return cand if keep_unasserted else None
        planned = governed_by(cand.token, PLAN_INTENT_WORDS) if cand.type in _FORESEEABLE else None
        if planned is not None:
            # "hope to agree on a framework", "would try to secure his release": a hope or an attempt, no promise
            cand.decisions.append(Decision("events.modality.hope", "dropped", f"only {planned.text!r}"))
            return cand if keep_unasserted else None
        plot = governed_by(cand.token, lex.word_set("plot_verbs"))
        if plot is not None:
            # "officers conspired to kill the minister", "plotted to overthrow": a secret plan, made to no one, is
            # neither a threat nor a promise (guide §1: plans are not coded)
            cand.decisions.append(Decision("events.modality.plot", "dropped", f"only {plot.text!r}"))
            return cand if keep_unasserted else None
        if cand.type == "CONSULT" and not _counterpart(cand.token) and governed_by(cand.token, OFFER_WORDS) is None:
            # "will hold an emergency meeting on Thursday", "said they would meet again": a meeting foreseen with no
            # one named to meet, not an offer to meet another actor (guide §1: plans are not coded); "will visit
            # Albania" stays AGREE (guide §3)
            cand.decisions.append(Decision("events.modality.meeting-foreseen", "dropped", "no offer to meet"))
            return cand if keep_unasserted else None
        if cand.type in ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"):
            return cand
        unless = conditional_unless(cand.token)
        if cand.type == "PROTEST" and not unless:
            # "organisers said they would march on State House": a protest announced is a plan, no threat to anyone
            # (guide §1: "a general strike is planned"); "will strike unless ..." is an ultimatum
            cand.decisions.append(Decision("events.modality.plan", "dropped", "a protest announced"))
            return cand if keep_unasserted else None
        if cand.type == "MOBILIZE" and not unless:
            if lemma(cand.token) not in SEND_FORCES_VERBS:
                # "would deploy troops": a plan, no offer or threat to anyone (guide §1)
                cand.decisions.append(Decision("events.modality.plan", "dropped", "an intended move of forces"))
                return cand if keep_unasserted else None
            new = "AGREE"  # "would send peacekeeping forces to Kazakhstan": future help is AGREE (guide §3)
        else:
            new = "THREATEN" if polarity == "conflictual" or unless else "AGREE"
        cand.rule += f" +intent:{cand.type}->{new}"
        cand.decisions.append(Decision("events.retype.intent", "retyped", f"{cand.type}->{new}"))
        cand.type, cand.mode, cand.retyped = new, None, True
        return cand
    if cand.modality == NEGATED and polarity == "cooperative" and cand.type != "REQUEST" and \
            conditional_unless(cand.token):
        # "would not free the pilot unless Indonesia recognised independence": a refusal on a condition is an
        # ultimatum (guide §2: one THREATEN)
        cand.rule += f" +ultimatum:{cand.type}->THREATEN"
        cand.decisions.append(Decision("events.retype.ultimatum", "retyped", f"{cand.type}->THREATEN"))
        cand.type, cand.mode, cand.modality, cand.retyped = "THREATEN", None, ASSERTED, True
        return cand
    if cand.modality == NEGATED and polarity == "cooperative" and cand.type != "REQUEST":
        if _negated_description(cand.token):
            # "sects that do not accept medical treatment", "a patient that had not visited Mexico": what someone
            # does not do, told to describe them, refuses nothing (guide §1: negated events are not coded)
            cand.decisions.append(Decision("events.modality.negated-description", "dropped", "describes its noun"))
            return cand if keep_unasserted else None
        cand.rule += f" +refusal:{cand.type}->REJECT"
        cand.decisions.append(Decision("events.retype.refusal", "retyped", f"{cand.type}->REJECT"))
        cand.type, cand.mode, cand.modality, cand.retyped = "REJECT", None, ASSERTED, True
        return cand
    if cand.modality != ASSERTED and not keep_unasserted:
        return None
    return cand
