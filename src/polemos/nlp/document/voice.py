"""The document's own voice: the author's accusations, demands and support as events (guide §1).

The author (`voice_author.find_author`) is the organisation the letterhead or signature names. What the author says as its own act
(`voice_acts.find_acts`) becomes one event per type and addressee, with the author as source, dated to the
document and placed where the document says it was issued. The sentence stage's events of the same acts are
folded in, and what a call of the author asks for is no event of its own. Its verdicts ("is shameful", "may
constitute crimes against humanity") come from `voice_verdicts`, its "our ally X" ties from `voice_relations`; a
condemnation that names no one blames the doers its sentence tells, and the letterhead is no party of the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from polemos.models import Actor, Decision, Event, Evidence, Place, Relation
from polemos.nlp.document.merge import actors_agree
from polemos.nlp.document.structure import DocumentStructure
from polemos.nlp.document.voice_acts import Act, Addressees, actor_index, find_acts
from polemos.nlp.document.voice_author import (
    DATE_PATTERN,
    Author,
    find_author,
    head_block,
    issue_place,
    voice_words,
)
from polemos.nlp.document.voice_relations import author_ties
from polemos.nlp.document.voice_threats import author_made, retype_court_requests, retype_vows
from polemos.nlp.document.voice_verdicts import find_verdicts

_STANCE_TYPES = {"ENEMY": "ACCUSE", "ALLY": "SUPPORT"}
# the types of what an author does by saying it; its other acts (suspending its operations) keep their own date
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE"})
# one act said in the document: type, addressees, evidence, rule, rules that found its addressees
_Said = tuple[str, list[Actor], Evidence, str, list[str]]
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
_OF_BLAMED = {"REQUEST": "doc.voice.demand-of-blamed", "REJECT": "doc.voice.refusal-of-blamed",
              "THREATEN": "doc.voice.threat-of-blamed"}
_STATE_KINDS = frozenset({"state", "government", "armed_forces", "police"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})

# a slogan line of the authors' support: "Solidarity with the Revolts in Iraq", "Long live the uprising!"
_SLOGAN = re.compile(r"^[ \t]*(solidarity with|support for|long live)[ \t]+([^\n]{3,80})$", re.IGNORECASE | re.MULTILINE)


def _addressee_keys(actors: list[Actor]) -> set[str]:
    """One state with its organs is one addressee (guide §1: "one event per type and addressee")."""
    out = set()
    for a in actors:
        if a.country and (a.kind in _STATE_KINDS or a.sector in _STATE_SECTORS):
            out.add(f"state:{a.country}")
        else:
            out.add(a.actor_id or a.name.lower())
    return out


def _trigger_on(event: Event, act: Act) -> bool:
    """Whether the event was read at the act's verb, or at the words of a state it declares ("stands ready to
    support")."""
    t = event.trigger
    if t is None:
        return False
    words = [act.verb]
    if act.rule == "doc.voice.author-state":
        words += [w for c in act.verb.children if c.dep_ in ("acomp", "oprd") for w in c.subtree]
    return any(t.start < w.idx + len(w) and w.idx < t.end for w in words)


def _in_content(event: Event, doc: Doc, act: Act) -> bool:
    """Whether the event's trigger lies in what a call asks for ("calls on X to withdraw its troops and to
    support ..."): after the verb, in its phrase, and not in a clause of its own ("the brands that buy ...",
    "... after police fired")."""
    t = event.trigger
    if t is None:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.i <= act.verb.i:
        return False
    token = span.root
    while token.i != act.verb.i:
        infinitive = token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.dep_ in ("relcl", "advcl") and not infinitive or token.head.i == token.i:
            return False  # "the brands that buy ..."; but "call on X, Y's allies, to suspend ..." asks it
        token = token.head
    return True


def _issuer_lines(text: str, block: tuple[int, int]) -> list[tuple[int, int]]:
    """The lines of a head block that name the issuer: those in capitals ("AMNESTY INTERNATIONAL") and place lines
    ("Press release - Manama, 13 April 2011"); a headline in the block ("\"They killed everyone\": the army
    massacre") tells the news and its actors are parties."""
    a, b = block
    out = []
    for m in re.finditer(r"[^\n]+", text[a:b]):
        letters = [c for c in m.group(0) if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) / len(letters) >= 0.8 or DATE_PATTERN.search(m.group(0)):
            out.append((a + m.start(), a + m.end()))
    return out


