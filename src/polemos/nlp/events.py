"""The `polemos_events` component: PLOVER events with mode, modality, source/target, cost, date, place, evidence.

Steps, per sentence: match triggers (`triggers.py`); drop those that are only the content of
another trigger ("threatened to strike", "accused X of attacking") or the cost of one ("killed"
in "a bombing killed 13"); decide modality (`modality.py`) and recode intentions and refusals
(PLOVER: an intended cooperative act is AGREE, an intended hostile act THREATEN, a refused
cooperative act REJECT); find source and target (`roles.py`); merge mentions of one event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from polemos.models import Count, Event, Evidence
from polemos.nlp import modality as mod
from polemos.nlp.anaphora import claims_of_responsibility, group_antecedent, resolve_pointing_targets
from polemos.nlp.attach import pobj_chain
from polemos.nlp.background import caused_by_non_agent, is_setting_only, not_an_event
from polemos.nlp.event_actors import (
    actor_spans,
    actors_for_heads,
    counterpart,
    generic_protesters,
    implied_authority,
    localise_generic,
    modifier_actors,
    paragraph_sents,
    parties_nearby,
    thing_heads,
)
from polemos.nlp.reciprocal import both_ways, coordinated_heads, has_reciprocal_object, mutual_noun
from polemos.nlp.roles import (
    SPEAKER_PRONOUNS,
    Roles,
    actorish,
    agents,
    between,
    noun_roles,
    purpose_targets,
    verb_roles,
)
from polemos.nlp.triggers import (
    TriggerMatch,
    governor,
    is_noun,
    is_verb,
    lemma,
    match_triggers,
    object_tokens,
    obligation_words,
    phrase_words,
    quantity_head,
    reduced_passive,
)
from polemos.ontology.lexicon import Lexicon, default_lexicon

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT"})
# Content of another event: how a lower trigger hangs under the one that reports, demands or refuses it.
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd", "attr"})
_SKIP_NOUN_DEPS = frozenset({"compound", "appos", "attr", "npadvmod"})
_QUOTES = "\"\u201c\u201d"


def register_extensions() -> None:
    """Register ``Doc._.events`` (a list of `Event`, set by the component)."""
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)


@dataclass
class Candidate:
    """A trigger on its way to becoming an event."""

    match: TriggerMatch
    type: str
    mode: str | None
    modality: str = mod.ASSERTED
    rule: str = ""
    roles: Roles = field(default_factory=Roles)
    background: bool = False
    label: bool = False  # a participle that labels a noun ("officials accused of ..."): embeds content, is no event
    tokens: list[Token] = field(default_factory=list)  # all trigger tokens merged into this one
    implied: bool = True  # an agentless act of repression may be given the implied authorities as its source

    @property
    def token(self) -> Token:
        return self.match.token


# ---------------------------------------------------------------- structure


def _in_quote(token: Token) -> bool:
    """Inside a quotation of the sentence (an odd number of quote marks before it)."""
    sent = token.sent
    marks = sum(1 for t in sent if t.i < token.i and (t.text in _QUOTES or t.text in ("``", "''")))
    return marks % 2 == 1


def _has_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


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
                return None if clause and host.type != "ASSAULT" else host
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


# ---------------------------------------------------------------- attachments


def _attach(event: Event, doc: Doc, tokens: list[Token], triggers: list[Token]) -> None:
    """Counts, date and place from the helpers of counts/dates/places, where they exist.

    Every trigger token merged into the event is asked for counts (the first answer per kind wins);
    the date and place helpers see all of them.
    """
    from polemos.nlp import counts, dates, places

    trigger = tokens[0]
    fn = getattr(counts, "counts_for_event", None)
    if callable(fn):
        for tok in tokens:
            found: dict[str, Count] = fn(doc, tok, triggers=triggers) or {}
            event.killed = event.killed or found.get("killed")
            event.injured = event.injured or found.get("injured")
            event.arrested = event.arrested or found.get("arrested")
    fn = getattr(dates, "date_for_event", None)
    if callable(fn):
        value = fn(doc, trigger, triggers=triggers, tokens=tokens)
        if value:
            event.date, event.date_precision = value[0], value[1]
    fn = getattr(places, "place_for_event", None)
    if callable(fn):
        actors = list(event.source) + list(event.target)
        event.location = fn(doc, trigger, triggers=triggers, actors=actors, tokens=tokens)


# ---------------------------------------------------------------- the extraction


def find_candidates(doc: Doc, lex: Lexicon, *, skip_quotes: bool = True) -> list[Candidate]:
    """Trigger matches worth considering, one per head token, in text order."""
    out: list[Candidate] = []
    for sent in doc.sents:
        if not sent.text.strip() or not _has_verb(sent):
            continue
        for m in match_triggers(sent, lex):
            tok = m.token
            if skip_quotes and _in_quote(tok):
                continue
            if m.entry.pos == "noun" and (tok.dep_ in _SKIP_NOUN_DEPS and m.end - m.start == 1):
                continue
            if m.entry.pos == "verb" and tok.dep_ in ("amod", "compound"):
                continue  # "the striking teachers", "a wanted man": adjectives, not events
            if m.entry.pos == "noun" and not_an_event(tok, lex):
                continue
            out.append(Candidate(match=m, type=m.entry.type, mode=m.entry.mode, rule=m.entry.rule, tokens=[tok],
                                 label=m.entry.pos == "verb" and is_label(tok, lex)))
    return out


def is_label(verb: Token, lex: Lexicon) -> bool:
    """A participle that only labels the noun it modifies, with no agent ("Russian officials accused of election
    interference", "a man suspected of bombing")."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb) in lex.word_set("label_participles")
            and not agents(verb))


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


