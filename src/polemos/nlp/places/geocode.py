"""Toponym spans geocoded with the GeoNames index, reading the whole document.

Each span becomes a resolver `Mention` with the cues its words give: a written qualifier after a comma
("Parkland, Florida", "Kansas City, Kan."), "the capital" before it, "County" after it, and a person's or
organisation's reading where the parse says so. The document gives the context: the countries it names,
its demonyms and knowledge-base actors (`context_weights`), and its dateline. Each answer becomes a
`Place` with the resolver's reasons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span

from polemos.knowledge.gazetteer import Gazetteer
from polemos.knowledge.geonames import DocumentContext, GeoPlace, Mention, Resolution, Resolver, load_index
from polemos.models import Place
from polemos.nlp.doc_index import doc_text
from polemos.nlp.document.structure import read_structure

# An abbreviation after a comma ("Kansas City, Kan.", "Springfield, Ill.", "Portland, OR").
_ABBREVIATION = re.compile(r",\s*((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.){2,3}|[A-Z]{2}\b)")
# "the capital, Kabul", "the capital city of Kabul", "the Afghan capital Kabul": the text calls it the capital.
_CAPITAL = re.compile(r"\bcapital(?: city)?(?: of)?,?\s*$")
_COMMA = re.compile(r",\s*")
_COUNTY = " County"
# Titles before a name that make it a person's ("President Jackson", "Mr Bush").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "president", "minister", "general", "gen", "colonel",
                        "sheikh", "king", "prince", "princess", "queen", "judge", "senator", "governor", "mayor",
                        "commander", "lieutenant", "captain", "chief", "spokesman", "spokeswoman", "leader",
                        "lord", "lady", "senor", "madame", "rep", "sen", "gov"})
# The first word of an organisation's name that a place only completes ("the University of Bangui").
_ORG_HEADS = frozenset({"university", "college", "institute", "school", "bank", "hospital", "academy",
                        "museum", "church", "company", "corporation", "council", "court", "club", "foundation"})
_NOT_PLACE_KINDS = frozenset({"person", "armed_group", "party", "movement", "igo", "ngo", "media", "company"})


@dataclass
class Request:
    """A span to geocode: the words to look up (``lookup``, the span's text unless an extension or a
    qualifier word changes it), and the name the answer takes."""

    span: Span
    lookup: str
    name: str
    landmark: bool = False  # "Kabul airport": a point at the town's place
    country: str | None = None  # the country the answer must lie in ("Nigeria's Zamfara state")
    qualifier: str | None = None
    precision: str | None = None  # an unresolved answer's precision ("admin1" for a possessed unit)
    admin1: str | None = None  # an unresolved answer's division


def default_resolver() -> Resolver:
    """A resolver over the shared GeoNames index (opened, or built, on first use)."""
    return Resolver(load_index())


def dateline_place(text: str) -> str | None:
    """The place words of the text's dateline ("SANAA/DUBAI, March 3 -" -> "Sanaa"), or None."""
    structure = read_structure(text)
    if structure.dateline is None:
        return None
    place = structure.dateline.place.split("/")[0].strip(" .")
    return place.title() if place.isupper() else place or None


def document_context(doc: Doc, weights: dict[str, float], *, pub_date: date | None = None) -> DocumentContext:
    """The resolver's context of a doc: its country weights and its dateline."""
    return DocumentContext(countries=dict(weights), dateline=dateline_place(doc_text(doc)), pub_date=pub_date)


