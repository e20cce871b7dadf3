"""The `polemos_document` component: the document stage after the sentence stage.

It reads the article's structure, keeps out what the guide does not code, attaches toll sentences to their
incident, merges the mentions of one incident, and adds the author's own voice. Every step leaves a
`Decision` with a stable rule id on the surviving event, or on the dropped candidate (``doc._.dropped_events``).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from polemos.lang.en.words import FURTHER_INCIDENT_WORDS, NAMING_BACK_DETERMINERS
from polemos.models import Count, Event
from polemos.nlp.doc_index import doc_text
from polemos.nlp.document import dates as doc_dates
from polemos.nlp.document import merge, tolls, voice
from polemos.nlp.document.keep_out import keep_out_rule
from polemos.nlp.document.mention import Mention, dates_agree
from polemos.nlp.document.places import clean_context, drop_place_targets
from polemos.nlp.document.senses import resense, resense_reciprocal, resense_ruled_out
from polemos.nlp.document.structure import DocumentStructure, read_structure
from polemos.nlp.resources import Resources


def register_extensions() -> None:
    """``Doc._.dropped_events`` (candidates the document stage kept out) and ``Doc._.structure``."""
    for name in ("dropped_events", "structure"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _pub_date(doc: Doc) -> date | None:
    value = doc._.pub_date if doc.has_extension("pub_date") else None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def build_mentions(doc: Doc, events: list[Event], structure: DocumentStructure) -> list[Mention]:
    """A `Mention` per event, its sentence clipped to the paragraph (the parser runs a headline into the lead)."""
    out: list[Mention] = []
    text = doc_text(doc)  # Doc.text joins every token on each access: once, not once per event
    for i, event in enumerate(events):
        start = event.trigger.start if event.trigger else (event.evidence[0].start if event.evidence else 0)
        end = event.trigger.end if event.trigger else start + 1
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = span[0].sent
        para = structure.paragraph_of(start)
        p0, p1 = structure.paragraphs[para] if para < len(structure.paragraphs) else (0, len(text))
        s0, s1 = max(sent.start_char, p0), min(sent.end_char, p1)
        root = span.root
        prev = doc[root.left_edge.i] if root.left_edge.i < root.i else None
        dets = {t.lower_ for t in root.children if t.dep_ in ("det", "poss")}
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and any(d.dep_ == "det" and d.lower_ in NAMING_BACK_DETERMINERS for d in c.children)), None)
        out.append(Mention(
            event=event, sent_start=s0, sent_end=s1, sent_text=text[s0:s1], trigger_start=start,
            trigger_end=end, noun=root.pos_ in ("NOUN", "PROPN"),
            definite=bool(dets & NAMING_BACK_DETERMINERS) or (prev is not None and prev.lower_ in NAMING_BACK_DETERMINERS),
            in_headline=structure.in_headline(start), order=i, head_i=root.i, lemma=root.lemma_.lower(),
            subject_lemma=subj.lemma_.lower() if subj is not None else "", subject_i=subj.i if subj is not None else -1,
            further=any(c.lower_ in FURTHER_INCIDENT_WORDS for c in root.children if c.dep_ in ("det", "amod", "advmod"))))
    return out


def _claims(doc: Doc, structure: DocumentStructure) -> list[tolls.CountClaim]:
    if "counts" not in doc.spans:
        return []
    out = []
    for span in doc.spans["counts"]:
        count, kind = span._.count, span._.count_kind
        if not isinstance(count, Count) or kind is None or structure.in_context(span.start_char, span.end_char):
            continue
        sent = span.sent
        out.append(tolls.CountClaim(kind=kind, count=count, start=span.start_char, end=span.end_char,
                                    sent_start=sent.start_char, sent_text=sent.text, zero=count.value() == 0))
    return out


def _sentence_at(doc: Doc, offset: int) -> tuple[int, str]:
    """Start and text of the sentence holding character ``offset``."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:0].sent if len(doc) else None
    return (sent.start_char, sent.text) if sent is not None else (0, doc_text(doc))


def _window(doc: Doc, sent_start: int) -> int:
    """Start offset of the earliest of the few sentences up to the one at ``sent_start``."""
    all_starts = doc.user_data.get(_SENT_STARTS)
    if all_starts is None:  # once per doc: this is asked for every casualty fragment
        all_starts = doc.user_data[_SENT_STARTS] = sorted({s.start_char for s in doc.sents})
    starts = all_starts[:bisect_right(all_starts, sent_start)]
    return starts[-(tolls._LOOK_BACK + 1):][0] if starts else 0


_SENT_STARTS = "polemos.document.sentence_starts"