def _recode(cand: Candidate, lex: Lexicon, words: mod.ModalityWords, *, keep_unasserted: bool) -> Candidate | None:
    """Apply modality: intentions become AGREE/THREATEN, refusals REJECT; the rest is dropped or marked."""
    if mod.is_scheduled(cand.token, words):
        # only on the calendar ("protests due to start on Wednesday", "ahead of the talks"): nothing happened yet,
        # and no one's promise or threat
        cand.modality = mod.FUTURE
        return cand if keep_unasserted else None
    cand.modality = mod.modality_of(cand.token, words)
    if cand.match.entry.pos == "noun" and cand.modality == mod.ASSERTED:
        gov = governor(cand.token)
        if gov is not None and cand.token.dep_ in ("dobj", "nsubjpass"):
            cand.modality = mod.modality_of(gov, words)
    polarity = lex.polarity(cand.type)
    if cand.modality == mod.FUTURE:
        if cand.type in ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"):
            return cand
        new = "THREATEN" if polarity == "conflictual" or mod.conditional_unless(cand.token) else "AGREE"
        cand.rule += f" +intent:{cand.type}->{new}"
        cand.type, cand.mode = new, None
        return cand
    if cand.modality == mod.NEGATED and polarity == "cooperative" and cand.type != "REQUEST":
        cand.rule += f" +refusal:{cand.type}->REJECT"
        cand.type, cand.mode, cand.modality = "REJECT", None, mod.ASSERTED
        return cand
    if cand.modality != mod.ASSERTED and not keep_unasserted:
        return None
    return cand


def _compatible(a: Candidate, b: Candidate) -> bool:
    sa = {t.i for t in a.roles.source}
    sb = {t.i for t in b.roles.source}
    return not sa or not sb or bool(sa & sb) or _same_np(a.roles.source, b.roles.source)


def _same_np(xs: list[Token], ys: list[Token]) -> bool:
    return {lemma(x) for x in xs} == {lemma(y) for y in ys}


def _separate_acts(a: Candidate, b: Candidate) -> bool:
    """Two verbs of one sentence done to different targets are two acts ("dismissed the Prime Minister and
    suspended parliament"); the same target, or none named on one side, is one act told twice ("attacked and
    burned the village")."""
    if not (a.match.entry.pos == b.match.entry.pos == "verb" and is_verb(a.token) and is_verb(b.token)):
        return False
    if a.token.sent != b.token.sent or not a.roles.target or not b.roles.target:
        return False
    if "->" in a.rule or "->" in b.rule:
        return False  # recoded intentions and refusals ("agreed to ban ... and froze ..."): one stance, kept whole
    ids_a, ids_b = {t.i for t in a.roles.target}, {t.i for t in b.roles.target}
    return not (ids_a & ids_b) and not _same_np(a.roles.target, b.roles.target)


def _merge_into(keep: Candidate, other: Candidate) -> None:
    keep.tokens.extend(other.tokens)
    if not keep.roles.source:
        keep.roles.source = other.roles.source
    if not keep.roles.target:
        keep.roles.target = other.roles.target
    if not keep.mode:
        keep.mode = other.mode


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
    words = mod.ModalityWords.from_lists(lex.words)
    kept: list[Candidate] = []
    sinks: list[Token] = []  # triggers of non-events that still own their counts ("a flood killed 20")
    for c in alive:
        if "never" in c.match.entry.requires or c.label:
            continue
        if c.type == "ASSAULT" and is_verb(c.token) and caused_by_non_agent(c.token, lex):
            sinks.extend(c.tokens)  # a natural hazard or accident did it: no one's assault
            continue
        if c.token.i in decided:
            c.modality = mod.ASSERTED
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