def _reading(span: Span, actor_ranges: Sequence[tuple[int, int, str]]) -> str:
    """"person" or "organisation" where the parse says the words are a name of one, else "place"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in HONORIFICS and before.text[:1].isupper():
        return "person"
    for ent in doc.ents:
        if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
            if ent.label_ == "PERSON" and ent.start < span.start and span.root.ent_type_ == "PERSON":
                return "person"  # "George Bush": Bush is the man
            if ent.label_ == "ORG" and doc[ent.start].lower_ in _ORG_HEADS | {"the"} and \
                    any(t.lower_ in _ORG_HEADS for t in doc[ent.start:span.start]):
                return "organisation"
    for start, end, kind in actor_ranges:
        if start <= span.start_char and span.end_char <= end and (end - start) > len(span.text):
            return "person" if kind == "person" else "organisation"
    return "place"


def _qualifier(span: Span, following: Span | None) -> str | None:
    """The words qualifying a toponym after a comma: the next toponym ("Parkland, Florida"), or an
    abbreviation ("Kansas City, Kan.")."""
    text = doc_text(span.doc)  # Doc.text joins every token on each access: once per doc, not per toponym
    if following is not None and _COMMA.fullmatch(text[span.end_char:following.start_char]):
        return following.text
    abbr = _ABBREVIATION.match(text, span.end_char, span.end_char + 12)
    return abbr.group(1) if abbr else None


def mentions_of(requests: Sequence[Request]) -> list[Mention]:
    """Resolver mentions of the requests, with their cues (qualifier, capital, county, reading)."""
    ordered = sorted(range(len(requests)), key=lambda i: requests[i].span.start_char)
    nxt: dict[int, Span | None] = {a: requests[b].span for a, b in pairwise(ordered)}
    out = []
    per_doc: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}  # the doc's text and actors, read once
    for i, r in enumerate(requests):
        doc = r.span.doc
        if id(doc) not in per_doc:
            per_doc[id(doc)] = (doc_text(doc), [
                (s.start_char, s.end_char, s._.actor.kind) for s in doc.spans.get("actors", [])
                if s.has_extension("actor") and s._.actor is not None and s._.actor.kind in _NOT_PLACE_KINDS])
        text, actors = per_doc[id(doc)]
        before = text[max(0, r.span.start_char - 30):r.span.start_char]
        after = text[r.span.end_char:r.span.end_char + len(_COUNTY)]
        out.append(Mention(text=r.lookup, start=r.span.start_char, end=r.span.end_char,
                           qualifier=r.qualifier or _qualifier(r.span, nxt.get(i)),
                           capital=bool(_CAPITAL.search(before)),
                           county=after == _COUNTY or r.lookup.endswith(_COUNTY),
                           reading=_reading(r.span, actors)))
    return out


def to_place(answer: Resolution, *, name: str, start: int, end: int, precision: str | None = None) -> Place:
    """A resolver's answer as the `Place` of a span named ``name``."""
    p: GeoPlace = answer.place
    return Place(name=name, country=p.country, admin1=p.admin1, lat=answer.lat, lon=answer.lon,
                 precision=precision or p.precision, geonameid=p.geonameid, start=start, end=end, admin2=p.admin2,
                 feature=f"{p.fclass}.{p.fcode}", reasons=answer.reasons)


def geoplace_to_place(p: GeoPlace, *, name: str, start: int | None, end: int | None,
                      reasons: tuple[str, ...] = ()) -> Place:
    """An index entry as the `Place` of a span named ``name``."""
    return Place(name=name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision,
                 geonameid=p.geonameid, start=start, end=end, admin2=p.admin2, feature=f"{p.fclass}.{p.fcode}",
                 reasons=reasons)


# Reasons that tie an answer to the document or make it the obvious reading of its name.
_SUPPORT = ("context:", "qualifier:", "near:", "dateline:", "capital", "curated", "famous", "county")


def unsupported_alternate(answer: Resolution) -> bool:
    """A town matched only through one of its other names, that nothing in the document supports (not in a
    country or division it names, near none of its places, no qualifier): more likely a village elsewhere than
    the place meant, and a place in the wrong country is worse than none."""
    return "name:alternate" in answer.reasons and answer.place.precision in ("city", "point", "admin2") \
        and not any(r.startswith(_SUPPORT) for r in answer.reasons)


# Below this share of the document's leading country (the resolver's ``context:country:<share>``), a town's
# country is one the document barely points to.
OFF_CONTEXT_SHARE = 0.2
# Reasons that make a town the obvious reading of its name wherever the document is: a written qualifier, "the
# capital", a curated entry, a famous city, a county.
_OBVIOUS = ("qualifier:", "capital", "curated", "famous", "county")


def _share(answer: Resolution) -> float:
    for r in answer.reasons:
        if r.startswith("context:country:"):
            try:
                return float(r.rsplit(":", 1)[1])
            except ValueError:
                return 0.0
    return 0.0


def off_context(answer: Resolution, context: DocumentContext) -> bool:
    """Rule places.off-context: a town (or district) in a country the document barely points to (under
    OFF_CONTEXT_SHARE of its leading country's weight, or not at all), while it does point to some country,
    and nothing else makes it the obvious reading of its name ("Solhan" in a Burkina Faso story is no Turkish
    town, "Dang" in a Nepal one no Vietnamese village): a namesake abroad, and a place in the wrong country is
    worse than a name left to its context's country."""
    if answer.place.precision not in ("city", "point", "admin2") or not context.countries \
            or answer.place.fcode == "PPLC":  # a national capital is the obvious reading of its name ("Washington")
        return False
    if any(r.startswith(_OBVIOUS) for r in answer.reasons):
        return False
    return _share(answer) < OFF_CONTEXT_SHARE


