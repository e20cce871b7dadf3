"""The passes that turn a doc's trigger matches into events, in the order `PASSES` gives.

1. `hosts_and_contents`: a trigger that is only the cost or elaboration of another event ("killed" in "a bombing
   killed 13") joins it; one that is the content of another trigger ("threatened to strike", "accused X of
   attacking") is no event; a sanction a body decided on ("agreed to ban") is taken, not intended.
2. `modality_and_roles`: modality (`recode`), background and settings, source and target (`candidate_roles`).
3. `share_roles`: elaborations and contents lend their targets; event nouns inside another event's clause share
   its actors; intended hostile acts make their promise a threat.
4. `costs`: agentless deaths near a violent event are its cost; demands that state a protest's purpose fold into
   it; mediations and meetings without a counterpart are dropped.
5. `merge_mentions`: same-type mentions of one clause (or an agentless follow-up sentence) are one event.
6. `names_back`: "the attack" after an attack is that attack.
7. `convert`: candidates become `Event`s with counts, date and place.

Every candidate keeps the decisions taken about it (`Candidate.decisions`, with stable rule ids); those that
become no event end in `EventState.dropped`, which the component hands on for ``--explain``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from polemos.lang.en.words import FIRING_VERBS, ORDER_VERBS
from polemos.models import Decision, Event, Evidence
from polemos.nlp.doc_index import sent_number
from polemos.nlp.events.anaphora import claims_of_responsibility, resolve_pointing_targets
from polemos.nlp.events.background import animal_patients, caused_by_non_agent, is_setting_only
from polemos.nlp.events.candidate import (
    Candidate,
    _mode,
    _own_subject,
    content_parent,
    event_host,
    find_candidates,
    is_background,
)
from polemos.nlp.events.candidate_roles import _roles, owned_things
from polemos.nlp.events.convert import _attach, _to_event
from polemos.nlp.events.merge import (
    _STANDING_MODES,
    _VIOLENT_TYPES,
    _at,
    _compatible,
    _drop_anaphora,
    _inherit_from_clause,
    _merge_into,
    _modes_differ,
    _riot,
    _separate_acts,
    absorb_victims,
    attackers_own_dead,
    decision_taken,
    fold_purposes,
    is_mediator,
)
from polemos.nlp.events.modality import (
    ASSERTED,
    ModalityWords,
)
from polemos.nlp.events.participants import actors_for_heads, paragraph_sents
from polemos.nlp.events.parts import part_of_another_act
from polemos.nlp.events.recode import _recode
from polemos.nlp.events.roles import actorish, verb_roles
from polemos.nlp.events.things import localise_generic
from polemos.nlp.events.word_senses import wrong_sense
from polemos.nlp.triggers import (
    is_verb,
    lemma,
)
from polemos.ontology.lexicon import Lexicon


@dataclass
class EventState:
    """What the passes hand on to each other for one doc."""

    doc: Doc
    lex: Lexicon
    keep_unasserted: bool
    cands: list[Candidate]
    by_token: dict[int, Candidate] = field(default_factory=dict)
    alive: list[Candidate] = field(default_factory=list)
    elaborations: list[tuple[Candidate, Candidate]] = field(default_factory=list)  # (host, verb elaborating it)
    contents: list[tuple[Candidate, Candidate]] = field(default_factory=list)  # (trigger, its content)
    decided: set[int] = field(default_factory=set)  # token ids of acts a body decided on ("agreed to ban")
    kept: list[Candidate] = field(default_factory=list)
    sinks: list[Token] = field(default_factory=list)  # triggers of non-events that own counts ("a flood killed")
    apart: set[int] = field(default_factory=set)  # ids of candidates that merge with no other
    events: list[Event] = field(default_factory=list)
    dropped: list[Candidate] = field(default_factory=list)

    def drop(self, c: Candidate, rule: str, detail: str = "", *, action: str = "dropped") -> None:
        c.decisions.append(Decision(rule, action, detail))
        self.dropped.append(c)


def hosts_and_contents(st: EventState) -> None:
    """Pass 1: costs and elaborations join their host; contents of another trigger are no events."""
    lex = st.lex
    protest_preps = lex.word_set("protest_setting_preps")
    st.by_token = by_token = {c.token.i: c for c in st.cands}
    embedders = {i: c for i, c in by_token.items() if not c.match.entry.cost or _own_subject(c.token)}
    hosted: dict[int, Candidate] = {}  # id of an elaborating candidate -> the event it was merged into
    deciders: set[int] = set()  # ids of the deciding candidates, no events of their own
    for c in st.cands:
        host = event_host(c.token, by_token, cost=c.match.entry.cost)
        if host is not None and host is not c and (c.match.entry.cost or host.type == c.type):
            while id(host) in hosted:  # the host itself elaborates another event: merge into that one
                host = hosted[id(host)]
            host.tokens.extend(c.tokens)
            hosted[id(c)] = host
            st.elaborations.append((host, c))
            rule = "events.host.cost" if c.match.entry.cost else "events.host.elaboration"
            host.decisions.append(Decision(rule, "attached", _at(c)))
            st.drop(c, rule, _at(host), action="merged")
            continue
        scene = protest_preps if c.type == "PROTEST" and c.match.entry.pos == "noun" else frozenset()
        parent = content_parent(c.token, embedders, lex, scene_preps=scene)
        if parent is not None and "never" in parent.match.entry.requires and c.token.head.i == parent.token.i \
                and c.token.dep_ == "dobj":
            parent = None  # "accepted the government's resignation": the object is the event, the verb no event
        decider = decision_taken(c, lex)
        if decider is not None and (parent is None or parent.token.i == decider.i):
            # "agreed to ban imports from July": a decision of this kind is the act itself, not an intention
            st.decided.add(c.token.i)
            c.decisions.append(Decision("events.decision.taken", "kept", f"decided by {decider.text!r}"))
            if parent is not None:
                deciders.add(id(parent))
            parent = None
        if parent is not None:
            st.contents.append((parent, c))
            st.drop(c, "events.content.of-trigger", _at(parent))
            continue
        st.alive.append(c)
    for c in st.alive:  # "agreed to ban imports ... and froze the assets": the coordinated sanction is taken too
        if c.type == "SANCTION" and c.token.dep_ == "conj" and c.token.head.i in st.decided:
            st.decided.add(c.token.i)
    for c in st.alive:
        if id(c) in deciders:
            st.drop(c, "events.decision.decider", "the decision is the act it takes")
    st.alive = [c for c in st.alive if id(c) not in deciders]


def is_shoot_order(token: Token) -> bool:
    """"ordered the Rangers to shoot rioters on sight", "ordered that any militants who resisted be destroyed": the
    firing or killing is the content of an order."""
    if not is_verb(token) or lemma(token) not in FIRING_VERBS:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # "ordered that the town be sealed off and ... shot"
        token = token.head
    return token.dep_ in ("xcomp", "ccomp") and lemma(token.head) in ORDER_VERBS


def modality_and_roles(st: EventState) -> None:
    """Pass 2: modality, background and settings decide what stays; source and target of what does."""
    lex = st.lex
    protest_preps = lex.word_set("protest_setting_preps")
    words = ModalityWords.from_lists(lex.words)
    for c in st.alive:
        if "never" in c.match.entry.requires:
            st.drop(c, "events.lexicon.never", "the entry only marks content for other triggers")
            continue
        if c.label:
            st.drop(c, "events.candidate.label", "a participle that labels a noun")
            continue
        if c.type == "ASSAULT" and is_verb(c.token) and caused_by_non_agent(c.token, lex):
            st.sinks.extend(c.tokens)  # a natural hazard or accident did it: no one's assault
            st.drop(c, "events.non-agent.cause", "a natural hazard or accident; its counts stay with it")
            continue
        if c.type in ("ASSAULT", "COERCE") and animal_patients(c.token, lex):
            st.drop(c, "events.patient.animal", "only animals are acted on; no actor is harmed or held")
            continue
        sense = wrong_sense(c.token, c.type, lex)
        if sense is not None:
            st.drop(c, *sense)
            continue
        if c.token.i in st.decided:
            c.modality = ASSERTED
        elif _recode(c, lex, words, keep_unasserted=st.keep_unasserted) is None:
            st.drop(c, f"events.modality.{c.modality}", "not asserted")
            continue
        if c.type == "ASSAULT" and is_shoot_order(c.token):
            c.decisions.append(Decision("events.retype.order-to-fire", "retyped",
                                        f"ASSAULT->THREATEN: ordered by {c.token.head.text!r}"))
            c.type, c.mode, c.retyped = "THREATEN", None, True
        c.background = is_background(c.token, lex)
        if c.match.entry.pos == "noun" and len(c.tokens) == 1 and is_setting_only(c.token, lex):
            if c.type != "PROTEST" or is_setting_only(c.token, lex, news_preps=protest_preps):
                # an earlier or surrounding event named as the reported one's cause or setting
                st.drop(c, "events.background.setting", "names the cause or setting of another act")
                continue
            c.background = False  # a protest around the reported act is news of its own ("during protests")
        c.roles = _roles(c, lex)
        part = part_of_another_act(c, st.by_token, lex)
        if part is not None:
            st.drop(c, *part)
            continue
        _riot(c, lex)
        st.kept.append(c)


def share_roles(st: EventState) -> None:
    """Pass 3: elaborating verbs and contents lend their targets; vows of hostile acts are threats; event nouns
    in another event's clause share its actors."""
    lex = st.lex
    for host, verb in st.elaborations:
        if not host.roles.target and host in st.kept and host.type == verb.type:
            spec = lex.roles.get(host.type, {})
            roles = verb_roles(verb.token, spec, actor_heads=lex.word_set("actor_heads"),
                               instruments=lex.word_set("instruments"), things=owned_things(lex))
            host.roles.target, host.roles.things = roles.target, host.roles.things or roles.things
    for parent, child in st.contents:
        if (parent in st.kept and parent.type == "AGREE" and parent.match.entry.pos == "verb"
                and child.token.dep_ == "xcomp" and lex.polarity(child.type) == "conflictual"
                and child.type != "MOBILIZE"):
            # a move of forces is no hostile act by itself: "agreed to deploy joint patrols", "offered to send
            # troops to protect them" stay AGREE
            # "vowed to fight", "promised to retaliate": an intended hostile act is a threat
            parent.rule += f" +intent:{child.type}->THREATEN"
            parent.decisions.append(Decision("events.retype.vowed-hostile-act", "retyped", f"AGREE->THREATEN ({_at(child)})"))
            parent.type, parent.mode = "THREATEN", None
        # "threatened further strikes on Iranian targets": the threat's target is the strikes' target
        if parent in st.kept and not parent.roles.target:
            parent.roles.target = [t for t in _roles(child, lex).target if t.i not in {s.i for s in parent.roles.source}]
    for c in st.kept:
        _inherit_from_clause(c, st.by_token)