#: Types whose events make a nearby agentless death their cost rather than an event of its own.
_VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_PURPOSE_DEPS = frozenset({"advcl", "acl", "xcomp", "relcl"})


#: Modes of a standing measure whose enforcement the next sentence's agentless arrests are ("declared a state of
#: emergency. ... more than 1,400 people have been detained"), unlike a single act such as firing tear gas.
_STANDING_MODES = frozenset({"emergency", "curfew"})

#: Verbs of a body's decision whose "to" clause, when a sanction, is the sanction taken ("agreed to ban",
#: "decided to impose", "voted to freeze"); the list "decision_verbs" of plover.yaml overrides it.
_DECISION_VERBS = frozenset({"agree", "decide", "vote", "resolve"})


def decision_taken(cand: Candidate, lex: Lexicon) -> Token | None:
    """The decision verb that takes a sanction rather than intending it ("EU ministers agreed on Monday to ban
    imports", "decided to impose sanctions"), if any: other acts agreed on stay intentions (PLOVER AGREE/THREATEN),
    and a negated, conditional or unasserted decision takes nothing."""
    if cand.type != "SANCTION":
        return None
    tok = cand.token
    verb = tok if cand.match.entry.pos == "verb" and is_verb(tok) else governor(tok)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    decider = verb.head
    if not is_verb(decider) or lemma(decider) not in (lex.word_set("decision_verbs") or _DECISION_VERBS):
        return None
    words = mod.ModalityWords.from_lists(lex.words)
    if mod.is_negated(verb, words) or any(  # "agreed not to ban", "agreed to impose sanctions if ..."
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for t in (decider, verb) for c in t.children):
        return None
    if mod.modality_of(decider, words) != mod.ASSERTED or mod.is_scheduled(decider, words):
        return None
    return decider


def _modes_differ(a: Candidate, b: Candidate, lex: Lexicon) -> bool:
    """Both mentions carry a mode and the modes differ (crowd control and arrests are two acts)."""
    ma, mb = _mode(a, lex), _mode(b, lex)
    return ma is not None and mb is not None and ma != mb


def attackers_own_dead(cost: Candidate, kept: list[Candidate], lex: Lexicon) -> bool:
    """An agentless death on the side of the attack told just before ("French warplanes struck rebel positions.
    A French helicopter pilot was killed during the operation"): the other side hit them, an assault of its own
    with an unnamed source, not the cost of the attackers' strike."""
    sents = paragraph_sents(cost.token.sent)
    host = next((k for k in reversed(kept) if k is not cost and not k.match.entry.cost and k.type == "ASSAULT"
                 and k.token.i < cost.token.i and (k.token.sent == cost.token.sent or k.token.sent in sents)), None)
    if host is None or not host.roles.source or not cost.roles.target or mutual_noun(host.token, lex):
        return False  # the dead of "fighting" between two sides belong to neither
    attackers = actors_for_heads(host.roles.source, lex)
    side = {a.country for a in attackers if a.country}
    avoid = frozenset(a.key() for a in attackers)
    hit = {(a.country, a.sector) for a in actors_for_heads(host.roles.target, lex, avoid=avoid)}
    # only victims whose own phrase names their nation ("a French helicopter pilot"), not "people" placed in the
    # country the text is about
    named = [h for h in cost.roles.target if any(c.ent_type_ in ("NORP", "GPE") for c in h.children)]
    dead = {(a.country, a.sector) for a in actors_for_heads(named, lex) if a.country}
    return any(country in side for country, _ in dead) and not dead & hit


def absorb_victims(cost: Candidate, kept: list[Candidate], lex: Lexicon) -> bool:
    """An agentless death ("was shot dead while covering an Israeli army raid") belongs to the attack told in the
    same sentence: its victims become that attack's target when the attack names none. False when there is no
    such attack."""
    host = next((k for k in kept if k is not cost and not k.match.entry.cost and k.type == "ASSAULT"
                 and k.token.sent == cost.token.sent), None)
    if host is None:
        return False
    # the dead of "fighting" belong to neither side: its parties are found elsewhere (reciprocal.py)
    if not host.roles.target and cost.roles.target and not mutual_noun(host.token, lex):
        host.roles.target = list(cost.roles.target)
    host.tokens.append(cost.token)
    return True