def _strip_qualifiers(text: str, gaz: Gazetteer) -> str | None:
    words = text.split()
    i = 0
    while i < len(words) - 1 and gaz.is_qualifier(words[i]):
        i += 1
    return " ".join(words[i:]) if i else None


def geocode(requests: Sequence[Request], *, context: DocumentContext, resolver: Resolver,
            gaz: Gazetteer) -> list[Place]:
    """One place per request: the resolver's answer; else, for "northern Mali", the region of the place
    without its qualifier words; else a place spelled alike in the small gazetteer; else just the name."""
    if not requests:
        return []
    answers = resolver.resolve(mentions_of(requests), context)
    out: list[Place | None] = []
    for r, answer in zip(requests, answers, strict=True):
        if answer is not None and (r.country is not None and answer.place.country != r.country
                                   or "name:acronym" in answer.reasons or unsupported_alternate(answer)
                                   or off_context(answer, context)):
            answer = None  # "GNA" is no town whose name folds to it; "Mastaba" in a Yemen story no Jordanian one
        if answer is None:
            out.append(None)
            continue
        place = to_place(answer, name=r.name, start=r.span.start_char, end=r.span.end_char)
        if r.landmark:
            place.precision, place.geonameid, place.feature = "point", None, None
            place.reasons = (*place.reasons, "landmark")
        out.append(place)
    # second pass: qualifier words ("northern Mali", "South-eastern Ukraine")
    retry = [(i, stripped) for i, r in enumerate(requests)
             if out[i] is None and (stripped := _strip_qualifiers(r.lookup, gaz)) is not None]
    if retry:
        again = resolver.resolve([Mention(text=s, start=requests[i].span.start_char, end=requests[i].span.end_char)
                                  for i, s in retry], context)
        for (i, _), answer in zip(retry, again, strict=True):
            # "northern Mali", "eastern Ukraine": a country, or a division of a country the document is about
            # ("West Midlands" is no part of Zimbabwe's Midlands)
            if answer is not None and (answer.place.precision == "country" or answer.place.precision in (
                    "admin1", "region") and context.countries.get(answer.place.country or "", 0.0) > 0):
                r = requests[i]
                place = to_place(answer, name=r.name, start=r.span.start_char, end=r.span.end_char,
                                 precision="region")
                place.admin1 = None if answer.place.precision == "country" else place.admin1
                place.geonameid, place.reasons = None, (*place.reasons, "qualifier-words")
                out[i] = place
    done: list[Place] = []
    for r, found in zip(requests, out, strict=True):
        if found is None:
            acronym = r.lookup.isupper() and len(r.lookup) <= 4  # "GNA", "TPE": no town spelled alike
            entry = gaz.resolve_loose(r.lookup, context=context.countries) \
                if r.country is None and not acronym else None
            top = max(context.countries.values(), default=0.0)
            if entry is not None and context.countries and context.countries.get(entry.country or "", 0.0) <= (
                    OFF_CONTEXT_SHARE * top if entry.precision != "country" else 0.0):
                entry = None  # a name merely spelled like a town of a country the document never (or barely,
                # places.off-context) points to ("the town of Ber" in a Mali story is no German village): a wrong
                # country is worse than none
            if entry is not None:
                found = entry.to_place(r.name, start=r.span.start_char, end=r.span.end_char)
                found.reasons = ("gazetteer:spelled-alike",)
                nation = resolver.index.country(found.country) \
                    if found.precision == "country" and found.lat is None and found.country else None
                if nation is not None and nation.lat is not None:
                    # a country named inside an actor ("United States president"): the index's point of it
                    found.lat, found.lon, found.feature = nation.lat, nation.lon, f"{nation.fclass}.{nation.fcode}"
                    found.reasons = (*found.reasons, "point:country")
            else:
                found = Place(name=r.name, country=r.country, admin1=r.admin1, precision=r.precision,
                              start=r.span.start_char, end=r.span.end_char)
        done.append(found)
    return done


__all__ = ["HONORIFICS", "Request", "dateline_place", "default_resolver", "document_context", "geocode",
           "geoplace_to_place", "mentions_of", "off_context", "to_place",
           "unsupported_alternate"]
