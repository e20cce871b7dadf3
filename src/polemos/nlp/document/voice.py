"""The document's own voice: the author's accusations, demands and support as events (guide §1).

The author is named by the letterhead, else by the signature the sentence stage found for its stances. A
sentence whose subject is the author ("We call on ...", "The BCHR condemns ...") outside quotations is the
author's act, dated to the document and placed where the document says it was issued.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from polemos.lang.en.words import AUTHOR_ACTS
from polemos.models import Actor, Decision, Event, Evidence, Place, Relation
from polemos.nlp.document.merge import actors_agree
from polemos.nlp.document.structure import DocumentStructure

_STANCE_TYPES = {"ENEMY": "ACCUSE", "ALLY": "SUPPORT"}


_QUOTES = re.compile(r"[\"“”]")


# a slogan line of the authors' support: "Solidarity with the Revolts in Iraq", "Long live the uprising!"
_SLOGAN = re.compile(r"^[ \t]*(solidarity with|support for|long live)[ \t]+([^\n]{3,80})$", re.IGNORECASE | re.MULTILINE)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def letterhead_author(doc: Doc, structure: DocumentStructure) -> Actor | None:
    """The first actor the letterhead names (an organisation issuing the document)."""
    if structure.letterhead is None or "actors" not in doc.spans:
        return None
    a, b = structure.letterhead
    for span in doc.spans["actors"]:
        actor = span._.actor if span.has_extension("actor") else None
        if isinstance(actor, Actor) and a <= span.start_char < b:
            return actor
    return None


def issue_place(doc: Doc, structure: DocumentStructure) -> Place | None:
    """Where the document says it was issued: a place in its letterhead ("Press release - Manama, ...")."""
    if structure.letterhead is None or "places" not in doc.spans:
        return None
    a, b = structure.letterhead
    for span in doc.spans["places"]:
        place = span._.place if span.has_extension("place") else None
        if isinstance(place, Place) and a <= span.start_char < b:
            return place
    return None


def _is_author(subject: Token, author: Actor, doc: Doc) -> bool:
    words = {t.lower_ for t in subject.subtree}
    if subject.lower_ == "we":
        return True
    initials = _initials(author.name)
    if len(initials) >= 2 and any(t.text == initials for t in subject.subtree):
        return True
    probe = Actor(name=" ".join(t.text for t in subject.subtree), start=subject.idx)
    author_words = {w.lower() for w in author.name.split() if len(w) > 3}
    return actors_agree([probe], [author]) and len(words & author_words) >= 2


def _targets(verb: Token, subject: Token, doc: Doc) -> list[Actor]:
    if "actors" not in doc.spans:
        return []
    sub = {t.i for t in subject.subtree}
    out: list[Actor] = []
    for span in doc.spans["actors"]:
        actor = span._.actor
        if not isinstance(actor, Actor) or span.start <= verb.i or span.sent.start != verb.sent.start:
            continue
        if span.start in sub or span.root.lower_ in ("we", "us", "our"):
            continue
        if any(t.i in {x.i for x in verb.subtree} for t in span):
            out.append(actor)
            break
    return out


def _author_acts(doc: Doc, structure: DocumentStructure, author: Actor) -> list[tuple[str, list[Actor], Evidence]]:
    found = []
    for sent in doc.sents:
        if structure.in_context(sent.start_char) or (structure.letterhead and sent.start_char < structure.letterhead[1]):
            continue
        text = sent.text
        for verb in sent:
            type_ = AUTHOR_ACTS.get(verb.lemma_.lower())
            if type_ is None or verb.pos_ != "VERB":
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
            if not subjects or not _is_author(subjects[0], author, doc):
                continue
            before = doc.text[sent.start_char:verb.idx]
            if len(_QUOTES.findall(before)) % 2 == 1:
                continue  # inside a quotation: a speaker's words, not the document's
            if verb.lemma_.lower() == "call" and not any(c.dep_ == "prep" and c.lower_ in ("on", "for", "upon")
                                                         for c in verb.children):
                continue
            if verb.lemma_.lower() == "hold" and "responsible" not in text.lower():
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            found.append((type_, _targets(verb, subjects[0], doc),
                          Evidence(start=sent.start_char, end=sent.end_char, text=text, rule="doc.voice.author-act")))
    return found


def author_events(doc: Doc, structure: DocumentStructure, events: list[Event], pub_date: date | None,
                  relations: list[Relation] | None = None) -> list[Event]:
    """Events in the author's own voice, one per type and addressee; events of the sentence stage that tell the
    same act are folded in (removed from ``events``)."""
    stances = [r for r in relations or [] if r.voice == "author" and not r.negated and r.type in _STANCE_TYPES]
    author = letterhead_author(doc, structure) or (stances[0].a if stances else None)
    if author is None:
        return []
    place = issue_place(doc, structure)
    iso = pub_date.isoformat() if pub_date else None
    acts: list[tuple[str, list[Actor], Evidence, str]] = [
        (t, ts, ev, "doc.voice.author-act") for t, ts, ev in _author_acts(doc, structure, author)]
    for rel in stances:
        if not rel.evidence or rel.b.name.lower() not in rel.evidence[0].text.lower():
            continue  # "AGAINST ALL GOVERNMENTS" names no one: no act aimed at each state
        acts.append((_STANCE_TYPES[rel.type], [rel.b], rel.evidence[0] if rel.evidence else
                     Evidence(0, 0, ""), "doc.voice.stance"))
    for m in _SLOGAN.finditer(doc.text):
        if structure.in_context(m.start()):
            continue
        name = m.group(2).strip().rstrip("!.")
        acts.append(("SUPPORT", [Actor(name=name, start=m.start(2), end=m.start(2) + len(name))],
                     Evidence(start=m.start(), end=m.end(), text=m.group(0).strip(), rule="doc.voice.slogan"),
                     "doc.voice.slogan"))
    out: list[Event] = []
    for type_, targets, evidence, rule in acts:
        same = [e for e in out if e.type == type_ and actors_agree(e.target, targets) and (e.target or not targets)]
        if same:
            same[0].evidence.append(evidence)
            if not same[0].target and targets:
                same[0].target = targets
            same[0].decisions.append(Decision(rule="doc.merge.author-voice", action="merged",
                                              detail=evidence.text[:60]))
            continue
        event = Event(type=type_, source=[author], target=list(targets), location=place, date=iso,
                      date_precision="day" if iso else None, evidence=[evidence], rule=rule)
        event.decisions.append(Decision(rule=rule, action="added", detail=f"the author's own {type_}"))
        out.append(event)
    # the sentence stage's reading of the same acts ("The BCHR condemns ...") gives way to the author's event
    for event in list(events):
        for mine in out:
            if event.type == mine.type and actors_agree(event.source, [author]) and event.evidence and any(
                    ev.start <= event.evidence[0].start < ev.end or event.evidence[0].start <= ev.start
                    < event.evidence[0].end for ev in mine.evidence):
                if not mine.target and event.target:
                    mine.target = event.target
                mine.decisions.append(Decision(rule="doc.merge.author-voice", action="merged",
                                               detail=event.trigger.text if event.trigger else event.type))
                events.remove(event)
                break
    return out


__all__ = ["AUTHOR_ACTS", "author_events", "issue_place", "letterhead_author"]