def fold_purposes(kept: list[Candidate]) -> list[Candidate]:
    """A demand that only states a protest's purpose ("a strike demanding higher wages", "protesters calling for
    his resignation") is part of the protest: its target goes to the protest, it is no event of its own."""
    protests = [p for p in kept if p.type == "PROTEST"]
    out: list[Candidate] = []
    for c in kept:
        tok = c.token
        if c.type == "REQUEST" and is_verb(tok):
            hosts = [p for p in protests if p.token.sent == tok.sent and _purpose_of(tok, p)]
            if hosts:
                if not hosts[0].roles.target:
                    hosts[0].roles.target = [t for t in c.roles.target if t.i not in {s.i for s in hosts[0].roles.source}]
                continue
        out.append(c)
    return out


def _purpose_of(tok: Token, protest: Candidate) -> bool:
    """The demand hangs on the protest (its trigger, the trigger's verb or its crowd) as a participle or clause;
    a participle parsed as the head of the protest verb ("Protesters calling for X marched") counts too."""
    p = protest.token
    gov = governor(p)
    anchors = {p.i, p.head.i, *(s.i for s in protest.roles.source)} | ({gov.i} if gov is not None else set())
    if tok.dep_ in _PURPOSE_DEPS and not _own_subject(tok) and tok.head.i in anchors:
        return True
    return tok.tag_ == "VBG" and p.dep_ == "conj" and p.head.i == tok.i


def is_mediator(c: Candidate, kept: list[Candidate]) -> bool:
    """"a ceasefire mediated by Egypt": the mediation labels another event of the sentence, it is no meeting of
    its own."""
    tok = c.token
    return (c.type == "CONSULT" and c.mode == "mediate" and is_verb(tok) and tok.dep_ == "acl" and tok.tag_ == "VBN"
            and any(k is not c and k.type != "CONSULT" and k.token.sent == tok.sent for k in kept))


def _riot(c: Candidate, lex: Lexicon) -> None:
    """A crowd's violence is a riot (PLOVER codes it PROTEST): "protesters burned a police station", "a mob looted
    shops"; armed groups and forces stay ASSAULT."""
    if c.type != "ASSAULT" or lemma(c.token) not in lex.word_set("riot_acts") or not c.roles.source:
        return
    crowds = lex.word_set("crowd_sources")
    if all(lemma(quantity_head(h)) in crowds for h in c.roles.source):
        c.rule += " +riot:ASSAULT->PROTEST"
        c.type, c.mode = "PROTEST", "riot"


def _inherit_from_clause(c: Candidate, by_token: dict[int, Candidate]) -> None:
    """An event noun in a phrase of another event's verb shares its actors ("attacked ..., with massive
    numbers of arrests")."""
    if c.match.entry.pos != "noun" or c.roles.source or c.type == "PROTEST":
        return  # a protest belongs to its crowd, not to the police who broke it up
    t = c.token
    for _ in range(5):
        if t.dep_ not in ("pobj", "prep", "conj") or t.head.i == t.i:
            return
        t = t.head
        if t.i in by_token and is_verb(t) and t.dep_ != "prep":
            host = by_token[t.i]
            if host is not c and host.roles.source:
                c.roles.source = list(host.roles.source)
                c.roles.target = c.roles.target or list(host.roles.target)
                c.roles.construction = "shared"
            return


def _drop_anaphora(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """'The attack' / 'the Trump regime's attack' after an earlier attack is the same event: fill, don't repeat."""
    out: list[Candidate] = []
    for c in cands:
        tok = c.token
        definite = any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its", "their", "his", "her")
                       or d.dep_ == "poss" for d in tok.children)
        earlier = next((o for o in out if o.type == c.type), None)
        fact_preps = set(lex.roles.get(c.type, {}).get("preps") or ()) | {"in", "at", "near", "outside", "during"}
        new_facts = any(ch.dep_ in ("nummod", "relcl", "acl") or (ch.dep_ == "prep" and ch.lower_ in fact_preps)
                        for ch in tok.children)
        if c.match.entry.pos == "noun" and definite and earlier is not None and not c.roles.target and not new_facts:
            if not earlier.roles.source and c.roles.source:
                earlier.roles.source = c.roles.source
            continue
        out.append(c)
    return out