def _no_letterhead_parties(events: list[Event], block: tuple[int, int] | None, text: str = "") -> None:
    """The letterhead names the issuer, never a party to what the body tells: the parser may run it into the first
    sentence ("AMNESTY INTERNATIONAL PRESS RELEASE ... Philippine police officers are targeting ..."), making the
    issuer a source of the police's acts (rule doc.voice.letterhead-no-party). The author's own verbal acts keep it."""
    if block is None:
        return
    lines = _issuer_lines(text, block) if text else [block]
    for event in events:
        if event.type in VERBAL_TYPES:
            continue
        for side in ("source", "target"):
            actors: list[Actor] = getattr(event, side)
            kept = [x for x in actors if x.start is None or not any(a <= x.start < b for a, b in lines)]
            if len(kept) < len(actors):
                setattr(event, side, kept)
                event.decisions.append(Decision(rule="doc.voice.letterhead-no-party", action="dropped",
                                                detail=", ".join(x.name for x in actors if x not in kept)))


def _blame_doers(acts: list[Act], events: list[Event], author: Author) -> None:
    """An author's condemnation that names no one blames the doers of the acts it condemns ("UNRWA condemns this
    attack on its staff"): the sources of the harmful events the sentence itself tells or names back (rule
    doc.voice.blame-doer)."""
    for act in acts:
        if act.type != "ACCUSE" or act.targets:
            continue
        a, b = act.sent.start_char, act.sent.end_char
        doers: list[Actor] = []
        for event in events:
            if event.type not in _HARM_TYPES or not any(a <= ev.start and ev.end <= b for ev in event.evidence):
                continue
            for src in event.source:
                if not author.named_by(src.name, kind=src.kind, country=src.country) and \
                        all(not actors_agree([src], [d]) for d in doers):
                    doers.append(src)
        if doers:
            act.targets = doers
            act.notes.append("doc.voice.blame-doer")
            continue
        doers = _doers_of_harm_to(act, events, author)
        if doers:
            act.targets = doers
            act.notes.append("doc.voice.blame-doer-of-victim")


def _doers_of_harm_to(act: Act, events: list[Event], author: Author) -> list[Actor]:
    """ "We also condemn the killing of the police officer": the sources of the document's harmful events whose
    victim is the one the condemned harm names (rule doc.voice.blame-doer-of-victim)."""
    victims = [o for d in act.verb.children if d.dep_ == "dobj" for p in d.children
               if p.dep_ == "prep" and p.lower_ in ("of", "against", "on") for o in p.children if o.dep_ == "pobj"]
    names = {" ".join(t.text.lower() for t in v.subtree if t.dep_ not in ("det", "poss", "punct")) for v in victims}
    if not names:
        return []
    doers: list[Actor] = []
    for event in events:
        if event.type not in _HARM_TYPES and event.mode != "riot" or not event.source:
            continue
        if not any(re.search(r"\b" + re.escape(t.name.lower().removeprefix("the ")) + r"\b", n)
                   for t in event.target for n in names):  # "Maseko" in "the human rights lawyer Thulani Maseko"
            continue
        doers += [src for src in event.source if not author.named_by(src.name, kind=src.kind, country=src.country)
                  and all(not actors_agree([src], [d]) for d in doers)]
    return doers


def _denies(event: Event, doc: Doc, denials: frozenset[str]) -> bool:
    """Whether a REJECT's verb has an accusation, claim or charge as its object ("rejects the accusation")."""
    t = event.trigger
    span = doc.char_span(t.start, t.end, alignment_mode="expand") if t is not None else None
    if span is None or len(span) == 0:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in denials for c in span.root.children)


def _summary_passive(event: Event, doc: Doc) -> bool:
    """Whether a verbal event with no source is a bullet of the release's summary told in an agentless passive
    ("- Azerbaijan's attack on Nagorno-Karabakh condemned as a pre-planned military offensive")."""
    t = event.trigger
    if event.source or event.type not in VERBAL_TYPES or t is None:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.tag_ != "VBN" or any(c.dep_ == "agent" for c in span.root.children):
        return False
    line_start = doc.text.rfind("\n", 0, t.start) + 1
    return re.match(r"[ \t]*[-–•*][ \t]+", doc.text[line_start:t.start]) is not None


