"""spaCy's entities as the actors component reads them: PERSON entities from the IOB array (memoised per
doc), people the KB does not know but whose surname it does, toponyms of a sentence, and whether an entity
stands in a place frame ("in the Tigray region") or looks like a name."""

from __future__ import annotations

import weakref
from difflib import SequenceMatcher
from typing import Any

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

from polemos.knowledge.kb_records import Entry
from polemos.lang.en.words import ADMIN_NOUNS, LOCATIVE, NAME_PARTICLES, POSSESSIVE
from polemos.nlp.actors.matcher import (
    APOSTROPHES,
)
from polemos.nlp.resources import resources_of

_ents_memo: list[Any] = [None, 0, []]


def _given_names(entry: Entry) -> frozenset[str]:
    """The words of a KB person's name and aliases but the last (given names, patronymics), lower-cased."""
    return frozenset(w.lower().strip(".") for name in (entry.name, *entry.aliases) for w in name.split()[:-1])


def _same_given_name(word: str, known: frozenset[str]) -> bool:
    """A given name that is one of the KB person's, allowing transliteration ("Aleksandr" / "Alexander")."""
    return word in known or any(SequenceMatcher(None, word, k).ratio() >= 0.7 for k in known)


def _entities_labelled(doc: Doc, label: str) -> list[Span]:
    """``[e for e in doc.ents if e.label_ == label]``, read from the IOB array so that only the wanted
    entities are built as Spans."""
    wanted = doc.vocab.strings[label]
    rows = doc.to_array([ENT_IOB, ENT_TYPE]).tolist()
    out: list[Span] = []
    start: int | None = None
    for i, (iob, kind) in enumerate([*rows, [2, 0]]):  # a sentinel "O" closes the last entity
        if start is not None and iob != 1:  # 1 = I, 2 = O, 3 = B
            out.append(Span(doc, start, i, label=label))
            start = None
        if iob == 3 and kind == wanted:
            start = i
    return out


def person_entities(doc: Doc) -> list[Span]:
    """The doc's PERSON entities, memoised for the latest doc: ``doc.ents`` builds new spans on every access and
    `find_actors` runs once per resolved phrase."""
    ref, size, ents = _ents_memo
    if ref is not None and ref() is doc and size == len(doc):
        return ents  # type: ignore[no-any-return]
    ents = _entities_labelled(doc, "PERSON")
    _ents_memo[:] = [weakref.ref(doc), len(doc), ents]
    return ents


_TOPONYMS_KEY = "polemos.actors.toponyms"


def sentence_toponyms(doc: Doc, scores: dict[str, float]) -> list[tuple[int, str]]:
    """(token index, country) of the towns and provinces the doc names (countries are KB actors already),
    resolved against the doc's country salience; computed once per doc."""
    from polemos.nlp.places.recognizer import person_is_place

    cached = doc.user_data.get(_TOPONYMS_KEY)
    if cached is not None and cached[0] == len(doc):
        return list(cached[1])
    gaz = resources_of(doc).gazetteer
    out = []
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") or ent.label_ == "PERSON" and person_is_place(ent, gaz):
            entry = gaz.resolve(ent.text, context=scores)
            if entry is not None and entry.country and entry.precision in ("city", "admin1", "point"):
                out.append((ent.root.i, entry.country))
    doc.user_data[_TOPONYMS_KEY] = (len(doc), out)
    return out


def in_place_frame(ent: Span) -> bool:
    """Whether a PERSON entity is a place: a province's name ("the Tigray region"), or a town located in one,
    after a comma ("Jangebe, in Nigeria's Zamfara state") or a place-preposition ("a school in Jangebe in the
    Zamfara region")."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in ADMIN_NOUNS and doc[ent.end].is_lower:
        return True  # "the Tigray region", "Nigeria's Zamfara state"
    after_place = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE | {"from"}
    i = ent.end
    comma = i < len(doc) and doc[i].text == ","
    if comma:
        i += 1
    # "killed Musa in the Zamfara region" says where Musa was killed; only a comma or a place-preposition
    # before makes the name itself a place
    if not after_place and not (comma and len(ent) == 1):
        return False
    if i >= len(doc) or doc[i].lower_ != "in":
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    elif i + 1 < len(doc) and doc[i].ent_type_ == "GPE" and doc[i + 1].text.translate(APOSTROPHES) in POSSESSIVE:
        i += 2  # "Nigeria's"
    names = 0
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and names < 4:
        i += 1
        names += 1
    return names > 0 and i < len(doc) and doc[i].lower_ in ADMIN_NOUNS


def looks_like_name(span: Span) -> bool:
    """Whether a PERSON entity is shaped like a person's name: capitalised words without digits, not a lone
    acronym ("COVID-19" and "NATO" are tagged PERSON at times)."""
    words = [t.text for t in span if t.is_alpha or any(c.isalpha() for c in t.text)]
    if not words or any(c.isdigit() for c in span.text):
        return False
    if len(words) == 1 and len(words[0]) > 2 and words[0].isupper():
        return False
    return all(w[:1].isupper() or w.split("-")[0].lower() in NAME_PARTICLES for w in words)