def _to_event(c: Candidate, doc: Doc, lex: Lexicon, *, protest_ids: frozenset[int] = frozenset()) -> Event | None:
    if any(t.lower_ in SPEAKER_PRONOUNS and t.pos_ == "PRON" for t in c.roles.source):
        return None  # the author's (or a quoted speaker's) own stance, not a reported event
    source = actors_for_heads(c.roles.source, lex)
    avoid = frozenset(a.key() for a in source)
    mutual_verb = c.match.entry.pos == "verb" and is_verb(c.token) and lemma(c.token) in lex.word_set("mutual_verbs")
    heads = c.roles.target
    if mutual_verb and len(source) > 1:
        # "Russia and Ukraine exchanged 35 prisoners": the object that picked the verb's sense is what the sides
        # traded, not a side; each side is the other's target (an opponent, "fought ISIS", stays the target)
        themes = _themes(c, lex)
        heads = [h for h in heads if h.i not in themes]
    target = actors_for_heads(heads, lex, protest_ids=protest_ids, avoid=avoid)
    mutual = mutual_verb or mutual_noun(c.token, lex)
    if not target and c.type.lower() in lex.word_set("object_target_types") and not (mutual and len(source) > 1):
        # nothing named an actor: the object phrase is the target ("seized a British-flagged oil tanker"); two
        # sides that "clashed at a border crossing" fought each other, not the crossing
        target = actors_for_heads(thing_heads(c.roles.target + c.roles.things, c.type, c.mode, lex), lex,
                                  things=True, avoid=avoid)
    if len(source) > 1 and c.type == "AGREE" and not any(a.kind == "person" for a in target):
        source, target = both_ways(source)  # "Israel and Hamas agreed to an Egyptian-brokered truce"
    elif len(source) > 1 and (has_reciprocal_object(c.token) or (c.type in SYMMETRIC_TYPES and not target)
                              or (mutual_verb and not target)):
        source, target = both_ways(source)
    elif c.roles.construction == "between" and len(source) + len(target) > 1 and c.type in SYMMETRIC_TYPES:
        source, target = both_ways(source + [a for a in target if a.key() not in {s.key() for s in source}])
    elif not source and not target and c.type == "ASSAULT" and mutual_noun(c.token, lex):
        source, target = parties_nearby(c.token, lex)
    if c.type == "CONSULT" and c.mode == "visit" and not any(counterpart(a, source) for a in target):
        return None  # a leader touring a hospital or a flooded province at home is no consultation
    if c.type == "PROTEST" and not source:
        source = [generic_protesters(c.token)]
    if not source and c.implied:
        implied = implied_authority(c.token, c.type, c.mode, lex)  # "thousands were detained"
        source = [implied] if implied is not None else []
    source_keys = {a.key() for a in source}
    if not (len(source) > 1 and {a.key() for a in target} == source_keys):  # reciprocal: both on both sides
        target = [a for a in target if a.key() not in source_keys]
    sents = sorted({t.sent.start: t.sent for t in c.tokens}.values(), key=lambda s: s.start)
    evidence = [Evidence(s.start_char, s.end_char, s.text.strip(), rule=c.rule) for s in sents]
    m = c.match
    span = doc[m.start:m.end]
    return Event(type=c.type, mode=_mode(c, lex), source=source, target=target, modality=c.modality,
                 trigger=Evidence(span.start_char, span.end_char, span.text, rule=c.rule), evidence=evidence,
                 rule=c.rule + (f" [{c.roles.construction}]" if c.roles.construction else ""))


def _themes(c: Candidate, lex: Lexicon) -> set[int]:
    """Objects of the trigger that satisfied its entry's object condition ("exchanged 35 prisoners"), as token
    ids (with the counted noun of a quantity phrase)."""
    words = c.match.entry.objects
    if not words:
        return set()
    norm = lex.spelling
    spelled = {norm(w) for w in words}
    out: set[int] = set()
    for obj in object_tokens(c.token, lex):
        for t in {obj, quantity_head(obj)}:
            if phrase_words(t, norm) & spelled:
                out.update((obj.i, t.i))
    return out


class EventExtractor:
    """The spaCy component: sets ``doc._.events``."""

    def __init__(self, lex: Lexicon, *, keep_unasserted: bool = False, skip_quotes: bool = True) -> None:
        self.lexicon = lex
        self.keep_unasserted = keep_unasserted
        self.skip_quotes = skip_quotes

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon, keep_unasserted=self.keep_unasserted,
                                      skip_quotes=self.skip_quotes)
        return doc


def make_event_extractor(nlp: Language, name: str, keep_unasserted: bool = False,
                         skip_quotes: bool = True) -> EventExtractor:
    """Build the component; the trigger lexicon and PLOVER table are loaded once, here."""
    return EventExtractor(default_lexicon(), keep_unasserted=keep_unasserted, skip_quotes=skip_quotes)


__all__ = [
    "Candidate", "EventExtractor", "actors_for_heads", "extract_events", "find_candidates",
    "make_event_extractor", "register_extensions"
]