def costs(st: EventState) -> None:
    """Pass 4: deaths and injuries with no agent are the cost of a nearby event, not events of their own."""
    lex = st.lex
    near: set[int] = set()
    for c in st.kept:
        if not c.match.entry.cost and c.type in _VIOLENT_TYPES:
            near.update(s.start for s in paragraph_sents(c.token.sent, after=True))
    kept = fold_purposes(st.kept, st.dropped)
    final: list[Candidate] = []
    for c in kept:
        if c.match.entry.cost:
            c.roles.source = [s for s in c.roles.source if lemma(s) not in lex.word_set("instruments")
                              and actorish(s, lex.word_set("actor_heads"))]
            # a verb that names the act itself ("were shot dead") is an assault of its own when no attack of its
            # sentence takes it; a bare death ("have been killed since protests began") is the nearby event's cost
            if not c.roles.source and attackers_own_dead(c, kept, lex):
                st.apart.add(id(c))  # the attackers' own dead: an assault on them, by a source the text leaves unnamed
                c.decisions.append(Decision("events.cost.attackers-own-dead", "kept-apart"))
            elif not c.roles.source and c.token.sent.start in near and (absorb_victims(c, kept, lex) or not c.mode):
                st.drop(c, "events.cost.of-nearby-event", "an agentless death or injury near a violent event")
                continue
        if is_mediator(c, kept):
            st.drop(c, "events.mediation.labels-another-event")
            continue
        if c.type == "CONSULT" and not c.roles.target and len(actors_for_heads(c.roles.source, lex)) < 2:
            st.drop(c, "events.consult.no-counterpart")  # "Congress met" is no consultation
            continue
        final.append(c)
    st.kept = final


