"""Speech acts the sentence stage types by their verb and the guide by what they do: vows of force are threats
(guide §3 THREATEN: "threats, ultimatums, warnings of one's own forceful action"), and asking a court to punish
someone is accusing them (ACCUSE).

A promise is AGREE, but a promise to answer with force is a THREATEN: "vowed that Pakistan would respond with
full force to anyone who attacks", "it will defend every inch of its territory", "any attempt ... will be met by
the resistance of the people". `retype_vows` re-types such AGREE events of the sentence stage (rule
doc.voice.vow-of-force) and gives back those the author makes, for the author's voice to take as its own acts.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from polemos.models import Decision, Event
from polemos.nlp.document.voice_acts import Act, VoiceWords, actor_index, is_force, proper_name_actor


def force_content(token: Token, words: VoiceWords) -> bool:
    """Whether a clause promises force: a word of force in it ("respond", "response", "resistance"), or defending
    what a state holds ("defend every inch of its territory")."""
    for t in token.subtree:
        if is_force(t, words):
            return True
        if t.lemma_.lower() == "defend" and any(o.lemma_.lower() in words.defended_things for o in t.subtree if o is not t):
            return True
    return False


# the links from an act's word up to the verb whose subject makes it: "will commence an indefinite strike"
_UP = frozenset({"dobj", "pobj", "prep", "xcomp", "compound", "nmod", "amod", "attr", "oprd", "conj"})


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    t = event.trigger
    span = doc.char_span(t.start, t.end, alignment_mode="expand") if t is not None else None
    return span.root if span is not None and len(span) else None


def _promised(token: Token, words: VoiceWords) -> Token | None:
    """The clause an AGREE's trigger promises with force: the that-clause of a vow ("vowed that X would respond
    ..."), or the trigger's own clause when it is a verb of force under "will" ("it will defend ...")."""
    if token.lemma_.lower() in words.promise_verbs:
        for child in token.children:
            if child.dep_ in ("ccomp", "xcomp") and force_content(child, words):
                return child
        return None
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in token.children)
    return token if future and token.pos_ == "VERB" and force_content(token, words) else None


def said_by_author(token: Token, is_author: Callable[[Token], bool]) -> bool:
    """Whether the author is the subject of the verb, itself or as "it"/"we" after the author opened the sentence
    ("Guyana remains a peaceful nation, but it will defend ...")."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(is_author(s) for s in subjects):
        return True
    back = any(s.lower_ in ("it", "we", "they") for s in subjects)
    return back and any(t.dep_ == "nsubj" and t.i < token.i and is_author(t) for t in token.sent)


def author_made(doc: Doc, event: Event, is_author: Callable[[Token], bool]) -> bool:
    """Whether a verbal event the sentence stage gave no source is said by the author: the first verb above its
    trigger has the author as subject ("Congress ... will commence an indefinite nationwide strike")."""
    token = _trigger_token(doc, event)
    while token is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        if token.head.i == token.i or token.dep_ not in _UP:
            return False  # "- Azerbaijan's attack condemned as ...": a headline's passive is no one's act
        token = token.head
    return token is not None and said_by_author(token, is_author)


def retype_vows(doc: Doc, events: list[Event], words: VoiceWords,
                is_author: Callable[[Token], bool]) -> list[Act]:
    """Re-type the AGREE events that promise force as THREATEN (rule doc.voice.vow-of-force), aimed at no one of
    the maker's own state; those the author makes ("We vow ...", "Guyana ... it will defend ...") leave ``events``
    and come back as the author's acts."""
    acts: list[Act] = []
    for event in list(events):
        if event.type != "AGREE":
            continue
        token = _trigger_token(doc, event)
        clause = _promised(token, words) if token is not None else None
        if token is None or clause is None:
            continue
        event.type = "THREATEN"
        event.decisions.append(Decision(rule="doc.voice.vow-of-force", action="retyped",
                                        detail=f"AGREE->THREATEN: {clause.text!r} promises force"))
        own = {a.country for a in event.source if a.country}
        kept = [a for a in event.target if not a.country or a.country not in own]
        if len(kept) < len(event.target):
            event.decisions.append(Decision(rule="doc.voice.vow-of-force", action="dropped",
                                            detail="a threat is not aimed at the maker's own state"))
            event.target = kept
        if not event.source and said_by_author(token, is_author):
            events.remove(event)
            event.decisions.append(Decision(rule="doc.voice.fold-act", action="merged", detail="the author's THREATEN"))
            acts.append(Act(type="THREATEN", verb=token, targets=list(event.target), rule="doc.voice.vow-of-force",
                            sent=token.sent))
    return acts


def retype_court_requests(doc: Doc, events: list[Event], words: VoiceWords) -> None:
    """A request to a court to punish someone ("asked the courts to dissolve al-X for violating the law") accuses
    the one to be punished (rule doc.voice.court-request): ACCUSE, aimed at the objects of the punishment."""
    index = actor_index(doc)
    for event in events:
        if event.type != "REQUEST" or not event.target or not all(
                a.sector == "JUD" or any(w in words.court_words for w in a.name.lower().split()) for a in event.target):
            continue
        token = _trigger_token(doc, event)
        asked = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in
                 words.punish_verbs] if token is not None else []
        if not asked:
            continue
        objects = [t for c in asked for o in c.children if o.dep_ == "dobj" for t in [o, *o.conjuncts]]
        blamed = list({id(hit[1]): hit[1] for t in objects if (hit := index.get(t.i)) is not None}.values())
        blamed = blamed or [proper_name_actor(t) for t in objects if t.pos_ == "PROPN"]  # a party it does not know
        if not blamed:
            continue
        event.type, event.target = "ACCUSE", blamed
        event.decisions.append(Decision(rule="doc.voice.court-request", action="retyped",
                                        detail=f"REQUEST->ACCUSE: asks a court to {asked[0].text} "
                                               + ", ".join(a.name for a in blamed)))


__all__ = ["author_made", "force_content", "retype_court_requests", "retype_vows", "said_by_author"]
