"""Candidate events: trigger matches worth considering, and the structure tests the passes ask of them (is it
the content of another trigger, the cost or elaboration of another event, background, a label)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import ANONYMITY_VERBS, CHARACTERISING_VERBS, NAMING_PARTICIPLES
from polemos.models import Decision
from polemos.nlp.attach import pobj_chain
from polemos.nlp.events.background import not_an_event
from polemos.nlp.events.modality import (
    ASSERTED,
)
from polemos.nlp.events.roles import Roles, actorish, agents
from polemos.nlp.triggers import (
    TriggerMatch,
    is_noun,
    is_verb,
    lemma,
    match_triggers,
)
from polemos.ontology.lexicon import Lexicon

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT"})


# Content of another event: how a lower trigger hangs under the one that reports, demands or refuses it.
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd", "attr"})


_SKIP_NOUN_DEPS = frozenset({"compound", "appos", "attr", "npadvmod"})


_QUOTES = "\"\u201c\u201d"


@dataclass
class Candidate:
    """A trigger on its way to becoming an event."""

    match: TriggerMatch
    type: str
    mode: str | None
    modality: str = ASSERTED
    rule: str = ""
    roles: Roles = field(default_factory=Roles)
    background: bool = False
    label: bool = False  # a participle that labels a noun ("officials accused of ..."): embeds content, is no event
    tokens: list[Token] = field(default_factory=list)  # all trigger tokens merged into this one
    implied: bool = True  # an agentless act of repression may be given the implied authorities as its source
    retyped: bool = False  # modality or a construction changed the lexicon's type (an intention, a refusal, a riot)
    decisions: list[Decision] = field(default_factory=list)  # what the passes decided about it, in order

    @property
    def token(self) -> Token:
        return self.match.token


_SHORT_QUOTE = 5  # tokens: '"strongly condemned" the detention' quotes the words of the reporter's own verb


def _in_quote(token: Token) -> bool:
    """Inside a quotation of the sentence (an odd number of quote marks before it), unless the quotation is a few
    words of the reporter's own clause: a verb whose subject stands outside them ('Guterres "strongly condemned"
    the detention', 'it "firmly supports" the action')."""
    sent = token.sent
    marks = [t.i for t in sent if t.text in _QUOTES or t.text in ("``", "''")]
    before = [i for i in marks if i < token.i]
    if len(before) % 2 == 0:
        return False
    after = [i for i in marks if i > token.i]
    if not after or after[0] - before[-1] - 1 > _SHORT_QUOTE or token.pos_ not in ("VERB", "AUX"):
        return True
    start, end = before[-1], after[0]
    return not any(c.dep_ in ("nsubj", "nsubjpass") and not start < c.i < end for c in token.children)


def _has_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def _second_content(token: Token) -> bool:
    """A conjunct of the same form as an embedded clause or phrase it joins ("to respect ... and to release",
    "for an end to ... and for troops to leave", "of organising and financing"): it is content of whatever that one is content of."""
    head = token.head
    if token.dep_ != "conj" or head.i == token.i or head.dep_ not in _EMBED_DEPS:
        return False
    if token.pos_ == "ADP" and head.pos_ == "ADP":
        return True
    if token.tag_ == "VBG" and head.tag_ == "VBG" and head.dep_ == "pcomp" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return True  # "accused Belgrade of organising and financing the attack": both gerunds are the charge
    return token.tag_ == "VB" and head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                            for c in token.children)


def _to_infinitive_conj(token: Token) -> bool:
    """"agreed to a ceasefire and to disarm": an infinitive the parser joined to the verb itself, after the verb's
    own "to" phrase, is a second "to" content of that verb, not a clause of its own."""
    head = token.head
    if token.dep_ != "conj" or head.i == token.i or token.tag_ != "VB" or not is_verb(head):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return any(c.dep_ in ("prep", "xcomp") and c.lower_ == "to" and head.i < c.i < token.i for c in head.children)


def content_parent(token: Token, trigger_ids: dict[int, Candidate], lex: Lexicon, *,
                   scene_preps: frozenset[str] = frozenset()) -> Candidate | None:
    """The trigger whose content this one is ("agreed to meet", "accused X of attacking"), if any; a path
    through a preposition of ``scene_preps`` ("detained at protests") is a scene, not content."""
    bg_preps = lex.word_set("background_preps")
    bg_nouns = lex.word_set("background_nouns")
    t = token
    for _ in range(8):
        # a participle on an object is its content ("signed a document pledging to ...")
        participle = (t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") and t.head.dep_ == "dobj"
                      and not actorish(t.head, lex.word_set("actor_heads")))
        if _second_content(t):
            t = t.head  # "urged X to respect ... and to release Y": the release is the urging's content too
            continue
        if t.i == token.i and _to_infinitive_conj(t):
            return trigger_ids.get(t.head.i)
        if t.dep_ == "ccomp" and any(x.text == ";" for x in t.doc[min(t.i, t.head.i):max(t.i, t.head.i)]):
            return None  # "Guaido blamed Maduro's forces; officials accused ...": clauses apart, not content
        if (t.dep_ not in _EMBED_DEPS and not participle) or t.head.i == t.i:
            return None
        if t.dep_ == "prep" and (t.lower_ in bg_preps or (t.lower_ in scene_preps and is_verb(t.head))):
            return None
        if t.dep_ == "pobj" and lemma(t) in bg_nouns:
            return None
        t = t.head
        if t.i in trigger_ids:
            return trigger_ids[t.i]
    return None