def merge_mentions(st: EventState) -> None:
    """Pass 5: one event per clause: same-type mentions in a sentence (or an agentless follow-up in the next
    sentence of the paragraph) are one event."""
    lex = st.lex
    merged: list[Candidate] = []
    for c in st.kept:
        if c.type == "COERCE" and not c.roles.source and c.roles.construction == "passive":
            # "fired tear gas at protesters, and 400 people were arrested": the arrests are the same force's
            force = next((m for m in merged if m.type == "ASSAULT" and m.mode == "crowd-control"
                          and m.token.sent == c.token.sent and m.roles.source), None)
            if force is not None:
                c.roles.source = list(force.roles.source)
                c.decisions.append(Decision("events.share.crowd-control-force", "attached", f"source from {_at(force)}"))
        # sentences by number (memoised per doc), not Token.sent per pair of candidates
        k = sent_number(c.token)
        near = set() if c.roles.source else {sent_number(s[0]) for s in paragraph_sents(c.token.sent)} - {k}
        host = next((m for m in merged if m.type == c.type and _compatible(m, c) and (
            (sent_number(m.token) == k and not m.background and not c.background)
            or sent_number(m.token) in near)), None)
        if (host is not None and host.token.sent == c.token.sent and not c.roles.source
                and c.roles.construction == "passive" and _modes_differ(host, c, lex)):
            # "fired tear gas at protesters, and 400 people were arrested": two acts, the agentless one by the same
            # force
            if host.mode == "crowd-control":  # "fired tear gas ..., and two people were shot dead": no agent named
                c.decisions.append(Decision("events.split.modes-differ", "kept-apart", _at(host)))
            else:
                c.roles.source = list(host.roles.source)
                c.decisions.append(Decision("events.split.modes-differ", "kept-apart", f"source from {_at(host)}"))
            host = None
        if (host is not None and host.token.sent != c.token.sent and _modes_differ(host, c, lex)
                and _mode(host, lex) not in _STANDING_MODES):
            # "used tear gas ... . 66 people had been detained": a second act; the text leaves its agent unnamed
            c.implied = False
            c.decisions.append(Decision("events.split.second-act", "kept-apart", _at(host)))
            host = None
        if host is not None and (_separate_acts(host, c) or id(c) in st.apart):
            c.decisions.append(Decision("events.split.separate-acts", "kept-apart", _at(host)))
            host = None
        if host is not None:
            rule = "events.merge.same-clause" if host.token.sent == c.token.sent else "events.merge.follow-up"
            _merge_into(host, c)
            host.decisions.append(Decision(rule, "attached", _at(c)))
            st.drop(c, rule, _at(host), action="merged")
            continue
        merged.append(c)
    st.kept = merged


