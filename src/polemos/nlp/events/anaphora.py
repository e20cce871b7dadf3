"""Events that point back at an earlier one.

"The EU imposed new sanctions on Russia. Moscow condemned the measures": the target of the condemnation
is whoever took "the measures", the source of the act the passage leads with (of the noun's own type for an
event word: "the arrests"). A definite noun such as "the measures", "the move", "the decision" or "the
attack" as an event's object is resolved that way when the event names no target of its own; "the movement"
or "the group" is the organisation named last. "X claimed responsibility" names the source of the latest
attack.

Event nouns ("condemned the massacre", "rejected the criticism", "accepted the offer", "welcomed the deal")
name back the act of their own kind: the earlier event with the noun's lemma ("offered" ... "the offer"), else
the first main-clause event of the noun's type (the criticism is the condemnation, not the accusation told as
a participle of the arrests). A definite event noun outside the generic `anaphor_nouns` resolves only to an act
of its own type, never to just any earlier act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from polemos.lang.en.words import DEFINITE_DETERMINERS, GROUP_DETS, POINTING_PREPS
from polemos.models import Actor, Event
from polemos.nlp.attach import lexicon_type, own_subject
from polemos.nlp.events.doc_actors import actor_spans
from polemos.nlp.events.participants import actors_for_heads
from polemos.nlp.triggers import is_noun, is_verb, lemma
from polemos.ontology.lexicon import Lexicon

_ORGANISATION_KINDS = frozenset({"armed_group", "movement", "party", "ngo", "igo"})


_SENTENCES_BACK = 2


# The PLOVER types whose plover.yaml list `pointing_nouns_<type>` names event nouns the trigger lexicon does
# not type ("criticism" names back an ACCUSE).
_POINTING_TYPES = ("ACCUSE", "AGREE", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "REQUEST", "REJECT")


# Clause links under which a subjectless verb only elaborates another clause ("arrested 53, accusing them of"):
# a reaction names the act of a main clause, not such a participle.
_SECONDARY_DEPS = frozenset({"advcl", "acl", "xcomp", "pcomp", "relcl"})


def pointing_kinds(noun: Token, lex: Lexicon) -> frozenset[str]:
    """The PLOVER types of the act an event noun names back: the type the trigger lexicon gives it, else those
    of the `pointing_nouns_<type>` lists ("criticism": ACCUSE; "tactics": ASSAULT, COERCE); empty for a
    generic noun ("the move")."""
    said = lexicon_type(noun)
    if said is not None:
        return frozenset({said})
    word = lemma(noun)
    return frozenset(t for t in _POINTING_TYPES if word in lex.word_set(f"pointing_nouns_{t.lower()}"))


def pointing_object(trigger: Token, lex: Lexicon) -> Token | None:
    """The definite noun that refers back to an earlier act ("condemned the measures", "anger over the move",
    "rejected the criticism"), or a bare response verb ("vowed to retaliate")."""
    nouns = lex.word_set("anaphor_nouns")
    heads: list[Token] = []
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "pobj" and is_verb(trigger)):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in POINTING_PREPS:
            heads.extend(p for p in c.children if p.dep_ == "pobj")
    for c in trigger.children:  # "vowed to retaliate", "threatened to respond"
        if c.dep_ == "xcomp" and lemma(c) in lex.word_set("response_verbs") and not any(
                g.dep_ in ("dobj", "prep") for g in c.children):
            return c
    for h in heads:
        if not is_noun(h) or (lemma(h) not in nouns and not pointing_kinds(h, lex)):
            continue
        if any(d.dep_ in ("det", "poss") and d.lower_ in DEFINITE_DETERMINERS for d in h.children):
            return h
    return None


def _secondary(tok: Token) -> bool:
    """A subjectless participle or clause that only elaborates another clause ("..., accusing them of")."""
    return is_verb(tok) and tok.dep_ in _SECONDARY_DEPS and not own_subject(tok)


def antecedent_event(event: Event, trigger: Token, earlier: Sequence[tuple[Event, Token]], *,
                     kinds: frozenset[str] = frozenset(), word: str | None = None,
                     strict: bool = False) -> Event | None:
    """The earlier event (in this or the two sentences before, with a source that differs from this event's)
    that "the move" names: one whose trigger has the pointing noun's lemma ``word`` ("offered" ... "the
    offer"), else the first main-clause event of a type in ``kinds``, else the first of those types, else
    (unless ``strict``) the first of all. The first, not the latest: a reaction names the act the story leads
    with ("the army ousted Morsi. Security forces arrested ..., and the movement denounced the takeover"), not
    the latest detail told about it."""
    own = {a.key() for a in event.source}
    sents = list(trigger.doc.sents)
    index = next((k for k, s in enumerate(sents) if s.start <= trigger.i < s.end), 0)
    window = {s.start for s in sents[max(0, index - _SENTENCES_BACK):index + 1]}
    found = [(other, tok) for other, tok in earlier
             if tok.i < trigger.i and tok.sent.start in window and other.source
             and not {a.key() for a in other.source} & own]
    typed = [(o, t) for o, t in found if o.type in kinds]
    for group in ([(o, t) for o, t in found if word is not None and lemma(t) == word],
                  [(o, t) for o, t in typed if not _secondary(t)], typed, [] if strict else found):
        if group:
            return group[0][0]
    return None


def antecedent_source(event: Event, trigger: Token, earlier: Sequence[tuple[Event, Token]], *,
                      kind: str | None = None) -> list[Actor]:
    """The source of the earlier event that "the move" names (see `antecedent_event`): the first of type
    ``kind`` when the pointing noun is itself an event word ("condemned the arrests": the arrests), else the
    first of all."""
    kinds = frozenset({kind}) if kind is not None else frozenset()
    chosen = antecedent_event(event, trigger, earlier, kinds=kinds)
    return [replace(a) for a in chosen.source] if chosen is not None else []


def _reciprocal(event: Event) -> bool:
    """Several sources that are each other's targets: what a symmetric reading gives when nothing names one
    ("the United Nations and several Gulf states welcomed the deal")."""
    keys = {a.key() for a in event.source}
    return len(keys) > 1 and {a.key() for a in event.target} == keys


def resolve_pointing_targets(items: Sequence[tuple[Event, Token]], lex: Lexicon) -> None:
    """Fill the empty target of events whose object points back at an earlier act (in place); a target that
    only mirrors several sources gives way to the act an event noun names ("welcomed the deal": its parties)."""
    generic = lex.word_set("anaphor_nouns")
    for k, (event, trigger) in enumerate(items):
        mirrored = _reciprocal(event)
        if event.target and not mirrored:
            continue
        pointer = pointing_object(trigger, lex)
        if pointer is None:
            continue
        if not is_noun(pointer):
            event.target = antecedent_source(event, trigger, items[:k])
            continue
        kinds = pointing_kinds(pointer, lex)
        # a generic noun ("the move") may name any act; an event noun only an act of its own kind
        # "the attack" names an attack, never whatever act came first (rule actors.anaphora.lead-attack)
        attack = lexicon_type(pointer) == "ASSAULT"
        strict = mirrored or lemma(pointer) not in generic or attack
        earlier = _consistent(pointer, items[:k], lex)
        chosen = antecedent_event(event, trigger, earlier, kinds=kinds, word=lemma(pointer), strict=strict)
        if chosen is None and attack:  # "the attack", not "the violence"
            chosen = lead_attack(event, trigger, earlier)
        if chosen is not None:
            own = {a.key() for a in event.source}
            event.target = [replace(a) for a in chosen.source if a.key() not in own]


def _consistent(pointer: Token, earlier: Sequence[tuple[Event, Token]],
                lex: Lexicon) -> list[tuple[Event, Token]]:
    """The earlier acts that "the attack on Kosovo police" may name (rule actors.anaphora.victim-consistent): none
    done by the victims it names, and those done to them first; all of them when it names no victim."""
    victims = [p for c in pointer.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for p in c.children if p.dep_ == "pobj"]
    if not victims:
        return list(earlier)
    hit = actors_for_heads(victims, lex)
    keys = {a.key() for a in hit}
    names = {a.name.lower() for a in hit}

    def same(actors: Sequence[Actor]) -> bool:
        return any(a.key() in keys or a.name.lower() in names for a in actors)

    kept = [(e, t) for e, t in earlier if not same(e.source)]
    return [(e, t) for e, t in kept if same(e.target)] + [(e, t) for e, t in kept if not same(e.target)]


def lead_attack(event: Event, trigger: Token, earlier: Sequence[tuple[Event, Token]]) -> Event | None:
    """"condemned the barbaric attack" far from the attack it names: the first attack of the text with a doer
    other than the condemner (rule actors.anaphora.lead-attack), as the story leads with the act it is about."""
    own = {a.key() for a in event.source}
    for other, tok in earlier:
        if other.type == "ASSAULT" and tok.i < trigger.i and other.source and not {
                a.key() for a in other.source} & own:
            return other
    return None


def group_antecedent(head: Token, lex: Lexicon) -> Token | None:
    """"Security forces arrested Muslim Brotherhood figures, and the movement denounced ...": the head token of the
    latest organisation named before a bare definite group noun (this or the two sentences before), or None."""
    state = state_antecedent(head, lex)
    if state is not None:
        return state
    words = lex.word_set("group_anaphors")
    if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma(head) not in words:
        return None
    if not any(c.dep_ == "det" and c.lower_ in GROUP_DETS for c in head.children):
        return None
    if any(c.dep_ in ("poss", "prep", "nummod", "relcl", "acl") or c.pos_ == "PROPN" or c.ent_type_
           for c in head.children if c.dep_ != "det"):
        return None  # "the group of experts", "the Wagner group", "the group that ...": a new mention
    spans = actor_spans(head.doc)
    if any(sp.start <= head.i < sp.end for sp in spans):
        return None
    sents = list(head.doc.sents)
    index = next((k for k, sn in enumerate(sents) if sn.start <= head.i < sn.end), 0)
    first = sents[max(0, index - _SENTENCES_BACK)].start
    named = [sp for sp in spans if first <= sp.start and sp.end <= head.i
             and sp._.actor.kind in _ORGANISATION_KINDS]
    return named[-1].root if named else None


def state_antecedent(head: Token, lex: Lexicon) -> Token | None:
    """"cut links with the Gulf state", "the oil-rich kingdom", "the Horn of Africa nation": a definite state noun
    with a describing modifier names back the latest state named before it (this or the two sentences before),
    not a place its modifier happens to spell (rule actors.anaphora.state-epithet). A bare "the country" stays the
    country the text is about; a modifier that names a state itself ("the Qatari state") keeps that state."""
    if head.pos_ != "NOUN" or lemma(head) not in lex.word_set("state_anaphors"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not mods or any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in head.children):
        return None
    spans = actor_spans(head.doc)
    if any(sp.start <= m.i < sp.end and sp._.actor.kind == "state" for m in mods for sp in spans):
        return None
    if any(c.ent_type_ in ("NORP", "GPE") and c.ent_type_ and c.pos_ == "ADJ" for c in mods):
        return None  # "the Asian nation" is any of them; "the Iraqi state" names one
    first = head.sent.start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = head.doc[first - 1].sent.start
    named = [sp for sp in spans if first <= sp.start and sp.end <= mods[0].i and sp._.actor.kind == "state"
             and sp._.actor.actor_id]
    return named[-1].root if named else None


def claims_of_responsibility(doc: Doc, events: list[Event], lex: Lexicon) -> None:
    """'X claimed responsibility' gives the source of the latest attack that has none."""
    for tok in doc:
        if lemma(tok) != "claim" or not any(lemma(c) in ("responsibility", "credit") for c in tok.children
                                             if c.dep_ == "dobj"):
            continue
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subs:
            continue
        for event in reversed(events):
            if event.trigger is not None and event.trigger.start < tok.idx and event.type == "ASSAULT":
                if not event.source:
                    event.source = actors_for_heads(subs, lex)
                break


