"""Modality of an event trigger: did the text assert it happened, deny it, negate it, or only foresee it?

The trigger's clause is climbed through its complements ("refused to meet", "plans to impose",
"did not launch an attack"); relative and adverbial clauses keep their own modality, and reported
speech is transparent ("X said it had attacked").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from polemos.lang.en.words import CALENDAR_PREDICATES, GENERIC_HEADS, RESTRAINT_PARTICLES, RESTRAINT_PREPS

ASSERTED, NEGATED, DENIED, FUTURE, HYPOTHETICAL = "asserted", "negated", "denied", "future", "hypothetical"


MODALITIES = (ASSERTED, NEGATED, DENIED, FUTURE, HYPOTHETICAL, "threatened")


#: Dependencies through which a trigger is the content of the word above it.
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "oprd"})


@dataclass(frozen=True)
class ModalityWords:
    """Word lists (lemmas) that set modality, from plover.yaml."""

    future_aux: frozenset[str] = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
    hypothetical_aux: frozenset[str] = frozenset({"may", "might", "could", "should", "can", "must", "ought"})
    intent: frozenset[str] = frozenset({"plan", "intend", "want", "vow", "pledge", "promise", "offer", "prepare",
                                        "ready", "willing", "prepared"})
    refusal: frozenset[str] = frozenset({"refuse", "decline", "fail"})
    denial: frozenset[str] = frozenset({"deny"})
    # Holding back from an act ("stopped short of criticising", "refrained from attacking"): lemma, or lemma and
    # particle/adverb.
    restraint: frozenset[str] = frozenset({"refrain", "abstain", "stop short", "hold back"})
    reporting: frozenset[str] = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm"})
    conditional_marks: frozenset[str] = frozenset({"if", "unless", "whether"})
    # "until"/"till" before a verb in the present tense marks a condition ("until the plan is withdrawn"), before a
    # past one a time that came ("until troops withdrew")
    until_marks: frozenset[str] = frozenset({"until", "till"})
    negators: frozenset[str] = frozenset({"not", "n't", "never", "no"})
    background_preps: frozenset[str] = frozenset({"after", "following", "before", "amid", "despite", "since", "during"})
    background_nouns: frozenset[str] = frozenset({"response", "retaliation", "reaction", "revenge", "wake"})
    # Modifiers and predicates of an event that is only on the calendar ("planned protests", "talks due to
    # start", "are scheduled to meet"): not yet happened, and nobody's intention either.
    scheduled: frozenset[str] = frozenset({"due", "schedule", "scheduled", "slate", "slated", "plan", "planned",
                                           "upcoming", "forthcoming", "proposed", "propose"})
    # Nouns whose "of"/"to" object is a later event ("ahead of the protests", "on the eve of the summit").
    future_frames: frozenset[str] = frozenset({"ahead", "eve", "run-up", "lead-up", "runup", "leadup"})

    @classmethod
    def from_lists(cls, words: Mapping[str, Collection[str]]) -> ModalityWords:
        """Build from the lists of plover.yaml (missing lists keep the defaults)."""
        base = cls()

        def get(key: str, default: frozenset[str]) -> frozenset[str]:
            return frozenset(words[key]) if key in words else default

        return cls(future_aux=get("future_aux", base.future_aux),
                   hypothetical_aux=get("hypothetical_aux", base.hypothetical_aux),
                   intent=get("intent_verbs", base.intent), refusal=get("refusal_verbs", base.refusal),
                   denial=get("denial_verbs", base.denial), restraint=get("restraint_verbs", base.restraint),
                   reporting=get("reporting_verbs", base.reporting),
                   background_preps=get("background_preps", base.background_preps),
                   background_nouns=get("background_nouns", base.background_nouns),
                   scheduled=get("scheduled_words", base.scheduled),
                   future_frames=get("future_frames", base.future_frames))


DEFAULT_WORDS = ModalityWords()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_negated(token: Token, words: ModalityWords = DEFAULT_WORDS) -> bool:
    """A negation attached to the word itself ("did not attack", "no attack", "never met")."""
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("det", "advmod") and child.lower_ in ("no", "never"):
            return True
    return False


def _own_aux(token: Token, words: ModalityWords) -> str | None:
    """Modality set by the auxiliaries and marks of one verb."""
    for child in token.children:
        if child.dep_ in ("aux", "auxpass"):
            low = child.lower_
            if low in words.future_aux or _lemma(child) in words.future_aux:
                return FUTURE
            if low in words.hypothetical_aux:
                return HYPOTHETICAL
        if child.dep_ == "mark" and child.lower_ in words.conditional_marks:
            return HYPOTHETICAL
        if child.dep_ == "mark" and child.lower_ in words.until_marks and _present(token):
            return HYPOTHETICAL  # "vowed to continue until the plan is withdrawn": a condition still to be met
    # "is going to attack", "is about to"
    return None


def _present(token: Token) -> bool:
    """A verb in the present tense, by itself or its auxiliary ("is withdrawn", "ends"; not "withdrew")."""
    return token.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                               for c in token.children)


def is_rule_out(token: Token) -> bool:
    """"ruled out": negated, it leaves the act possible (hypothetical), it does not refuse it."""
    return _lemma(token) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _restrains(prep: Token, words: ModalityWords) -> bool:
    """The preposition is the complement slot of a restraint verb: "refrained [from]", "stopped short [of]",
    "held back [from]" (the preposition may hang on the verb or on its particle)."""
    if prep.lower_ not in RESTRAINT_PREPS or prep.head.i == prep.i:
        return False
    head = prep.head
    if head.lower_ in RESTRAINT_PARTICLES and head.dep_ in ("advmod", "prt", "acomp", "advcl", "prep"):
        verb = head.head
        return verb.i != head.i and f"{_lemma(verb)} {head.lower_}" in words.restraint
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(head) in words.restraint:
        return True
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in RESTRAINT_PARTICLES
               and f"{_lemma(head)} {c.lower_}" in words.restraint for c in head.children)


def modality_of(trigger: Token, words: ModalityWords = DEFAULT_WORDS, *, max_steps: int = 8) -> str:
    """asserted | negated | denied | future | hypothetical, from the trigger's clause and those governing it."""
    t = trigger
    finite_conj = False  # reached through a conjunct in the simple past: the head's own auxiliaries are not its
    for _ in range(max_steps):
        if any(c.dep_ == "mark" and c.lower_ in words.conditional_marks for c in t.children):
            return HYPOTHETICAL  # "if Ankara did not apologise", "if the demand was not met": no refusal, a condition
        if not finite_conj and is_negated(t, words):
            # "talks were not ruled out", "did not rule out sending troops": possible, not refused (guide §1)
            return HYPOTHETICAL if t is not trigger and is_rule_out(t) else NEGATED
        own = None if finite_conj else _own_aux(t, words)
        finite_conj = False
        if own == FUTURE:
            # "will not attack" is a refusal, caught above; "would attack" is an intention.
            return FUTURE
        if own == HYPOTHETICAL:
            return HYPOTHETICAL
        dep, head = t.dep_, t.head
        if head.i == t.i:
            return ASSERTED
        hl = _lemma(head)
        # "agreed to a ceasefire after days of fighting": the fighting is a fact, not part of the agreement
        if (dep == "prep" and t.lower_ in words.background_preps) or (
                dep == "pobj" and _lemma(t) in words.background_nouns and t.i != trigger.i):
            return ASSERTED
        if dep in ("xcomp", "ccomp", "pcomp", "dobj", "acomp") or (dep == "prep" and head.pos_ in ("VERB", "ADJ")):
            if hl in words.denial:
                return DENIED
            if hl in words.refusal:
                return NEGATED
            if hl in words.intent and dep in ("xcomp", "ccomp", "prep", "acomp", "pcomp"):
                return NEGATED if is_negated(head, words) else FUTURE
            if dep == "ccomp" and hl in words.reporting:
                return ASSERTED
        # "to help repel the assault", "a plan to attack": a purpose, not a fact
        if dep in ("advcl", "acl") and _is_infinitive(t) and not (dep == "acl" and hl in ("attempt", "bid", "effort")):
            return HYPOTHETICAL
        if dep == "prep" and t.lower_ == "without":
            return NEGATED
        if dep == "prep" and _restrains(t, words):
            # "stopped short of criticising the attack": the act held back from did not happen
            return NEGATED
        if dep == "relcl" and head.lower_ in GENERIC_HEADS:
            return HYPOTHETICAL  # "anyone who joined the demonstrations would be arrested": no one did yet
        if dep in CONTENT_DEPS or dep == "prep":
            t = head
            continue
        if dep == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            # "denied claims that its troops had shelled villages": the clause is what the noun says, and
            # is as true as the noun's governor makes it
            t = head
            continue
        if dep == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # "said the dispute should be resolved ... and rejected the call", "was not legal but called on":
            # a finite past verb carries no "should" or "not" of the verb it is joined to, only its governors'
            finite_conj = t.tag_ == "VBD"
            t = head
            continue
        return ASSERTED
    return ASSERTED


_GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "prep", "pcomp", "acomp", "dobj", "pobj", "advcl", "conj", "relcl"})


def governed_by(trigger: Token, governors: Collection[str], *, max_steps: int = 6) -> Token | None:
    """The word of ``governors`` (lemmas) above the trigger in its clause chain ("hope to agree", "ready to meet",
    "is expected ... to try to mediate"), or None; a reporting verb or a new subject ends the climb."""
    t = trigger
    for _ in range(max_steps):
        if t.dep_ not in _GOVERNING_DEPS or t.head.i == t.i:
            return None
        t = t.head
        if _lemma(t) in governors or t.lower_ in governors:
            return t
    return None


def conditional_unless(trigger: Token) -> bool:
    """An 'unless' clause hangs on the trigger's verb: a conditional threat ("will withdraw unless ...")."""
    t = trigger
    for _ in range(4):
        for child in t.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in child.children):
                return True
            if child.dep_ == "prep" and child.lower_ == "unless":
                return True
        if t.dep_ in ("xcomp", "ccomp") and t.head.i != t.i:
            t = t.head
            continue
        break
    return False


_FRAME_PATH_DEPS = frozenset({"pobj", "prep", "compound", "conj", "appos"})


def _hyphen_prefixed(token: Token) -> bool:
    """"pre-planned", "long-planned": a word after a hyphen is part of a compound adjective (premeditated, done)."""
    return token.i >= 1 and token.doc[token.i - 1].text == "-"