def names_back(st: EventState) -> None:
    """Pass 6: "the attack" after an earlier attack names it back: one event."""
    st.kept = _drop_anaphora(st.kept, st.lex, st.dropped)


def convert(st: EventState) -> None:
    """Pass 7: the candidates left become events with counts, date and place; pointing nouns and claims of
    responsibility fill their actors."""
    doc, lex = st.doc, st.lex
    triggers = [t for c in st.kept for t in c.tokens] + st.sinks
    protest_ids = frozenset(c.token.i for c in st.cands if c.type == "PROTEST" and c.match.entry.pos == "noun")
    pointers: list[tuple[Event, Token]] = []
    for c in st.kept:
        event = _to_event(c, doc, lex, protest_ids=protest_ids)
        if event is None:
            st.drop(c, "events.convert.no-event", "the speaker's own stance or a visit with no counterpart")
            continue
        _attach(event, doc, c.tokens, triggers)
        localise_generic(event, doc)
        event.decisions = [*c.decisions, *event.decisions, Decision(c.match.entry.id, "emitted", c.type)]
        st.events.append(event)
        pointers.append((event, c.token))
    resolve_pointing_targets(pointers, lex)
    claims_of_responsibility(doc, st.events, lex)


#: The passes of `extract_events`, in order; each reads and updates the `EventState`.
PASSES: tuple[Callable[[EventState], None], ...] = (
    hosts_and_contents, modality_and_roles, share_roles, costs, merge_mentions, names_back, convert,
)


def extract_events(doc: Doc, lex: Lexicon, *, keep_unasserted: bool = False, skip_quotes: bool = True,
                   dropped: list[Event] | None = None) -> list[Event]:
    """All events of a parsed doc (actors/counts/dates/places spans are used where present); the candidates
    that became no event are appended to ``dropped``, each with its decisions."""
    rejected: list[Candidate] = []
    st = EventState(doc=doc, lex=lex, keep_unasserted=keep_unasserted,
                    cands=find_candidates(doc, lex, skip_quotes=skip_quotes, rejected=rejected))
    for run in PASSES:
        run(st)
    if dropped is not None:
        dropped.extend(dropped_event(c) for c in sorted(rejected + st.dropped, key=lambda c: c.token.i))
    return st.events


def dropped_event(c: Candidate) -> Event:
    """A candidate that became no event, as an `Event` carrying its trigger, sentence and decisions."""
    m = c.match
    span = c.token.doc[m.start:m.end]
    sent = c.token.sent
    return Event(type=c.type, mode=c.mode, modality=c.modality, rule=c.rule,
                 trigger=Evidence(span.start_char, span.end_char, span.text, rule=c.rule),
                 evidence=[Evidence(sent.start_char, sent.end_char, sent.text.strip(), rule=c.rule)],
                 decisions=list(c.decisions))