def is_background(token: Token, lex: Lexicon) -> bool:
    """Told as the cause or setting of another event ("after", "in response to", "amid")."""
    bg_preps = lex.word_set("background_preps")
    bg_nouns = lex.word_set("background_nouns")
    t = token
    for _ in range(6):
        if t.dep_ == "prep" and t.lower_ in bg_preps:
            return True
        if t.dep_ == "pobj" and lemma(t) in bg_nouns:
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in bg_preps for c in t.children):
            return True
        if t.head.i == t.i or t.dep_ in ("ROOT", "relcl"):
            return False
        t = t.head
    return False


def _own_subject(token: Token) -> bool:
    """The verb names its own subject or agent (not a relative pronoun standing for its head)."""
    return any(c.dep_ in ("nsubj", "agent") and c.lower_ not in ("that", "which", "who") and c.pos_ != "NUM"
               for c in token.children)


def event_host(token: Token, trigger_ids: dict[int, Candidate], *, cost: bool) -> Candidate | None:
    """The event a verb only elaborates: its event-noun subject ("a bombing killed 13", "drone attacks set fire
    to"); for a death/injury verb also the trigger it hangs on ("an attack that killed dozens", "opened fire,
    killing one") or an event noun in its phrase ("killed in a bombing")."""
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i in trigger_ids and is_noun(c):
            return trigger_ids[c.i]
    if not cost:
        return _participle_host(token, trigger_ids)
    if _own_subject(token):
        return None
    # the event named in its own phrase first ("closed two crossings after three soldiers were wounded in an
    # attack by smugglers": the attack's wounded, not the closure's)
    for c in token.children:
        if c.dep_ in ("agent",) or (c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "amid")):
            for h in pobj_chain(c):
                if h.i in trigger_ids:
                    return trigger_ids[h.i]
    # a clause of its own with a passive subject ("fired tear gas at ..., and two people were shot dead") is
    # the cost of an attack told before it, not of some other act
    own_clause = any(c.dep_ == "nsubjpass" for c in token.children)
    t = token
    for _ in range(3):
        if t.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl") and t.head.i != t.i:
            clause = own_clause and t.dep_ in ("advcl", "conj")
            t = t.head
            if t.i in trigger_ids:
                host = trigger_ids[t.i]
                # tear gas kills no one: a death in a clause of its own is another act's
                return None if clause and (host.type != "ASSAULT" or host.mode == "crowd-control") else host
            continue
        break
    return _violent_noun_above(token, trigger_ids)


def _participle_host(token: Token, trigger_ids: dict[int, Candidate]) -> Candidate | None:
    """The event clause a subjectless participle elaborates ("a convoy was struck ..., killing 20 civilians and
    destroying 18 trucks": the destroying is the strike's); the caller keeps only a host of the same type."""
    t = token
    if t.tag_ != "VBG" or _own_subject(t):
        return None
    if t.dep_ == "conj" and t.head.tag_ == "VBG" and t.head.dep_ == "advcl":
        if t.head.i in trigger_ids:  # "killing ... and destroying": the second participle joins the first
            return trigger_ids[t.head.i]
        t = t.head
    if t.dep_ != "advcl" or t.head.i == t.i or not is_verb(t.head):
        return None
    return trigger_ids.get(t.head.i)


_NOUN_CHAIN_DEPS = frozenset({"acl", "relcl", "pobj", "prep", "conj", "appos"})


def _violent_noun_above(token: Token, trigger_ids: dict[int, Candidate]) -> Candidate | None:
    """An agentless death whose clause sits inside the phrase of a violent event noun ("clashes between police
    and students protesting against job quotas killed 105", however the parser hung "killed"): that event's."""
    t = token
    for _ in range(10):
        if t.dep_ not in _NOUN_CHAIN_DEPS or t.head.i == t.i:
            return None
        t = t.head
        host = trigger_ids.get(t.i)
        if host is not None and host.type == "ASSAULT" and is_noun(t) and not host.match.entry.cost:
            return host
    return None