def is_scheduled(trigger: Token, words: ModalityWords = DEFAULT_WORDS) -> bool:
    """The event is only planned or scheduled: "three days of protests due to start on Wednesday", "a planned
    march", "ahead of the talks", "the leaders are due to meet on Friday", "on the eve of the summit"."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ in ("amod", "acl", "compound") and (_lemma(c) in words.scheduled or c.lower_ in words.scheduled)
               and not _hyphen_prefixed(c) for c in trigger.children):
            return True
        t = trigger
        for _ in range(6):  # "ahead of three days of opposition protests"
            if t.dep_ not in _FRAME_PATH_DEPS or t.head.i == t.i:
                break
            if t.dep_ == "prep" and t.lower_ in ("of", "to") and _lemma(t.head) in words.future_frames:
                return True
            t = t.head
        return False
    # "are due to meet", "is scheduled to visit": the verb is the infinitive of a calendar predicate;
    # "the M23 was to cease hostilities ... and withdraw": "be to" sets an obligation or plan, not an act
    t = trigger
    while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        t = t.head
    if not (t.dep_ == "xcomp" and _is_infinitive(t)) or any(c.dep_ == "neg" for c in t.head.children):
        return False
    return _lemma(t.head) in CALENDAR_PREDICATES or (_lemma(t.head) == "be" and t.head.pos_ in ("AUX", "VERB"))