def resolve_document(doc: Doc, events: list[Event]) -> tuple[list[Event], list[Event]]:
    """The events of a whole document, and the candidates kept out, each with the decisions taken."""
    text = doc_text(doc)
    structure = read_structure(text)
    doc._.structure = structure
    pub = _pub_date(doc)
    mentions = build_mentions(doc, events, structure)
    for m in mentions:
        m.pub = pub.isoformat() if pub else None
    dropped: list[Mention] = []

    def drop(m: Mention, rule: str, detail: str = "") -> None:
        m.decide(rule, "dropped", detail)
        dropped.append(m)

    # 1. context, senses, what is not coded
    kept: list[Mention] = []
    for m in mentions:
        clean_context(m, structure, text)
        drop_place_targets(m, doc)
        resense(m, mentions, text)
        resense_ruled_out(m, doc)
        resense_reciprocal(m, doc)
        others = any(o is not m and (o.event.source or o.event.target) for o in mentions)
        rule = keep_out_rule(m, text, pub, others_named=others, doc=doc)
        if rule is None and tolls.is_toll_fragment(m):
            rule = "doc.attach.toll"
        elif rule is None and tolls.is_casualty_fragment(m):
            rule = "doc.attach.casualties"
        if rule in ("doc.attach.toll", "doc.attach.casualties"):
            near = None if rule == "doc.attach.toll" else _window(doc, m.sent_start)
            host = tolls.incident_for(kept, m.trigger_start, "killed", since=near, about=m.sent_text)
            if host is not None and rule == "doc.attach.casualties" and (
                    host.sent_start >= m.sent_start or not dates_agree(host.event.date, m.event.date)):
                host = None  # a fragment in the incident's own sentence is the sentence stage's other event
            if host is not None:
                for kind in ("killed", "injured"):
                    if getattr(m.event, kind) is not None:
                        to, said, said_at = tolls.count_host(kept, m, host, kind, getattr(m.event, kind),
                                                             lambda i: _sentence_at(doc, i), since=near)
                        tolls.revise(to, kind, getattr(m.event, kind), rule, latest=rule == "doc.attach.toll",
                                     sent_text=said, sent_start=said_at)
                drop(m, rule, "attached to the incident it updates")
                continue
            rule = None  # no incident to update: the count is the news of its own sentence
        if rule is not None:
            drop(m, rule)
            continue
        kept.append(m)

    # 2. counts told in sentences of their own: revised tolls and "no one was hurt"
    tolls.attach_claims(kept, _claims(doc, structure), lambda sent_start: _window(doc, sent_start))

    # 3. one event per incident: a crowd's demands into its protest, headline mentions into the body, then
    # later mentions into earlier ones
    for m in kept:
        doc_dates.resolve_gaps(m, doc)
    kept = merge.fold_demands(kept)
    body = [m for m in kept if not m.in_headline]
    merged: list[Mention] = []
    for m in kept:
        if not m.in_headline:
            continue
        host = merge.headline_host(m, body)
        if host is None:
            drop(m, "doc.drop.headline-only", "the body does not tell it")
        else:
            merge.fuse(host, m, "doc.merge.headline")
            merged.append(m)
    out: list[Mention] = []
    placed: dict[int, Mention] = {}  # head token -> the mention its incident went to
    for m in body:
        claimed = merge.own_claim_host(m, out, doc)
        if claimed is not None:
            merge.fuse(claimed, m, "doc.merge.own-claim", keep_date=True)
            placed[m.head_i] = claimed
            continue
        host, rule = merge.subject_host(m, placed)
        if host is None:
            host, rule = merge.incident_host(m, out)
        placed[m.head_i] = host if host is not None and rule is not None else m
        if host is not None and rule is not None:
            merge.fuse(host, m, rule)
        else:
            out.append(m)

    # 4. dates, then the author's own voice
    for m in out:
        tolls.strip_non_harm(m, out)
        doc_dates.resolve(m, doc, pub)
    for m in out:
        doc_dates.resolve_chain(m, out, doc)
    result = [m.event for m in out]
    relations = list(doc._.relations or []) if doc.has_extension("relations") else []
    result += voice.author_events(doc, structure, result, pub, relations)
    return result, [m.event for m in dropped]


class DocumentStage:
    """The spaCy component: replaces ``doc._.events`` with the document's events; adds the candidates it keeps
    out to ``doc._.dropped_events``."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, doc: Doc) -> Doc:
        doc._.resources = self.resources
        events = list(doc._.events or [])
        doc._.events, dropped = resolve_document(doc, events)
        doc._.dropped_events = [*(doc._.dropped_events or []), *dropped]
        return doc


def make_document_stage(nlp: Language, name: str, resources: Resources) -> DocumentStage:
    """Build the component (it reads the doc's events, relations and structure; no knowledge of its own yet)."""
    return DocumentStage(resources)


__all__ = ["DocumentStage", "build_mentions", "make_document_stage", "register_extensions", "resolve_document"]
