"""The `polemos_events` component: PLOVER events with mode, modality, source/target, cost, date, place, evidence.

Steps, per sentence: match triggers (`triggers.py`); drop those that are only the content of
another trigger ("threatened to strike", "accused X of attacking") or the cost of one ("killed"
in "a bombing killed 13"); decide modality (`modality.py`) and recode intentions and refusals
(PLOVER: an intended cooperative act is AGREE, an intended hostile act THREATEN, a refused
cooperative act REJECT); find source and target (`roles.py`); merge mentions of one event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from polemos.models import Event
from polemos.nlp.events.anaphora import claims_of_responsibility, group_antecedent, resolve_pointing_targets
from polemos.nlp.events.background import caused_by_non_agent, is_setting_only
from polemos.nlp.events.candidate import (
    Candidate,
    _mode,
    _own_subject,
    content_parent,
    event_host,
    find_candidates,
    is_background,
)
from polemos.nlp.events.convert import _attach, _to_event
from polemos.nlp.events.doc_actors import actor_spans
from polemos.nlp.events.merge import (
    _STANDING_MODES,
    _VIOLENT_TYPES,
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
    FUTURE,
    NEGATED,
    ModalityWords,
    conditional_unless,
    is_scheduled,
    modality_of,
)
from polemos.nlp.events.noun_roles import noun_roles, purpose_targets
from polemos.nlp.events.participants import actors_for_heads, paragraph_sents
from polemos.nlp.events.reciprocal import coordinated_heads, mutual_noun
from polemos.nlp.events.roles import Roles, actorish, agents, between, verb_roles
from polemos.nlp.events.things import localise_generic, modifier_actors
from polemos.nlp.triggers import (
    governor,
    is_noun,
    is_verb,
    lemma,
    match_triggers,
    obligation_words,
    quantity_head,
    reduced_passive,
)
from polemos.ontology.lexicon import Lexicon


def _roles(cand: Candidate, lex: Lexicon) -> Roles:
    spec = lex.roles.get(cand.type, {})
    tok = cand.token
    actor_heads = lex.word_set("actor_heads")
    if cand.type == "RETREAT" and cand.mode == "release" and cand.match.entry.pos == "verb" and is_verb(tok):
        spec = {**spec, "object": "target"}  # "freed 20 activists": those released are the target
    if cand.match.entry.pos == "verb" and is_verb(tok):
        obligation = obligation_words(lex) if cand.type == "REQUEST" else ()
        if lemma(tok) in lex.word_set("mutual_verbs"):
            spec = {**spec, "preps": [*(spec.get("preps") or ()), "with"]}  # "clashed with protesters"
        roles = verb_roles(tok, spec, actor_heads=actor_heads, instruments=lex.word_set("instruments"),
                           obligation=obligation, things=owned_things(lex), envoys=lex.word_set("envoy_nouns"))
        if reduced_passive(tok) and roles.construction != "passive" and spec.get("object", "target") == "target":
            # "24 Ukrainian sailors seized off Crimea" read with "Crimea" as object: the modified noun is the patient
            roles.source, roles.target, roles.things = agents(tok), [quantity_head(tok.head)], []
            roles.construction = "passive"
        if not roles.source and roles.construction == "active" and tok.dep_ in ("conj", "ROOT", "amod"):
            roles.source = _opening_actor(tok)
        roles.source = coordinated_heads(roles.source, actor_spans(tok.doc))
    else:
        light = lex.sets.get("light_verbs", frozenset()) | cand.match.entry.governors
        roles = noun_roles(tok, spec, type_=cand.type, light_verbs=light, actor_heads=actor_heads)
        # "A Saudi-led coalition air strike hit a school bus": the noun's modifiers did it, the verb's object took it
        mods = modifier_actors(tok)
        if mods and all(h.i < tok.i and h.head.i in {tok.i, *(m.i for m in mods)} | {x.i for x in tok.lefts}
                        for h in roles.source):
            roles.source = mods  # the whole mention ("Saudi-led coalition"), not one word of it ("led")
        sides, others = between(tok)
        if sides and mutual_noun(tok, lex):
            # "clashes between police and students": the sides are named, whatever verb governs the noun
            roles.source, roles.target, roles.construction = sides, others, "between"
        gov = tok.head
        if not roles.target and tok.dep_ == "nsubj" and lemma(gov) in lex.word_set("impact_verbs") and is_verb(gov):
            hit = verb_roles(gov, spec, actor_heads=actor_heads, instruments=lex.word_set("instruments"),
                             things=owned_things(lex))
            roles.target, roles.things = hit.target, hit.things
    # "the movement denounced ...": the organisation named last
    roles.source = [group_antecedent(h, lex) or h for h in roles.source]
    roles.target = [group_antecedent(h, lex) or h for h in roles.target]
    covered = {i for span in actor_spans(tok.doc) for i in range(span.start, span.end)}
    roles.target += [t for t in roles.things if t.i in covered]  # "mourners": an agent the KB knows
    roles.things = [t for t in roles.things if t.i not in covered]
    if cand.type == "PROTEST":
        # "gathered outside parliament to demand the resignation of the government": the purpose names whom the
        # protest is aimed at, before any place it was held at
        roles.target = purpose_targets(tok, lex.word_set("protest_purposes"), actor_heads=actor_heads) or roles.target
    own = _own_words(cand, lex)
    if own:
        roles.source = _without_own(roles.source, own)
        roles.target = _without_own(roles.target, own)
        roles.things = _without_own(roles.things, own)
    return roles


def _own_words(cand: Candidate, lex: Lexicon) -> set[int]:
    """Token ids that belong to the trigger itself: the words of a phrase trigger ("returned to the streets") and
    an event noun of the same type that the verb governs as its light verb ("took X hostage")."""
    m = cand.match
    if m.entry.pos != "verb":
        return set()  # a noun phrase's own words ("state of emergency") name no actor anyway
    own = set(range(m.start, m.end)) - {cand.token.i}
    for other in match_triggers(cand.token.sent, lex):
        e = other.entry
        gov = governor(other.token)
        if (e.pos == "noun" and e.type == cand.type and lemma(cand.token) in e.governors
                and gov is not None and gov.i == cand.token.i):
            own.update(range(other.start, other.end))
    return own


def _without_own(heads: list[Token], own: set[int]) -> list[Token]:
    """Role heads less the trigger's own words; a noun the parser hung on such a word as a compound is the real
    head ("took three Italian engineers hostage" read as one noun phrase)."""
    out: list[Token] = []
    for h in heads:
        if h.i not in own:
            out.append(h)
            continue
        out.extend(c for c in h.lefts if c.dep_ == "compound" and is_noun(c) and c.i not in own and c not in out)
    return out


def owned_things(lex: Lexicon) -> frozenset[str]:
    """Nouns of things that stand for their owner as a target (state property, military hardware)."""
    return lex.word_set("state_property") | lex.word_set("military_things")


def _opening_actor(verb: Token) -> list[Token]:
    """When the parse gives an active verb no subject ("Myanmar's military seized power ... and detained X"
    parsed as a noun phrase), the actor that opens the sentence is its subject."""
    sent = verb.sent
    spans = [s for s in actor_spans(verb.doc) if sent.start <= s.start < min(verb.i, sent.start + 4)]
    if not spans or spans[0].root.dep_ in ("pobj", "dobj", "nsubjpass"):
        return []
    return [spans[0].root]


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
        cand.type, cand.mode = new, None
        return cand
    if cand.modality == NEGATED and polarity == "cooperative" and cand.type != "REQUEST":
        cand.rule += f" +refusal:{cand.type}->REJECT"
        cand.type, cand.mode, cand.modality = "REJECT", None, ASSERTED
        return cand
    if cand.modality != ASSERTED and not keep_unasserted:
        return None
    return cand


def extract_events(doc: Doc, lex: Lexicon, *, keep_unasserted: bool = False, skip_quotes: bool = True) -> list[Event]:
    """All events of a parsed doc (actors/counts/dates/places spans are used where present)."""
    cands = find_candidates(doc, lex, skip_quotes=skip_quotes)
    protest_preps = lex.word_set("protest_setting_preps")
    by_token = {c.token.i: c for c in cands}
    embedders = {i: c for i, c in by_token.items() if not c.match.entry.cost or _own_subject(c.token)}
    alive: list[Candidate] = []
    elaborations: list[tuple[Candidate, Candidate]] = []  # (host, verb that elaborates it)
    contents: list[tuple[Candidate, Candidate]] = []  # (trigger, trigger that is its content)
    # 1. the cost or elaboration of another event, or the content of another trigger
    hosted: dict[int, Candidate] = {}  # id of an elaborating candidate -> the event it was merged into
    decided: set[int] = set()  # token ids of acts a body decided on ("agreed to ban"): asserted, not intended
    dropped: set[int] = set()  # ids of the deciding candidates, no events of their own
    for c in cands:
        host = event_host(c.token, by_token, cost=c.match.entry.cost)
        if host is not None and host is not c and (c.match.entry.cost or host.type == c.type):
            while id(host) in hosted:  # the host itself elaborates another event: merge into that one
                host = hosted[id(host)]
            host.tokens.extend(c.tokens)
            hosted[id(c)] = host
            elaborations.append((host, c))
            continue
        scene = protest_preps if c.type == "PROTEST" and c.match.entry.pos == "noun" else frozenset()
        parent = content_parent(c.token, embedders, lex, scene_preps=scene)
        if parent is not None and "never" in parent.match.entry.requires and c.token.head.i == parent.token.i \
                and c.token.dep_ == "dobj":
            parent = None  # "accepted the government's resignation": the object is the event, the verb no event
        decider = decision_taken(c, lex)
        if decider is not None and (parent is None or parent.token.i == decider.i):
            # "agreed to ban imports from July": a decision of this kind is the act itself, not an intention
            decided.add(c.token.i)
            if parent is not None:
                dropped.add(id(parent))
            parent = None
        if parent is not None:
            contents.append((parent, c))
            continue
        alive.append(c)
    for c in alive:  # "agreed to ban imports ... and froze the assets": the coordinated sanction is taken too
        if c.type == "SANCTION" and c.token.dep_ == "conj" and c.token.head.i in decided:
            decided.add(c.token.i)
    alive = [c for c in alive if id(c) not in dropped]
    # 2. modality and roles
    words = ModalityWords.from_lists(lex.words)
    kept: list[Candidate] = []
    sinks: list[Token] = []  # triggers of non-events that still own their counts ("a flood killed 20")
    for c in alive:
        if "never" in c.match.entry.requires or c.label:
            continue
        if c.type == "ASSAULT" and is_verb(c.token) and caused_by_non_agent(c.token, lex):
            sinks.extend(c.tokens)  # a natural hazard or accident did it: no one's assault
            continue
        if c.token.i in decided:
            c.modality = ASSERTED
        elif _recode(c, lex, words, keep_unasserted=keep_unasserted) is None:
            continue
        c.background = is_background(c.token, lex)
        if c.match.entry.pos == "noun" and len(c.tokens) == 1 and is_setting_only(c.token, lex):
            if c.type != "PROTEST" or is_setting_only(c.token, lex, news_preps=protest_preps):
                continue  # an earlier or surrounding event named as the reported one's cause or setting
            c.background = False  # a protest around the reported act is news of its own ("during protests")
        c.roles = _roles(c, lex)
        _riot(c, lex)
        kept.append(c)
    for host, verb in elaborations:
        if not host.roles.target and host in kept and host.type == verb.type:
            spec = lex.roles.get(host.type, {})
            roles = verb_roles(verb.token, spec, actor_heads=lex.word_set("actor_heads"),
                               instruments=lex.word_set("instruments"), things=owned_things(lex))
            host.roles.target, host.roles.things = roles.target, host.roles.things or roles.things
    for parent, child in contents:
        if (parent in kept and parent.type == "AGREE" and parent.match.entry.pos == "verb"
                and child.token.dep_ == "xcomp" and lex.polarity(child.type) == "conflictual"):
            # "vowed to fight", "promised to retaliate": an intended hostile act is a threat
            parent.rule += f" +intent:{child.type}->THREATEN"
            parent.type, parent.mode = "THREATEN", None
        # "threatened further strikes on Iranian targets": the threat's target is the strikes' target
        if parent in kept and not parent.roles.target:
            parent.roles.target = [t for t in _roles(child, lex).target if t.i not in {s.i for s in parent.roles.source}]
    for c in kept:
        _inherit_from_clause(c, by_token)
    # 3. deaths and injuries with no agent are the cost of a nearby event, not events of their own
    near: set[int] = set()
    for c in kept:
        if not c.match.entry.cost and c.type in _VIOLENT_TYPES:
            near.update(s.start for s in paragraph_sents(c.token.sent, after=True))
    kept = fold_purposes(kept)
    final: list[Candidate] = []
    apart: set[int] = set()  # ids of candidates that merge with no other
    for c in kept:
        if c.match.entry.cost:
            c.roles.source = [s for s in c.roles.source if lemma(s) not in lex.word_set("instruments")
                              and actorish(s, lex.word_set("actor_heads"))]
            # a verb that names the act itself ("were shot dead") is an assault of its own when no attack of its
            # sentence takes it; a bare death ("have been killed since protests began") is the nearby event's cost
            if not c.roles.source and attackers_own_dead(c, kept, lex):
                apart.add(id(c))  # the attackers' own dead: an assault on them, by a source the text leaves unnamed
            elif not c.roles.source and c.token.sent.start in near and (absorb_victims(c, kept, lex) or not c.mode):
                continue
        if is_mediator(c, kept):
            continue
        if c.type == "CONSULT" and not c.roles.target and len(actors_for_heads(c.roles.source, lex)) < 2:
            continue  # a meeting needs a counterpart ("Congress met" is no consultation)
        final.append(c)
    # 4. one event per clause: same-type mentions in a sentence (or an agentless follow-up in the next
    #    sentence of the paragraph) are one event
    merged: list[Candidate] = []
    for c in final:
        host = next((m for m in merged if m.type == c.type and _compatible(m, c) and (
            (m.token.sent == c.token.sent and not m.background and not c.background)
            or (not c.roles.source and m.token.sent != c.token.sent
                and m.token.sent in paragraph_sents(c.token.sent)))), None)
        if (host is not None and host.token.sent == c.token.sent and not c.roles.source
                and c.roles.construction == "passive" and _modes_differ(host, c, lex)):
            # "fired tear gas at protesters, and 400 people were arrested": two acts, the agentless one by the same
            # force
            c.roles.source = list(host.roles.source)
            host = None
        if (host is not None and host.token.sent != c.token.sent and _modes_differ(host, c, lex)
                and _mode(host, lex) not in _STANDING_MODES):
            # "used tear gas ... . 66 people had been detained": a second act; the text leaves its agent unnamed
            c.implied = False
            host = None
        if host is not None and (_separate_acts(host, c) or id(c) in apart):
            host = None
        if host is not None:
            _merge_into(host, c)
            continue
        merged.append(c)
    merged = _drop_anaphora(merged, lex)
    triggers = [t for c in merged for t in c.tokens] + sinks
    protest_ids = frozenset(c.token.i for c in cands if c.type == "PROTEST" and c.match.entry.pos == "noun")
    events: list[Event] = []
    pointers: list[tuple[Event, Token]] = []
    for c in merged:
        event = _to_event(c, doc, lex, protest_ids=protest_ids)
        if event is None:
            continue
        _attach(event, doc, c.tokens, triggers)
        localise_generic(event, doc)
        events.append(event)
        pointers.append((event, c.token))
    resolve_pointing_targets(pointers, lex)
    claims_of_responsibility(doc, events, lex)
    return events