def _fold(events: list[Event], acts: list[Act], author: Author, doc: Doc,
          denials: frozenset[str] = frozenset(), is_author: Callable[[Token], bool] = lambda t: False) -> list[Event]:
    """Sentence-stage events that are the author's acts: read at an act's verb (dropped into the act), or
    verbal events with the author as source (returned, to become the author's); what a call asks for is
    dropped. ``events`` is changed in place; the candidates kept out go to ``doc._.dropped_events``."""
    adopted: list[Event] = []
    dropped: list[Event] = []
    for event in list(events):
        on = next((a for a in acts if _trigger_on(event, a)), None)
        if on is not None:  # its addressee is the act's own (the sentence stage's target may be the victim)
            event.decisions.append(Decision(rule="doc.voice.fold-act", action="merged",
                                            detail=f"the author's {on.type} at {on.verb.text!r}"))
            events.remove(event)
            dropped.append(event)
            continue
        inside = next((a for a in acts if a.type == "REQUEST" and _in_content(event, doc, a)), None)
        if inside is not None:
            event.decisions.append(Decision(rule="doc.voice.call-content", action="dropped",
                                            detail=f"what the author's call at {inside.verb.text!r} asks for"))
            events.remove(event)
            dropped.append(event)
            continue
        summary = next((a for a in acts if a.type == event.type), None) if _summary_passive(event, doc) else None
        if summary is not None:
            event.decisions.append(Decision(rule="doc.voice.summary-line", action="merged",
                                            detail=f"a summary line of the author's {summary.type} at "
                                                   f"{summary.verb.text!r}"))
            events.remove(event)
            dropped.append(event)
            continue
        src = event.source[0] if event.source else None
        sourceless = src is None and event.type in VERBAL_TYPES and author_made(doc, event, is_author)
        if sourceless:  # rule doc.voice.sourceless-act
            event.decisions.append(Decision(rule="doc.voice.sourceless-act", action="attached",
                                            detail="the author is the subject of the verb above the trigger"))
        if event.type in VERBAL_TYPES and (sourceless or src is not None and author.named_by(
                src.name, kind=src.kind, country=src.country)):
            events.remove(event)
            if event.type == "REJECT" and _denies(event, doc, denials):
                event.decisions.append(Decision(rule="doc.voice.denial", action="dropped",
                                                detail="the author denies an accusation: not coded (guide §1)"))
                dropped.append(event)
                continue
            adopted.append(event)
    if dropped and doc.has_extension("dropped_events"):
        doc._.dropped_events = [*(doc._.dropped_events or []), *dropped]
    return adopted


def author_events(doc: Doc, structure: DocumentStructure, events: list[Event], pub_date: date | None,
                  relations: list[Relation] | None = None) -> list[Event]:
    """Events in the author's own voice, one per type and addressee; events of the sentence stage that tell the
    same act are folded in (removed from ``events``)."""
    words = voice_words(doc)
    stances = [r for r in relations or [] if r.voice == "author" and not r.negated and r.type in _STANCE_TYPES]
    author = find_author(doc, structure, words, stances)
    index = actor_index(doc)
    retype_court_requests(doc, events, words)
    vowed = retype_vows(doc, events, words, (lambda t: author.is_subject(t, index)) if author else lambda t: False)
    if author is None:
        return []
    if doc.has_extension("relations") and doc._.relations is not None:
        doc._.relations.extend(author_ties(doc, author.actor))
    place = issue_place(doc, structure)
    iso = pub_date.isoformat() if pub_date else None
    block = head_block(doc.text, structure)
    letterhead_end = block[1] if block else -1
    _no_letterhead_parties(events, block, doc.text)
    author.learn_voices(doc, index, words.verbs)
    found = find_acts(doc, words, is_author=lambda t: author.is_subject(t, index, words.self_nouns), author_names=author.heads_list,
                      skip=lambda pos: structure.in_context(pos) or pos < letterhead_end)
    found += find_verdicts(doc, Addressees(doc, words, lambda t: author.is_subject(t, index)),
                           verdict_words=words.verdict_words, verdict_verbs=words.verdict_verbs,
                           harm_nouns=words.verdict_harms,
                           speaks_for_author=author.speaks_in,
                           skip=lambda pos: structure.in_context(pos) or pos < letterhead_end)
    found += vowed
    _blame_doers(found, events, author)
    acts: list[_Said] = []
    for act in found:
        acts.append((act.type, act.targets, Evidence(start=act.sent.start_char, end=act.sent.end_char,
                                                     text=act.sent.text, rule=act.rule), act.rule, act.notes))
    for event in _fold(events, found, author, doc, words.denial_objects, lambda t: author.is_subject(t, index)):
        acts.append((event.type, list(event.target), event.evidence[0] if event.evidence else Evidence(0, 0, ""),
                     "doc.voice.adopted", []))
    for rel in stances:
        if not rel.evidence or rel.b.name.lower() not in rel.evidence[0].text.lower():
            continue  # "AGAINST ALL GOVERNMENTS" names no one: no act aimed at each state
        acts.append((_STANCE_TYPES[rel.type], [rel.b], rel.evidence[0], "doc.voice.stance", []))
    for m in _SLOGAN.finditer(doc.text):
        if structure.in_context(m.start()):
            continue
        name = m.group(2).strip().rstrip("!.")
        acts.append(("SUPPORT", [Actor(name=name, start=m.start(2), end=m.start(2) + len(name))],
                     Evidence(start=m.start(), end=m.end(), text=m.group(0).strip(), rule="doc.voice.slogan"),
                     "doc.voice.slogan", []))
    out = _one_per_addressee(acts, author.actor, place, iso)
    for event in out:  # how the author was named: letterhead, signature at the foot, or stances
        event.decisions.append(Decision(rule=author.found_by, action="attached", detail=author.actor.name))
    return out