def _mode(cand: Candidate, lex: Lexicon) -> str | None:
    """Mode from the entry, else from modifiers and instruments around the trigger ("drone killing")."""
    if cand.mode:
        return cand.mode
    cues = lex.mode_cues.get(cand.type)
    if not cues:
        return None
    words: set[str] = set()
    for tok in cand.tokens or [cand.token]:
        near = list(tok.children)
        for c in list(near):
            if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "using", "in"):
                near.extend(c.children)
        if tok.dep_ in ("nsubj",):
            near.append(tok.head)
        for c in near:
            words.add(lemma(c))
            words.update(lemma(g) for g in c.children if g.dep_ in ("compound", "amod"))
        words.update(lemma(c) for c in tok.subtree if c.dep_ in ("compound", "amod", "nsubj") and c.head.i == tok.i)
    for m, ws in cues.items():
        if words & ws:
            return m
    own = {lemma(tok) for tok in cand.tokens or [cand.token]}  # the trigger word itself, last ("fired on")
    return next((m for m, ws in cues.items() if own & ws), None)


def find_candidates(doc: Doc, lex: Lexicon, *, skip_quotes: bool = True,
                    rejected: list[Candidate] | None = None) -> list[Candidate]:
    """Trigger matches worth considering, one per head token, in text order; the matches turned away are
    appended to ``rejected`` with the rule that did it."""
    out: list[Candidate] = []
    for sent in doc.sents:
        if not sent.text.strip() or not _has_verb(sent):
            continue
        for m in match_triggers(sent, lex):
            tok = m.token
            why = None
            if skip_quotes and _in_quote(tok):
                why = "events.candidate.in-quote"
            elif m.entry.pos == "noun" and (tok.dep_ in _SKIP_NOUN_DEPS and m.end - m.start == 1):
                why = "events.candidate.noun-modifier"
            elif m.entry.pos == "verb" and tok.dep_ in ("amod", "compound"):
                why = "events.candidate.adjective"  # "the striking teachers", "a wanted man": adjectives, not events
            elif m.entry.pos == "noun" and not_an_event(tok, lex):
                why = "events.candidate.not-an-event"
            elif m.entry.pos == "verb" and is_anonymity(tok):
                why = "events.candidate.anonymity"
            elif m.entry.pos == "verb" and is_naming(tok):
                why = "events.candidate.naming"
            elif is_characterisation(tok):
                why = "events.candidate.characterisation"
            if why is not None:
                if rejected is not None:
                    rejected.append(Candidate(match=m, type=m.entry.type, mode=m.entry.mode, rule=m.entry.rule,
                                              tokens=[tok], decisions=[Decision(why, "dropped")]))
                continue
            out.append(Candidate(match=m, type=m.entry.type, mode=m.entry.mode, rule=m.entry.rule, tokens=[tok],
                                 label=m.entry.pos == "verb" and is_label(tok, lex)))
    return out


def is_anonymity(verb: Token) -> bool:
    """"asked not to be named", "declined to be identified", "requested to remain anonymous": a source withholding
    its name asks and refuses nothing."""
    if lemma(verb) not in ANONYMITY_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBN" and lemma(c) in NAMING_PARTICIPLES:
            return True
        if c.dep_ == "xcomp" and lemma(c) in ("remain", "stay") and any(  # "requested to remain anonymous"
                k.dep_ in ("acomp", "oprd", "attr") and k.lower_ in ("anonymous", "unnamed", "unidentified")
                for k in c.children):
            return True
    return False


def is_naming(verb: Token) -> bool:
    """"launched what it called anti-terrorist operations", "what the ministry called an attack": a verb that only
    names a thing the way someone put it (its object "what", its complement the name) asks and accuses nothing."""
    kids = list(verb.children)
    return lemma(verb) == "call" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in kids) and (
        any(c.dep_ == "oprd" for c in kids) or not any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
                                                        for c in kids))


def is_characterisation(token: Token) -> bool:
    """"conditions that amount to surrender", "may amount to crimes against humanity", "acts constituting
    genocide": the name given to an act is no act of its own."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.i != head.i:
        head = head.head
        return lemma(head) in CHARACTERISING_VERBS or head.lower_ in CHARACTERISING_VERBS
    # "amount to surrender", parsed as an infinitive
    return token.dep_ in ("dobj", "attr", "xcomp") and head.i != token.i and lemma(head) in CHARACTERISING_VERBS


def is_label(verb: Token, lex: Lexicon) -> bool:
    """A participle that only labels the noun it modifies, with no agent ("Russian officials accused of election
    interference", "a man suspected of bombing")."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb) in lex.word_set("label_participles")
            and not agents(verb))
