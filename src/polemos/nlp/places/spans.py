"""Toponym spans widened to the whole name of a country or division that the parser cut short.

The entity recogniser splits names at hyphens and small words: "Guinea-Bissau" comes out as "Guinea",
"Rio Grande do Sul" as "Rio Grande", "New South Wales" as "Wales". A span is widened by a few words on
either side where the longer text is the main name of a country or a first- or second-order division
in the GeoNames index (`GeoIndex.division_keys`, held in memory): the longer name wins, as a reader would
take it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from polemos.knowledge.gazetteer import Gazetteer
from polemos.knowledge.geonames import GeoIndex
from polemos.knowledge.geonames.text import fold_cached
from polemos.lang.en.words import PREMISES_NOUNS
from polemos.nlp.document.structure import read_structure

#: How many words a span may grow by on its left and on its right.
WIDEN_LEFT = 2
WIDEN_RIGHT = 3
_JOINERS = frozenset({"-", "'"})


def _word_like(span: Span) -> bool:
    return all(t.is_alpha or t.text in _JOINERS for t in span) and span[0].text[:1].isupper() \
        and span[-1].text[:1].isupper()


def whole_name(span: Span, index: GeoIndex) -> Span | None:
    """The longest span around ``span`` (within its sentence) that is the main name of a country or
    division, or None when there is none longer than the span."""
    doc = span.doc
    names = index.division_keys()
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    best: Span | None = None
    for left in range(WIDEN_LEFT + 1):
        for right in range(WIDEN_RIGHT + 1):
            start, end = span.start - left, span.end + right
            if (left, right) == (0, 0) or start < sent.start or end > sent.end:
                continue
            wider = doc[start:end]
            if best is not None and len(wider) <= len(best) or not _word_like(wider):
                continue
            if fold_cached(wider.text) in names:
                best = wider
    return best


def widen_to_names(spans: Sequence[Span], index: GeoIndex) -> list[Span]:
    """The spans, each widened to the whole name it is part of (`whole_name`); overlaps keep the longest."""
    out = []
    for span in spans:
        wider = whole_name(span, index)
        out.append(wider if wider is not None else span)
    return sorted(filter_spans(out), key=lambda s: s.start)


# Entity types a landmark's proper name may carry ("the Preah Vihear temple" read ORG); people ("Augusto C.
# Sandino airport") are left out: their surname is too often a town's name abroad.
_LANDMARK_NAME_TYPES = frozenset({"", "ORG", "FAC", "GPE", "LOC"})


def landmark_names(doc: Doc, gaz: Gazetteer, taken: set[int], locative: Callable[[Token], bool]) -> list[Span]:
    """Proper names of landmarks the model did not tag as places, before a landmark noun of places_extra.csv
    that says where something happened ("near the Preah Vihear temple", "in Rawalpindi's Liaquat Bagh park"):
    the name alone, which the recogniser extends with its noun (rule places.landmark-name)."""
    out = []
    for tok in doc:
        if not tok.is_lower or tok.pos_ != "NOUN" or not locative(tok):
            continue
        first = tok.i
        if tok.i > 0 and doc[tok.i - 1].is_lower and gaz.is_feature(f"{doc[tok.i - 1].text} {tok.text}"):
            first = tok.i - 1  # "detention centre"
        elif not gaz.is_feature(tok.text):
            continue
        start = first
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in _LANDMARK_NAME_TYPES \
                and start - 1 not in taken and not doc[start - 1].is_sent_start:
            start -= 1
        if start == first or not doc[start].text[:1].isupper():
            continue
        name = doc[start:first]
        if gaz.country_of_demonym(name.text) or gaz.is_qualifier(name[0].lower_):
            continue
        out.append(name)
        if start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN" and start - 2 not in taken:
            owner = doc[start - 2:start - 1]  # "Rawalpindi's Liaquat Bagh park", read as one ORG
            if gaz.resolve(owner.text) is not None:
                out.append(owner)
    return out


def premises_towns(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Span]:
    """Towns named before a premises noun that locates them ("raided the Tunis bureau of Al Jazeera", "the Kabul
    office"), which the model often reads as part of an organisation or a nationality (rule
    places.premises-town): the name, when the gazetteer knows it below country level."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ != "compound" or tok.head.lower_ not in PREMISES_NOUNS \
                or tok.i in taken or tok.head.i != tok.i + 1:
            continue
        start = tok.i
        while start > tok.i - 2 and start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        name = doc[start:tok.i + 1]
        entry = gaz.resolve(name.text)
        if entry is not None and entry.precision not in ("country", None) and not gaz.country_of_demonym(name.text) \
                and taken.isdisjoint(range(name.start, name.end)):
            out.append(name)
    return out


def listed_with_people(ent: Span, gaz: Gazetteer) -> bool:
    """A name tagged as a place that stands in a list of people ("two opposition lawmakers, Ararat Mirzoyan and
    Sasun Mikaelyan"): a conjunct of a person's name, of two or more words the gazetteer does not know, is a
    person too (rule places.listed-person)."""
    if len(ent) < 2 or gaz.resolve(ent.text) is not None:
        return False
    root = ent.root
    return root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and not ent.start <= root.head.i < ent.end


def dateline_span(doc: Doc) -> Span | None:
    """The place words of the doc's dateline or letterhead line ("Statement of the Council - Tbilisi, 1 May",
    which the model reads as one organisation), as a span, so that the reporter's town is known context
    (rule places.dateline-span); None without a dateline."""
    structure = read_structure(doc.text)
    dateline = structure.dateline
    if dateline is not None:
        words = dateline.place.split("/")[0].strip(" .")
        at = doc.text.find(words, dateline.start, dateline.end) if words else -1
        return doc.char_span(at, at + len(words), alignment_mode="contract") if at >= 0 else None
    if structure.letterhead is None:
        return None
    m = _PLACE_LINE.search(doc.text, *structure.letterhead)
    return doc.char_span(m.start(1), m.end(1), alignment_mode="contract") if m else None


# A letterhead's place line: "Press release - Manama, 13 April 2011", "Statement - Tbilisi, May 1, 2024".
_PLACE_LINE = re.compile(r"[-–—]\s+([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d")


__all__ = ["WIDEN_LEFT", "WIDEN_RIGHT", "dateline_span", "landmark_names", "listed_with_people", "premises_towns",
           "whole_name",
           "widen_to_names"]