def _one_per_addressee(acts: list[_Said], author: Actor, place: Place | None, iso: str | None) -> list[Event]:
    out: list[Event] = []
    for type_, targets, evidence, rule, notes in acts:
        found_by = [Decision(rule=n, action="attached", detail=", ".join(a.name for a in targets)) for n in notes]
        keys = _addressee_keys(targets[:1])  # the first addressee named decides ("the OAS and the governments")
        same = [e for e in out if e.type == type_ and (
            (keys & _addressee_keys(e.target[:1])) or not targets or actors_agree(e.target[:1], targets[:1])
            and e.target)]
        if not same and targets and type_ != "REQUEST":  # an act that named no one yet takes its first addressee
            same = [e for e in out if e.type == type_ and not e.target]
        joined = False
        if not same and targets and all(a.country is None and a.actor_id is None for a in targets):
            # "condemns the killings by the police ... and holds the Home Minister responsible": an office named
            # by words, in the sentence of an act of the same type, is of that act's addressee (doc.voice.same-clause)
            same = [e for e in out if e.type == type_ and e.target and
                    any(ev.start == evidence.start and ev.end == evidence.end for ev in e.evidence)]
            joined = bool(same)
        if same:
            host = same[0]
            host.evidence.append(evidence)
            if not host.target and targets:
                host.target = list(targets)
                host.decisions += found_by
            elif joined:
                host.target += [a for a in targets if all(a.name != b.name for b in host.target)]
                host.decisions.append(Decision(rule="doc.voice.same-clause", action="attached",
                                              detail=", ".join(a.name for a in targets)))
            host.decisions.append(Decision(rule="doc.merge.author-voice", action="merged", detail=evidence.text[:60]))
            continue
        event = Event(type=type_, source=[author], target=list(targets), location=place, date=iso,
                      date_precision="day" if iso else None, evidence=[evidence], rule=rule)
        event.decisions.append(Decision(rule=rule, action="added", detail=f"the author's own {type_}"))
        event.decisions += found_by
        out.append(event)
    # a demand or refusal that names no addressee is made of the one the author blames ("We demand the release
    # of ...", "rejects this starvation wage", "REJECTS the Omnibus Law")
    blamed = next((e.target for e in out if e.type == "ACCUSE" and e.target), None)
    for event in list(out):
        if event.type in _OF_BLAMED and not event.target and blamed:
            keys = _addressee_keys(blamed[:1])
            same_state = next((e for e in out if e is not event and e.type == event.type and
                               keys & _addressee_keys(e.target[:1]) and len(e.target[0].name.split()) > 1), None)
            if same_state is not None:  # "demands the arrest of the officers ... We call on the National Assembly"
                same_state.evidence += event.evidence
                same_state.decisions.append(Decision(rule=_OF_BLAMED[event.type], action="merged",
                                                     detail=f"a demand of the state {same_state.target[0].name} "
                                                            "belongs to"))
                out.remove(event)
                continue
            event.target = list(blamed)
            event.decisions.append(Decision(rule=_OF_BLAMED[event.type], action="attached", detail=blamed[0].name))
    return out


def letterhead_author(doc: Doc, structure: DocumentStructure) -> Actor | None:
    """The author the letterhead names (an organisation issuing the document), or None."""
    found = find_author(doc, structure, voice_words(doc), [])
    return found.actor if found is not None else None


__all__ = ["VERBAL_TYPES", "Author", "author_events", "find_author", "issue_place", "letterhead_author"]
